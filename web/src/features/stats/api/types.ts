/** The statistics API (docs/STATISTICS.md). Days are China days as YYYY-MM-DD, inclusive. */
import type { ApiQuery, Schemas } from '../../../api/openapi';

export type DayRange = Overview['period'];

/** Volume figures (批次, 人次 and the flags), counted on the day received. */
export const VOLUME_FIELDS = [
  'registered',
  'persons',
  'first_time',
  'repeat',
  'merged',
  'grouped',
  'skip_level',
  'litigation',
  'major_urgent',
  'backlog',
] as const;
export type VolumeField = (typeof VOLUME_FIELDS)[number];

/** Counts of work (转送, 交办, 督办 …), each on the day it was done. */
export const WORKFLOW_FIELDS = [
  'forwarded',
  'assigned',
  'urged',
  'supervised',
  'returned',
  'reworked',
  'extended',
  'overdue_ever',
  'overdue_now',
  'proposals',
  'proposals_adopted',
] as const;
export type WorkflowField = (typeof WORKFLOW_FIELDS)[number];

/** The measures a rate is made of, besides the workflow counts. */
const RATE_MEASURES = [
  'decided',
  'decided_timely',
  'answered',
  'concluded',
  'concluded_on_time',
  'delivered',
  'rated',
  'rated_bureau',
  'satisfied_bureau',
  'rated_handling',
  'satisfied_handling',
  'backlog_marked',
  'backlog_resolved',
  'owned',
  'owned_resolved',
] as const;

/** Every figure the work list can show the petitions of (`stat=`). */
export const STAT_NAMES = [...VOLUME_FIELDS, ...WORKFLOW_FIELDS, ...RATE_MEASURES] as const;
export type StatName = (typeof STAT_NAMES)[number];

/** Each rate's numerator and denominator (docs/STATISTICS.md § Rates); its list is the petitions of the denominator. */
export const RATE_PARTS = {
  timely_acceptance: { numerator: 'decided_timely', denominator: 'decided' },
  on_time_conclusion: { numerator: 'concluded_on_time', denominator: 'concluded' },
  rating_participation: { numerator: 'rated', denominator: 'delivered' },
  satisfaction_bureau: { numerator: 'satisfied_bureau', denominator: 'rated_bureau' },
  satisfaction_handling: { numerator: 'satisfied_handling', denominator: 'rated_handling' },
  repeat_rate: { numerator: 'repeat', denominator: 'registered' },
  backlog_resolution: { numerator: 'backlog_resolved', denominator: 'backlog_marked' },
  ownership_resolution: { numerator: 'owned_resolved', denominator: 'owned' },
  average_answer_days: { numerator: 'answer_days', denominator: 'answered' },
} as const satisfies Record<string, { numerator: StatName | 'answer_days'; denominator: StatName }>;
export type RateKey = keyof typeof RATE_PARTS;
export const RATE_KEYS = Object.keys(RATE_PARTS) as RateKey[];

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A figure now, in the previous period (环比) and in the same period last year (同比); null for a state (overdue_now). */
export type Compared = Overview['volume'][VolumeField];

/** A ratio 0..1 (days for average_answer_days); null when its denominator is 0. */
export type RateFigure = Overview['rates'][number];

export type Overview = Schemas['StatsOverview'];

export type Series = Schemas['StatsSeries'];

export const BREAKDOWN_DIMS = ['channel', 'type', 'category1', 'category2', 'category3', 'region', 'accused', 'body'] as const;
export type BreakdownDim = (typeof BREAKDOWN_DIMS)[number];

export type BreakdownRow = Breakdown['rows'][number];

export type Breakdown = Schemas['StatsBreakdown'];

export type BodyRow = Schemas['StatsBodies']['rows'][number];

export type HotRow = Hot['categories'][number];

export type HotGroup = Hot['groups'][number];

export type Hot = Schemas['StatsHot'];

/** The scope and period every statistics request takes. */
export type StatsQuery = Required<ApiQuery<'/api/stats/overview'>>;

export const REPORT_KINDS = ['monthly', 'quarterly', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export type Report = Schemas['StatsReport'];
