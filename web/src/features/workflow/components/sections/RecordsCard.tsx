import { useTranslation } from 'react-i18next';
import { Card, Space, Table, Tag, Typography, formatDateTime, type TableColumnsType } from '../../../../ui';
import type { HandlingRecord } from '../../api/types';
import { Pre, dash } from './common';

/** The particulars of a record by its kind: the hearing's dates, whether mediation agreed, the relief given. */
function RecordDetails({ r }: { r: HandlingRecord }) {
  const { t } = useTranslation();
  const extra: string[] = [];
  if (r.kind === 'hearing' && (r.hearingFrom || r.hearingTo))
    extra.push(t('workflow.hearingSpan', { from: dash(r.hearingFrom), to: dash(r.hearingTo) }));
  if (r.kind === 'mediation' && r.agreement !== null) extra.push(t(`workflow.options.agreement.${r.agreement ? 'yes' : 'no'}`));
  if (r.kind === 'relief')
    extra.push(
      t('workflow.reliefText', {
        kind: dash(r.reliefKind),
        amount: r.reliefAmount === null ? '—' : r.reliefAmount.toLocaleString('zh-CN'),
      }),
    );
  return (
    <Space orientation="vertical" size={0}>
      {extra.map((e) => (
        <Typography.Text key={e} strong>
          {e}
        </Typography.Text>
      ))}
      <Pre text={r.note} />
    </Space>
  );
}

/** 办理记录: investigations, meetings, hearings, mediation, relief, each with its particulars. */
export function RecordsCard({ items }: { items: HandlingRecord[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<HandlingRecord> = [
    { title: t('workflow.columns.date'), width: 110, render: (_, r) => r.occurredOn },
    { title: t('workflow.columns.kind'), width: 100, render: (_, r) => <Tag>{t(`workflow.options.recordKinds.${r.kind}`)}</Tag> },
    { title: t('workflow.columns.content'), render: (_, r) => <RecordDetails r={r} /> },
    { title: t('workflow.columns.org'), width: 180, render: (_, r) => r.org.name },
    { title: t('workflow.columns.recordedBy'), width: 170, render: (_, r) => `${r.createdBy} ${formatDateTime(r.createdAt)}` },
  ];
  return (
    <Card title={t('workflow.sections.records')} size="small" data-testid="wf-records">
      <Table<HandlingRecord> rowKey="id" size="small" pagination={false} columns={columns} dataSource={items} scroll={{ x: 800 }} />
    </Card>
  );
}
