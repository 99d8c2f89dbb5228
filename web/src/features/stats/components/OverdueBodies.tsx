import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Card, Empty, Skeleton } from '../../../ui';
import type { StatsQuery } from '../api/types';
import { drillUrl, figureOf } from '../drill';
import { useBodies } from '../hooks/useStats';
import { RankedChart } from './RankedChart';

const TOP = 10;

/** The bodies directly below the scope with most matters overdue now; each bar opens them. */
export function OverdueBodies({ query, today }: { query: StatsQuery; today: string }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useBodies(query);
  const title = t('stats.overdueBodies');
  const items = useMemo(
    () =>
      (data?.rows ?? [])
        .slice(1)
        .filter((r) => r.overdueNow > 0)
        .sort((a, b) => b.overdueNow - a.overdueNow)
        .slice(0, TOP)
        .map((r) => ({
          name: r.name,
          value: r.overdueNow,
          url: drillUrl(figureOf('overdue_now', r.orgId, query, today)),
        })),
    [data, query, today],
  );
  return (
    <Card size="small" title={title} data-testid="overdue-bodies">
      {error && <Alert type="error" showIcon title={error.message} />}
      {isPending ? (
        <Skeleton active />
      ) : items.length ? (
        <RankedChart title={title} seriesName={t('stats.measures.overdue_now')} items={items} />
      ) : (
        <Empty description={t('stats.noOverdue')} />
      )}
    </Card>
  );
}
