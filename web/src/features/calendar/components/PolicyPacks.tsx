import { useTranslation } from 'react-i18next';
import { Card, Space, Table, Tag, Typography, Skeleton } from '../../../ui';
import type { ClockRule } from '../api/calendar';
import { usePolicies } from '../hooks/useCalendar';
import { unitKey } from '../model';

type ClockRow = ClockRule & { key: string };

/** 时限策略: the packs shipped with the server, each clock with its length, start, stop and legal basis. */
export function PolicyPacks() {
  const { t } = useTranslation();
  const { data, isPending } = usePolicies();
  const event = (e: string) => t(`calendar.events.${e}`, { defaultValue: e });
  if (isPending) return <Skeleton active />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {(data ?? []).map((pack) => (
        <Card
          key={pack.id}
          title={pack.name}
          extra={
            <Tag color={pack.extendOverDaysOff ? 'blue' : 'default'}>
              {t(pack.extendOverDaysOff ? 'calendar.packExtends' : 'calendar.packNoExtend')}
            </Tag>
          }
        >
          <Typography.Paragraph type="secondary">{pack.description}</Typography.Paragraph>
          <Table<ClockRow>
            size="small"
            pagination={false}
            dataSource={Object.entries(pack.clocks).map(([key, c]) => ({ key, ...c }))}
            columns={[
              { title: t('calendar.clock'), dataIndex: 'label' },
              {
                title: t('calendar.clockLength'),
                key: 'length',
                render: (_, c) => (
                  <Space orientation="vertical" size={0}>
                    <span>{t('calendar.lengthValue', { length: c.length, unit: t(unitKey(c.unit)) })}</span>
                    {c.maxExtension !== undefined && (
                      <Typography.Text type="secondary">
                        {t('calendar.maxExtension', { length: c.maxExtension, unit: t(unitKey(c.unit)) })}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              { title: t('calendar.startsOn'), dataIndex: 'startsOn', render: (e: string[]) => e.map(event).join('、') },
              {
                title: t('calendar.stopsOn'),
                key: 'stopsOn',
                render: (_, c) => (
                  <Space orientation="vertical" size={0}>
                    <span>{c.stopsOn.map(event).join('、')}</span>
                    {c.pausedBy?.length ? (
                      <Typography.Text type="secondary">
                        {t('calendar.pausedBy', { events: c.pausedBy.map(event).join('、') })}
                      </Typography.Text>
                    ) : null}
                  </Space>
                ),
              },
              { title: t('calendar.basis'), dataIndex: 'basis' },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
