import { useTranslation } from 'react-i18next';
import { Card, Table, Tag, formatDateTime, type TableColumnsType } from '../../../../ui';
import type { Extension } from '../../api/types';
import { Pre } from './common';

const EXTENSION_COLOURS: Record<Extension['status'], string> = { pending: 'gold', approved: 'green', rejected: 'red' };

/** 延期: each request with its reason and the decision on it. */
export function ExtensionsCard({ items }: { items: Extension[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Extension> = [
    { title: t('workflow.columns.days'), width: 80, render: (_, e) => t('workflow.daysValue', { days: e.days }) },
    { title: t('workflow.columns.reason'), render: (_, e) => <Pre text={e.reason} /> },
    { title: t('workflow.columns.requestedBy'), width: 170, render: (_, e) => `${e.requestedBy} ${formatDateTime(e.requestedAt)}` },
    {
      title: t('workflow.columns.status'),
      width: 90,
      render: (_, e) => <Tag color={EXTENSION_COLOURS[e.status]}>{t(`workflow.extensionStatuses.${e.status}`)}</Tag>,
    },
    {
      title: t('workflow.columns.decidedBy'),
      width: 170,
      render: (_, e) => (e.decidedBy ? `${e.decidedBy} ${formatDateTime(e.decidedAt)}` : '—'),
    },
    { title: t('workflow.columns.note'), render: (_, e) => <Pre text={e.note} /> },
  ];
  return (
    <Card title={t('workflow.sections.extensions')} size="small" data-testid="wf-extensions">
      <Table<Extension> rowKey="id" size="small" pagination={false} columns={columns} dataSource={items} scroll={{ x: 800 }} />
    </Card>
  );
}
