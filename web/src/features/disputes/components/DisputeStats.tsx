import { chinaDate, DISPUTE_FIGURES, type DisputeFigure } from '@xinfang/domain';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { dynamicKey } from '../../../i18n/keys';
import { Alert, Button, Card, DatePicker, Drawer, List, Space, Spin, Table, Typography, formatPercent } from '../../../ui';
import { fetchDisputeStats, fetchStatsItems, statsFileUrl, type DisputeStats as Stats, type DisputeTally, type Slice } from '../api/stats';
import { monthOf, monthPeriod } from '../statsPeriod';
import { StatusTag } from './StatusTag';

/** The figures shown in the tables (the rest are in the totals above them). */
const COLUMNS: DisputeFigure[] = ['registered', 'settled', 'failed', 'escalated', 'petitioned', 'open'];

interface Drill {
  figure: DisputeFigure;
  slice: Slice;
  label: string;
}

/**
 * 矛盾纠纷统计: a month's disputes (the month in the address), the totals and rates, by kind, registering body and place;
 * every count opens exactly its disputes; the month's summary as Excel and Word.
 */
export function DisputeStats() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? monthOf(chinaDate(new Date()));
  const { from, to } = monthPeriod(month);
  const stats = useQuery({ queryKey: ['disputes', 'stats', from, to], queryFn: () => fetchDisputeStats(from, to) });
  const [drill, setDrill] = useState<Drill | null>(null);
  const items = useQuery({
    queryKey: ['disputes', 'stats-items', from, to, drill],
    queryFn: () => fetchStatsItems(from, to, drill!.figure, drill!.slice),
    enabled: drill !== null,
  });

  const figureName = (f: DisputeFigure) => t(dynamicKey(`disputes.stats.figures.${f}`));
  const count = (n: number, figure: DisputeFigure, slice: Slice, where: string): ReactNode =>
    n === 0 ? (
      0
    ) : (
      <Button type="link" size="small" onClick={() => setDrill({ figure, slice, label: `${where} · ${figureName(figure)}` })}>
        {n}
      </Button>
    );
  const rate = (v: number | null) => (v === null ? '—' : formatPercent(v / 100));
  const columns = <R extends DisputeTally>(name: (r: R) => string, slice: (r: R) => Slice, title: string) => [
    { title, key: 'name', render: (_: unknown, r: R) => name(r) },
    ...COLUMNS.map((f) => ({
      title: figureName(f),
      key: f,
      align: 'right' as const,
      render: (_: unknown, r: R) => count(r[f], f, slice(r), name(r)),
    })),
    {
      title: t('disputes.stats.successRate'),
      key: 'successRate',
      align: 'right' as const,
      render: (_: unknown, r: R) => rate(r.successRate),
    },
  ];

  return (
    <div style={{ maxWidth: 1100 }}>
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('disputes.stats.month')}
          value={dayjs(`${month}-01`)}
          disabledDate={(d) => d.format('YYYY-MM') > monthOf(chinaDate(new Date()))}
          onChange={(d) => d && setParams({ month: d.format('YYYY-MM') })}
        />
        <Typography.Text type="secondary">{t('disputes.stats.period', { from, to })}</Typography.Text>
        <a className="ant-btn" href={statsFileUrl('xlsx', from, to)} download>
          {t('disputes.stats.excel')}
        </a>
        <a className="ant-btn" href={statsFileUrl('docx', from, to)} download>
          {t('disputes.stats.word')}
        </a>
      </Space>
      {stats.isError && <Alert type="error" showIcon title={t('disputes.stats.loadFailed')} />}
      {stats.isPending && <Spin />}
      {stats.data && (
        <>
          <Card size="small" title={t('disputes.stats.total')} style={{ marginBottom: 16 }}>
            <Space wrap size="large">
              {DISPUTE_FIGURES.map((f) => (
                <span key={f} data-figure={f}>
                  {figureName(f)}：{count(stats.data.total[f], f, {}, t('disputes.stats.total'))}
                </span>
              ))}
              <span>
                {t('disputes.stats.successRate')}：{rate(stats.data.total.successRate)}
              </span>
              <span>
                {t('disputes.stats.keptRate')}：{rate(stats.data.total.keptRate)}
              </span>
              <span>
                {t('disputes.stats.onTimeRate')}：{rate(stats.data.total.onTimeRate)}
              </span>
              <span>
                {t('disputes.stats.avgDays')}：{stats.data.total.avgDaysToSettle ?? '—'}
              </span>
            </Space>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('disputes.stats.note')}
            </Typography.Paragraph>
          </Card>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('disputes.stats.byKind')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="kind"
            pagination={false}
            dataSource={stats.data.byKind}
            columns={columns<Stats['byKind'][number]>(
              (r) => t(dynamicKey(`disputes.kinds.${r.kind}`)),
              (r) => ({ kind: r.kind }),
              t('disputes.stats.kind'),
            )}
            locale={{ emptyText: t('disputes.stats.none') }}
          />
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
            {t('disputes.stats.byBody')}
          </Typography.Title>
          <Table
            size="small"
            rowKey={(r) => r.org.id}
            pagination={false}
            dataSource={stats.data.byBody}
            columns={columns<Stats['byBody'][number]>(
              (r) => r.org.name,
              (r) => ({ orgId: r.org.id }),
              t('disputes.stats.body'),
            )}
            locale={{ emptyText: t('disputes.stats.none') }}
          />
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
            {t('disputes.stats.byPlace')}
          </Typography.Title>
          <Table
            size="small"
            rowKey={(r) => r.region.code}
            pagination={false}
            dataSource={stats.data.byPlace}
            columns={columns<Stats['byPlace'][number]>(
              (r) => r.region.name,
              (r) => ({ region: r.region.code }),
              t('disputes.stats.place'),
            )}
            locale={{ emptyText: t('disputes.stats.none') }}
          />
        </>
      )}
      <Drawer open={drill !== null} onClose={() => setDrill(null)} title={drill?.label} size="large">
        {items.isPending && drill && <Spin />}
        {items.data && (
          <List
            dataSource={items.data.items}
            renderItem={(d) => (
              <List.Item key={d.id}>
                <Space orientation="vertical" size={0}>
                  <Link to={`/disputes/${d.id}`}>{`${d.number}\u3000${d.title}`}</Link>
                  <Space size="small">
                    <StatusTag status={d.status} />
                    <Typography.Text type="secondary">{d.org.name}</Typography.Text>
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </div>
  );
}
