import { type BreakdownDim, type Granularity, chinaDate } from '@xinfang/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { fetchBodies, fetchBreakdown, fetchHot, fetchOverview, fetchReports, fetchSeries } from '../api/stats';
import type { StatsQuery } from '../api/types';
import { periodToSearch, searchToPeriod, type Period } from '../period';

export const STATS_KEY = ['stats'] as const;

/** Scope and period of a statistics page, kept in the URL (so the way back from a drill-down keeps them). */
export function useStatsParams() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const today = chinaDate(new Date());
  const period = useMemo(() => searchToPeriod(params, today), [params, today]);
  const orgParam = Number(params.get('orgId'));
  const orgId = Number.isInteger(orgParam) && orgParam > 0 ? orgParam : me.org.id;
  const query: StatsQuery = useMemo(() => ({ orgId, from: period.from, to: period.to }), [orgId, period]);
  const set = (next: { orgId?: number; period?: Period }) =>
    setParams({ orgId: String(next.orgId ?? orgId), ...periodToSearch(next.period ?? period) });
  return {
    query,
    period,
    today,
    setScope: (id: number) => set({ orgId: id }),
    setPeriod: (p: Period) => set({ period: p }),
  };
}
export type StatsParams = ReturnType<typeof useStatsParams>;

// A new scope or period keeps the old figures on screen until the new ones arrive.
const options = { placeholderData: keepPreviousData } as const;

export const useOverview = (q: StatsQuery) =>
  useQuery({ queryKey: [...STATS_KEY, 'overview', q], queryFn: () => fetchOverview(q), ...options });

export const useSeries = (q: StatsQuery, granularity: Granularity, measures: readonly string[]) =>
  useQuery({
    queryKey: [...STATS_KEY, 'series', q, granularity, measures],
    queryFn: () => fetchSeries(q, granularity, measures),
    ...options,
  });

export const useBreakdown = (q: StatsQuery, dim: BreakdownDim) =>
  useQuery({ queryKey: [...STATS_KEY, 'breakdown', q, dim], queryFn: () => fetchBreakdown(q, dim), ...options });

export const useBodies = (q: StatsQuery) => useQuery({ queryKey: [...STATS_KEY, 'bodies', q], queryFn: () => fetchBodies(q), ...options });

export const useHot = (q: StatsQuery) => useQuery({ queryKey: [...STATS_KEY, 'hot', q], queryFn: () => fetchHot(q), ...options });

/** The reports, polled every 2 s while one is queued or running. */
export const useReports = () =>
  useQuery({
    queryKey: [...STATS_KEY, 'reports'],
    queryFn: fetchReports,
    refetchInterval: (query) => (query.state.data?.some((r) => r.status === 'queued' || r.status === 'running') ? 2000 : false),
  });
