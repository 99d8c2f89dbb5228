import { UNRECORDED_KEY } from '@xinfang/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Card, Empty, Radio, Skeleton } from '../../../ui';
import type { BreakdownRow, StatsQuery } from '../api/types';
import { dimFilter, drillUrl, type ChartDim } from '../drill';
import { useBreakdown } from '../hooks/useStats';
import { RankedChart } from './RankedChart';
import { dynamicKey } from '../../../i18n/keys';

/** The largest keys shown; the rest are in the work list and the reports. */
const TOP = 12;

interface Props {
  title: string;
  /** One breakdown, or the levels to switch between (问题分类 一级 / 二级 / 三级). */
  dims: readonly ChartDim[];
  query: StatsQuery;
  shape?: 'bar' | 'pie';
  testId: string;
}

/** 信访批次 by one breakdown of the period; each bar opens the petitions behind it. */
export function BreakdownCard({ title, dims, query, shape, testId }: Props) {
  const { t } = useTranslation();
  const [dim, setDim] = useState(dims[0]!);
  const { data, error, isPending } = useBreakdown(query, dim);
  const items = useMemo(() => {
    const name = (r: BreakdownRow) =>
      r.key === UNRECORDED_KEY
        ? t('stats.unrecorded')
        : dim === 'channel'
          ? t(dynamicKey(`channels.${r.key}`))
          : dim === 'type'
            ? t(dynamicKey(`petitionTypes.${r.key}`))
            : r.label;
    const figure = { stat: 'registered', ...query } as const;
    return (data?.rows ?? [])
      .filter((r) => r.registered > 0)
      .slice(0, TOP)
      .map((r) => ({ name: name(r), value: r.registered, url: drillUrl(figure, dimFilter(dim, r.key)) }));
  }, [data, dim, query, t]);
  const extra =
    dims.length > 1 ? (
      <Radio.Group
        size="small"
        optionType="button"
        aria-label={t('stats.categoryLevel')}
        value={dim}
        onChange={(e) => setDim(e.target.value as ChartDim)}
        options={dims.map((d) => ({ value: d, label: t(dynamicKey(`stats.categoryLevels.${d}`)) }))}
      />
    ) : (data?.rows.length ?? 0) > TOP ? (
      t('stats.top', { count: TOP })
    ) : null;
  return (
    <Card size="small" title={title} extra={extra} data-testid={testId}>
      {error && <Alert type="error" showIcon title={error.message} />}
      {isPending ? (
        <Skeleton active />
      ) : items.length ? (
        <RankedChart title={title} seriesName={t('stats.measures.registered')} items={items} shape={shape} />
      ) : (
        <Empty description={t('stats.empty')} />
      )}
    </Card>
  );
}
