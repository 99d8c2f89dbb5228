import { useTranslation } from 'react-i18next';
import { Card, Space, Table, Tag, Typography, formatDateTime, type TableColumnsType } from '../../../../ui';
import type { Supervision } from '../../api/types';
import { Pre, dash, due } from './common';

/** 督办 and 催办 slips, body to body, with the reply and whether it was adopted. */
export function SupervisionsCard({ items }: { items: Supervision[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Supervision> = [
    {
      title: t('workflow.columns.kind'),
      width: 70,
      render: (_, s) => <Tag color={s.kind === 'supervise' ? 'red' : 'orange'}>{t(`workflow.supervisionKinds.${s.kind}`)}</Tag>,
    },
    { title: t('workflow.columns.fromTo'), width: 220, render: (_, s) => `${s.fromOrg.name} → ${s.toOrg.name}` },
    {
      title: t('workflow.columns.message'),
      render: (_, s) => (
        <Space orientation="vertical" size={0}>
          <Pre text={s.message} />
          <Typography.Text type="secondary">
            {s.createdBy} {formatDateTime(s.createdAt)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('workflow.fields.replyDueDate'), width: 140, render: (_, s) => due(s.replyDueOn) },
    {
      title: t('workflow.columns.reply'),
      render: (_, s) =>
        s.reply ? (
          <Space orientation="vertical" size={0}>
            <Pre text={s.reply} />
            {s.adopted !== null && (
              <Tag color={s.adopted ? 'green' : 'red'}>{t(`workflow.options.adopted.${s.adopted ? 'yes' : 'no'}`)}</Tag>
            )}
            <Typography.Text type="secondary">
              {dash(s.repliedBy)} {formatDateTime(s.repliedAt)}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="warning">{t('workflow.awaitingReply')}</Typography.Text>
        ),
    },
  ];
  return (
    <Card title={t('workflow.sections.supervisions')} size="small" data-testid="wf-supervisions">
      <Table<Supervision> rowKey="id" size="small" pagination={false} columns={columns} dataSource={items} scroll={{ x: 900 }} />
    </Card>
  );
}
