import { countChange } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Card, Empty, List, Table, Tabs, Tag, Typography, type TableColumnsType, Skeleton } from '../../../ui';
import type { DayRange, HotGroup, HotRow, StatsQuery } from '../api/types';
import { dimFilter, type ChartDim } from '../drill';
import { useHot, useOverview } from '../hooks/useStats';
import { changeAmount } from './Change';
import { FigureLink } from './FigureLink';

interface RisingProps {
  rows: HotRow[];
  query: StatsQuery;
  /** The previous period, as the overview names it. */
  previous: DayRange | undefined;
  dim: ChartDim;
  title: string;
}

/** Categories or places, fastest rising first; both counts open their petitions. */
function RisingTable({ rows, query, previous, dim, title }: RisingProps) {
  const { t } = useTranslation();
  /** A count of a row in a period, opening its petitions. */
  const count = (r: HotRow, range: DayRange | undefined, value: number) => {
    if (!range) return value;
    return (
      <FigureLink
        figure={{ stat: 'registered', orgId: query.orgId, ...range }}
        filter={dimFilter(dim, r.key)}
        empty={!value}
        name={r.label}
      >
        {value}
      </FigureLink>
    );
  };
  const columns: TableColumnsType<HotRow> = [
    { title, render: (_, r) => r.label },
    { title: t('stats.current'), align: 'right', width: 80, render: (_, r) => count(r, query, r.current) },
    { title: t('stats.earlierCount'), align: 'right', width: 80, render: (_, r) => count(r, previous, r.previous) },
    {
      // The change itself; the server's smoothed growth only orders the rows (a rise from 1 to 3 ranks below 20 to 40).
      title: t('stats.growth'),
      align: 'right',
      width: 90,
      render: (_, r) => {
        const c = countChange(r.current, r.previous);
        return c && r.previous > 0 ? `+${changeAmount(t, c)}` : t('stats.new');
      },
    },
  ];
  return (
    <Table<HotRow>
      rowKey="key"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={rows}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.noHot')} /> }}
    />
  );
}

/** Groups of similar matters: their words, size now and before, and sample petitions (the work list has no filter by ids). */
function Groups({ groups }: { groups: HotGroup[] }) {
  const { t } = useTranslation();
  return (
    <List<HotGroup>
      size="small"
      dataSource={groups}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.noHot')} /> }}
      renderItem={(g) => (
        <List.Item>
          <div>
            <div>
              {g.terms.map((term) => (
                <Tag key={term}>{term}</Tag>
              ))}
              <Typography.Text type="secondary">{t('stats.groupSize', { size: g.size, previous: g.previous })}</Typography.Text>
            </div>
            {g.sample.map((p) => (
              <div key={p.id}>
                <Link to={`/petitions/${p.id}`}>{p.number}</Link> {p.title}
              </div>
            ))}
          </div>
        </List.Item>
      )}
    />
  );
}

/** 热点问题: rising issues and places against the previous period, and groups of similar matters (每月一题). */
export function HotIssues({ query }: { query: StatsQuery }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useHot(query);
  const previous = useOverview(query).data?.previous;
  return (
    <Card size="small" title={t('stats.hot')} data-testid="hot">
      {error && <Alert type="error" showIcon title={error.message} />}
      {isPending ? (
        <Skeleton active />
      ) : (
        data && (
          <Tabs
            size="small"
            items={[
              {
                key: 'categories',
                label: t('stats.risingCategories'),
                children: (
                  <RisingTable rows={data.categories} query={query} previous={previous} dim="category3" title={t('list.category')} />
                ),
              },
              {
                key: 'regions',
                label: t('stats.risingRegions'),
                children: <RisingTable rows={data.regions} query={query} previous={previous} dim="region" title={t('list.region')} />,
              },
              { key: 'groups', label: t('stats.similarGroups'), children: <Groups groups={data.groups} /> },
            ]}
          />
        )
      )}
    </Card>
  );
}
