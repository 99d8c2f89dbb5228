import { useTranslation } from 'react-i18next';
import { Card, Space, Table, Tag, Typography, formatDateTime, type TableColumnsType } from '../../../../ui';
import type { Assignment, Ref } from '../../api/types';
import { ASSIGNMENT_COLOURS, Pre, due } from './common';

/** 办理流转: each 转送, 交办 and 协办, from body to body, with its state; the 交办 chain to the handling body. */
export function AssignmentsCard({ items, chain }: { items: Assignment[]; chain: Ref[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Assignment> = [
    { title: t('workflow.columns.mode'), width: 70, render: (_, a) => t(`workflow.modes.${a.mode}`) },
    { title: t('workflow.columns.from'), render: (_, a) => a.fromOrg.name },
    { title: t('workflow.columns.to'), render: (_, a) => a.toOrg.name },
    {
      title: t('workflow.columns.status'),
      width: 90,
      render: (_, a) => <Tag color={ASSIGNMENT_COLOURS[a.status]}>{t(`workflow.assignmentStatuses.${a.status}`)}</Tag>,
    },
    // A 协办's own date; a 交办's date is the handling clock's due time, shown once in 办理时限.
    { title: t('workflow.columns.dueAt'), width: 140, render: (_, a) => (a.mode === 'assist' ? due(a.dueAt) : '—') },
    {
      title: t('workflow.columns.requirements'),
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <Pre text={a.requirements ?? a.task} />
          {a.returnReason && <Typography.Text type="danger">{t('workflow.returnedBecause', { reason: a.returnReason })}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('workflow.columns.times'),
      width: 210,
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          {(
            [
              ['sentAt', a.createdAt],
              ['returnedAt', a.returnedAt],
              ['receivedAt', a.receivedAt],
              ['repliedAt', a.repliedAt],
            ] as const
          )
            .filter((e): e is readonly [(typeof e)[0], string] => !!e[1])
            .sort((x, y) => Date.parse(x[1]) - Date.parse(y[1]))
            .map(([key, at]) => (
              <span key={key}>{t(`workflow.${key}`, { at: formatDateTime(at) })}</span>
            ))}
        </Space>
      ),
    },
  ];
  return (
    <Card title={t('workflow.sections.flow')} size="small" data-testid="wf-assignments">
      {chain.length > 0 && (
        <Typography.Paragraph data-testid="wf-assign-chain">
          {t('workflow.assignChain', { chain: chain.map((o) => o.name).join(' → '), origin: chain[0]!.name })}
        </Typography.Paragraph>
      )}
      <Table<Assignment> rowKey="id" size="small" pagination={false} columns={columns} dataSource={items} scroll={{ x: 900 }} />
    </Card>
  );
}
