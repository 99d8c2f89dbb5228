import type { BreakdownDim, ReportKind } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import type { ReportPeriod } from './reports.period.js';
import type { StatsService } from '../stats/index.js';

/** The figures of a report, exactly as the statistics API gives them (docs/STATISTICS.md § API). */
export type Overview = Awaited<ReturnType<StatsService['overview']>>;
export type Trend = Awaited<ReturnType<StatsService['series']>>;
export type BreakdownRow = Awaited<ReturnType<StatsService['breakdown']>>['rows'][number];
export type BodyRow = Awaited<ReturnType<StatsService['bodies']>>['rows'][number];
export type Hot = Awaited<ReturnType<StatsService['hot']>>;

/**
 * The breakdowns a report shows (条例 Art. 41: by channel, type, problem, place and the bodies complained about);
 * the bodies below the scope come from `bodies`, which has their rates too.
 */
export const REPORT_DIMS = ['channel', 'type', 'category1', 'region', 'accused'] as const satisfies readonly BreakdownDim[];
export type ReportDim = (typeof REPORT_DIMS)[number];

export interface ReportData {
  title: string;
  kind: ReportKind;
  period: ReportPeriod;
  overview: Overview;
  trend: Trend;
  breakdowns: Record<ReportDim, BreakdownRow[]>;
  bodies: BodyRow[];
  hot: Hot;
}

/** What the report reads: the statistics service's queries. */
export type StatsReader = Pick<StatsService, 'overview' | 'series' | 'breakdown' | 'bodies' | 'hot'>;

/**
 * Gathers a report's figures one query after another, calling `step(done, total)` after each so the job can
 * report its progress.
 */
export async function gatherReportData(
  stats: StatsReader,
  actor: Actor,
  spec: { orgId: number; kind: ReportKind; period: ReportPeriod; title: string },
  step: (done: number, total: number) => Promise<void>,
): Promise<ReportData> {
  const q = { orgId: spec.orgId, from: spec.period.from, to: spec.period.to };
  const total = 4 + REPORT_DIMS.length;
  let done = 0;
  const counted = async <T>(work: Promise<T>): Promise<T> => {
    const value = await work;
    await step(++done, total);
    return value;
  };
  const overview = await counted(stats.overview(actor, q));
  const trend = await counted(stats.series(actor, { ...q, granularity: spec.period.granularity, measures: ['registered', 'persons'] }));
  const breakdowns = {} as Record<ReportDim, BreakdownRow[]>;
  for (const dim of REPORT_DIMS) breakdowns[dim] = (await counted(stats.breakdown(actor, { ...q, dim }))).rows;
  const bodies = (await counted(stats.bodies(actor, q))).rows;
  const hot = await counted(stats.hot(actor, q));
  return { title: spec.title, kind: spec.kind, period: spec.period, overview, trend, breakdowns, bodies, hot };
}
