import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert, Card, Skeleton } from '../../../ui';
import { Chart, type ChartOption } from '../../../ui/Chart';
import { drillUrl } from '../drill';
import { useSeries, type StatsParams } from '../hooks/useStats';
import { granularityFor } from '../period';

const MEASURES = ['registered', 'persons'] as const;

/** 信访批次 (bars) and 人次 (line) per day, week or month of the period; each bar or point opens its petitions. */
export function TrendChart({ params }: { params: StatsParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { query, period } = params;
  const { data, error, isPending } = useSeries(query, granularityFor(period), MEASURES);
  const title = t('stats.trend');
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8 },
      xAxis: { type: 'category', data: data?.buckets.map((b) => b.label) ?? [] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: t('stats.measures.registered'), data: data?.series.registered ?? [], barMaxWidth: 28 },
        { type: 'line', name: t('stats.measures.persons'), data: data?.series.persons ?? [] },
      ],
    }),
    [data, t],
  );
  const value = (seriesIndex: number, dataIndex: number) => data?.series[MEASURES[seriesIndex]!]?.[dataIndex] ?? 0;
  const elements = (data?.buckets ?? []).flatMap((b, dataIndex) =>
    value(0, dataIndex) ? [{ seriesIndex: 0, dataIndex, label: t('stats.element', { name: b.label, value: value(0, dataIndex) }) }] : [],
  );
  return (
    <Card size="small" title={title} data-testid="trend">
      {error && <Alert type="error" showIcon title={error.message} />}
      {isPending ? (
        <Skeleton active />
      ) : (
        <Chart
          option={option}
          title={title}
          height={300}
          elements={elements}
          onPick={({ seriesIndex, dataIndex }) => {
            const bucket = data?.buckets[dataIndex];
            if (bucket && value(seriesIndex, dataIndex))
              void navigate(drillUrl({ stat: MEASURES[seriesIndex]!, orgId: query.orgId, from: bucket.from, to: bucket.to }));
          }}
        />
      )}
    </Card>
  );
}
