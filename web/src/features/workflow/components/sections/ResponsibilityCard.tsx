import { useTranslation } from 'react-i18next';
import { Card, Table, Tag, Typography, type TableColumnsType } from '../../../../ui';
import type { ResponsibilityRow } from '../../model';
import { ASSIGNMENT_COLOURS, Pre, dash, due } from './common';

/** 责任分摊表: the 主办 body and every 协办 body with its task, who answers for it, by when, and its reply. */
export function ResponsibilityCard({ rows }: { rows: ResponsibilityRow[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ResponsibilityRow> = [
    {
      title: t('workflow.columns.role'),
      width: 70,
      render: (_, r) => <Tag color={r.role === 'lead' ? 'red' : 'blue'}>{t(`workflow.roles.${r.role}`)}</Tag>,
    },
    { title: t('workflow.columns.org'), render: (_, r) => r.org.name },
    { title: t('workflow.columns.task'), render: (_, r) => <Pre text={r.task ?? (r.role === 'lead' ? t('workflow.leadTask') : null)} /> },
    { title: t('workflow.columns.owner'), width: 100, render: (_, r) => dash(r.owner) },
    { title: t('workflow.columns.dueAt'), width: 140, render: (_, r) => due(r.dueAt) },
    {
      title: t('workflow.columns.status'),
      width: 90,
      render: (_, r) => (r.status ? <Tag color={ASSIGNMENT_COLOURS[r.status]}>{t(`workflow.assignmentStatuses.${r.status}`)}</Tag> : '—'),
    },
    {
      title: t('workflow.columns.reply'),
      render: (_, r) =>
        r.role === 'lead' ? (
          '—'
        ) : r.reply ? (
          <Pre text={r.reply} />
        ) : (
          <Typography.Text type="warning">{t('workflow.awaitingReply')}</Typography.Text>
        ),
    },
  ];
  return (
    <Card title={t('workflow.sections.responsibility')} size="small" data-testid="wf-responsibility">
      <Table<ResponsibilityRow> rowKey="key" size="small" pagination={false} columns={columns} dataSource={rows} scroll={{ x: 800 }} />
    </Card>
  );
}
