import { dueShort } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { Card, Space, Table, Tag, Tooltip, Typography } from '../../../ui';
import type { Clock } from '../../calendar/api/calendar';
import { clockMissingYears, formatStart, stopEventText } from '../../calendar/clocks';
import { useCalendarStatus } from '../../calendar/hooks/useCalendar';
import { GradeTag } from './DeadlineCell';

/** 办理时限 on the detail page: every clock, open or stopped. */
export function ClocksCard({ clocks }: { clocks: Clock[] }) {
  const { t, i18n } = useTranslation();
  const anyProvisional = clocks.some((c) => c.provisional);
  const status = useCalendarStatus();
  const missing = status.data?.missingYears ?? [];
  const hint = (c: Clock) => {
    const years = clockMissingYears(c, missing);
    return years.length ? t('deadline.provisionalHint', { years: years.join('、') }) : t('deadline.provisionalHintUnknown');
  };
  return (
    <Card title={t('deadline.card')} size="small" data-testid="clocks">
      <Table<Clock>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={clocks}
        locale={{ emptyText: t('deadline.none') }}
        columns={[
          { title: t('deadline.clock'), render: (_, c) => c.label },
          { title: t('deadline.startedAt'), render: (_, c) => formatStart(c.startedAt, i18n.language) },
          {
            title: t('deadline.dueAt'),
            render: (_, c) => (
              <Space size={4} wrap>
                <span>{dueShort(c.dueAt)}</span>
                {c.setBy === 'assigner' && (
                  <Tag color="blue" data-testid="deadline-set-by">
                    {t('deadline.setByAssigner')}
                  </Tag>
                )}
                {c.provisional && (
                  <Tooltip title={hint(c)}>
                    <Tag color="orange">{t('deadline.provisional')}</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          {
            title: t('deadline.state'),
            render: (_, c) => {
              if (c.grade) return <GradeTag clock={c} />;
              const event = stopEventText(c.stopEvent, i18n.language);
              return (
                <Tooltip title={c.stoppedAt ? formatStart(c.stoppedAt, i18n.language) : undefined}>
                  <Tag>{event ? t('deadline.stoppedBy', { event }) : t('deadline.stopped')}</Tag>
                </Tooltip>
              );
            },
          },
        ]}
      />
      {anyProvisional && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {clocks.filter((c) => c.provisional).map(hint)[0]}
        </Typography.Text>
      )}
    </Card>
  );
}
