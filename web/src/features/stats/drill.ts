import type { StatName } from '@xinfang/domain';
import type { ListFilters } from '../petitions/api/types';
import { filtersToSearch } from '../petitions/filters';
import type { DayRange } from './api/types';

/** A figure on the statistics pages: what it counts, of which body (with those below), in which days. */
export interface Figure extends DayRange {
  stat: StatName;
  orgId: number;
}

/** Counted since the first day the statistics know (the server's ALL_TIME). */
const FIRST_DAY = '2000-01-01';

/**
 * The figure `stat` of a body in a period. overdue_now is a state, counted now whatever the period (the server
 * sums it over all time): its petitions are those received on any day up to today. Pure.
 */
export function figureOf(stat: StatName, orgId: number, period: DayRange, today: string): Figure {
  return stat === 'overdue_now' ? { stat, orgId, from: FIRST_DAY, to: today } : { stat, orgId, from: period.from, to: period.to };
}

/** The breakdowns drawn on the dashboard. */
export type ChartDim = 'channel' | 'type' | 'category1' | 'category2' | 'category3' | 'region';

/**
 * The drill-down of one row of a breakdown: the server selects exactly the petitions the row counts (places and
 * categories rolled up as the row is, values not recorded under their own key). Pure.
 */
export function dimFilter(dim: ChartDim, key: string): Pick<ListFilters, 'statDim' | 'statKey'> {
  return { statDim: dim, statKey: key };
}

/** The work list of the petitions behind a figure, narrowed by the list's usual filters. Pure. */
export function drillUrl(figure: Figure, filter: ListFilters = {}): string {
  const { stat, orgId, from, to } = figure;
  return '/petitions?' + filtersToSearch({ ...filter, stat, statOrg: orgId, statFrom: from, statTo: to }).toString();
}
