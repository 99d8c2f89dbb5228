import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Card, Table, formatDateTime, type TableColumnsType } from '../../../ui';
import { fetchDocuments, type IssuedDocument } from '../api';
import { DocumentDownloads } from './DocumentDownloads';

/**
 * 文书: the documents issued on the petition (受理凭证, 告知书, 交办单, 处理意见书 …) with their stored Word and
 * PDF files. Keyed by the petition's version, so an action that issued one shows it at once.
 */
export function DocumentsCard({ petitionId, version }: { petitionId: number; version: number }) {
  const { t } = useTranslation();
  const { data, isLoading } = useQuery({
    queryKey: ['petitions', 'documents', petitionId, version],
    queryFn: () => fetchDocuments(petitionId),
  });
  const columns: TableColumnsType<IssuedDocument> = [
    { title: t('documents.name'), dataIndex: 'title' },
    { title: t('documents.number'), dataIndex: 'number' },
    { title: t('documents.org'), render: (_, d) => d.org.name },
    { title: t('documents.createdAt'), render: (_, d) => formatDateTime(d.createdAt) },
    {
      title: t('documents.download'),
      render: (_, d) => <DocumentDownloads doc={d} />,
    },
  ];
  return (
    <Card title={t('documents.title')} size="small">
      <Table<IssuedDocument>
        rowKey="id"
        size="small"
        pagination={false}
        loading={isLoading}
        columns={columns}
        dataSource={data ?? []}
        locale={{ emptyText: t('documents.empty') }}
      />
    </Card>
  );
}
