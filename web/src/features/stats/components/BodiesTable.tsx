import { countNeedsAttention, RATE_KEYS, type RateKey } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Empty, Space, Typography, PageHeader, WideTable, type WideColumn } from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { bodiesXlsxUrl } from '../api/stats';
import { type BodyRow } from '../api/types';
import { useBodies, useStatsParams } from '../hooks/useStats';
import { figureOf } from '../drill';
import { pinnedSorter } from '../sort';
import { FigureLink } from './FigureLink';
import { RateValue } from './RateValue';
import { StatsToolbar } from './StatsToolbar';

const COUNTS = [
  { field: 'registered', stat: 'registered' },
  { field: 'persons', stat: 'persons' },
  { field: 'overdueNow', stat: 'overdue_now' },
  { field: 'forwarded', stat: 'forwarded' },
  { field: 'assigned', stat: 'assigned' },
  { field: 'supervised', stat: 'supervised' },
] as const;

/** 单位对比: the scope (pinned first) and each body directly below it; every figure opens its petitions. */
export function BodiesTable() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const params = useStatsParams();
  const { query, today, setScope } = params;
  const range = { from: query.from, to: query.to };
  const { data, error, isFetching } = useBodies(query);
  const scopeId = data?.rows[0]?.orgId;
  const sorter = (compare: (a: BodyRow, b: BodyRow) => number) => pinnedSorter((r: BodyRow) => r.orgId === scopeId, compare);
  const rateValue = (r: BodyRow, key: RateKey) => r.rates[key]?.value ?? -1;

  const columns: WideColumn<BodyRow>[] = [
    {
      key: 'org',
      title: t('stats.table.org'),
      fixed: 'left',
      width: 200,
      render: (_, r) =>
        r.orgId === scopeId ? (
          <Typography.Text strong>{r.name}</Typography.Text>
        ) : (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            title={t('stats.table.below', { name: r.name })}
            onClick={() => setScope(r.orgId)}
          >
            {r.name}
          </Button>
        ),
    },
    ...COUNTS.map(({ field, stat }) => ({
      key: field,
      title: t(`stats.measures.${stat}`),
      width: 100,
      align: 'right' as const,
      sorter: sorter((a, b) => a[field] - b[field]),
      render: (_: unknown, r: BodyRow) => (
        <FigureLink figure={figureOf(stat, r.orgId, range, today)} empty={!r[field]} attention={countNeedsAttention(stat, r[field])}>
          {r[field]}
        </FigureLink>
      ),
    })),
    ...RATE_KEYS.map((key) => ({
      key,
      title: t(`stats.rates.${key}`),
      width: 130,
      align: 'right' as const,
      sorter: sorter((a, b) => rateValue(a, key) - rateValue(b, key)),
      render: (_: unknown, r: BodyRow) =>
        r.rates[key] ? <RateValue rateKey={key} rate={r.rates[key]} orgId={r.orgId} range={range} /> : '—',
    })),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('stats.bodies')} actions={<Button href={bodiesXlsxUrl(query)}>{t('stats.table.exportExcel')}</Button>} />
      <StatsToolbar params={params} />
      {error && <Alert type="error" showIcon title={error.message} />}
      <WideTable<BodyRow>
        settingsKey={`bodies:${me.id}`}
        rowKey="orgId"
        size="small"
        loading={isFetching}
        columns={columns}
        dataSource={data?.rows ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} /> }}
        data-testid="bodies-table"
      />
    </Space>
  );
}
