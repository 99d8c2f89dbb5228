/** The statistics' vocabulary (docs/STATISTICS.md): figures, rates, breakdowns and reports. */

/** Volume figures (批次, 人次 and the flags), counted on the day received; the column order of `stat_volume`. */
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

/** The dated measures of `stat_measures`, each counted on the day it happened. */
export const MEASURES = [
  'decided',
  'decided_timely',
  'answered',
  'answer_days',
  'concluded',
  'concluded_on_time',
  'delivered',
  'rated',
  'rated_bureau',
  'satisfied_bureau',
  'rated_handling',
  'satisfied_handling',
  'forwarded',
  'assigned',
  'urged',
  'supervised',
  'proposals',
  'proposals_adopted',
  'proposals_made',
  'proposals_made_adopted',
  'returned',
  'reworked',
  'extended',
  'overdue_ever',
  'overdue_now',
  'backlog_marked',
  'backlog_resolved',
  'owned',
  'owned_resolved',
] as const;
export type Measure = (typeof MEASURES)[number];

/** Counts of work (转送, 交办, 督办 …) the overview shows, in its order. */
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
  'proposals_made',
  'proposals_made_adopted',
  'proposals',
  'proposals_adopted',
] as const satisfies readonly Measure[];
export type WorkflowField = (typeof WORKFLOW_FIELDS)[number];

/** Figures of a state now, not of the days of a period: summed over all time whatever the period, drilled likewise. */
export const STATE_MEASURES: readonly Measure[] = ['overdue_now'];

/** Every figure the work list can show the petitions of (`stat=`). */
export const STAT_NAMES = [...VOLUME_FIELDS, ...MEASURES] as const;
export type StatName = (typeof STAT_NAMES)[number];

/**
 * Every rate, defined once (docs/STATISTICS.md § Rates): `average_answer_days` is a mean in days, the others ratios
 * from 0 to 1; a zero denominator gives none, never 0 or 1. Its list is the petitions its denominator counts.
 */
export const RATES = [
  { key: 'timely_acceptance', numerator: 'decided_timely', denominator: 'decided' },
  { key: 'on_time_conclusion', numerator: 'concluded_on_time', denominator: 'concluded' },
  { key: 'rating_participation', numerator: 'rated', denominator: 'delivered' },
  { key: 'satisfaction_bureau', numerator: 'satisfied_bureau', denominator: 'rated_bureau' },
  { key: 'satisfaction_handling', numerator: 'satisfied_handling', denominator: 'rated_handling' },
  { key: 'repeat_rate', numerator: 'repeat', denominator: 'registered' },
  { key: 'backlog_resolution', numerator: 'backlog_resolved', denominator: 'backlog_marked' },
  { key: 'ownership_resolution', numerator: 'owned_resolved', denominator: 'owned' },
  { key: 'average_answer_days', numerator: 'answer_days', denominator: 'answered' },
] as const satisfies readonly { key: string; numerator: StatName; denominator: StatName }[];
export type RateDefinition = (typeof RATES)[number];
export type RateKey = RateDefinition['key'];
export const RATE_KEYS: readonly RateKey[] = RATES.map((r) => r.key);
export const RATE_BY_KEY = Object.fromEntries(RATES.map((r) => [r.key, r])) as Record<RateKey, RateDefinition>;

/** Rates in words, as tables and reports head them. */
export const RATE_ZH: Record<RateKey, string> = {
  timely_acceptance: '及时受理率',
  on_time_conclusion: '按期办结率',
  rating_participation: '参评率',
  satisfaction_bureau: '信访部门参评满意率',
  satisfaction_handling: '责任单位参评满意率',
  repeat_rate: '重复信访率',
  backlog_resolution: '积案化解率',
  ownership_resolution: '包案化解率',
  average_answer_days: '平均答复用时（天）',
};

/** What a series is counted by. */
export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** What figures can be broken down by. */
export const BREAKDOWN_DIMS = ['channel', 'type', 'category1', 'category2', 'category3', 'region', 'accused', 'body'] as const;
export type BreakdownDim = (typeof BREAKDOWN_DIMS)[number];
/** The breakdowns whose rows the work list can drill (`body` rows are the bodies' own figures: `statOrg`). */
export type RowDim = Exclude<BreakdownDim, 'body'>;
export const ROW_DIMS: readonly RowDim[] = BREAKDOWN_DIMS.filter((d): d is RowDim => d !== 'body');
/** The key of a breakdown's row of petitions with no value recorded (未填写, 未分类): a key like any other to drill. */
export const UNRECORDED_KEY = 'none';

/** Periodic reports (统计报表) and the states of their building job. */
export const REPORT_KINDS = ['monthly', 'quarterly', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * Where a rate needs attention (docs/STATISTICS.md § Attention): below `min` or above `max`. Working thresholds for
 * the dashboards' colour, not statutory ones: the 条例's own duty is every matter on time.
 */
export const RATE_ATTENTION: Partial<Record<RateKey, { min?: number; max?: number }>> = {
  timely_acceptance: { min: 0.95 },
  on_time_conclusion: { min: 0.95 },
  rating_participation: { min: 0.5 },
  satisfaction_bureau: { min: 0.9 },
  satisfaction_handling: { min: 0.9 },
  repeat_rate: { max: 0.1 },
  // The 条例's 60 days to a decision (Art. 34).
  average_answer_days: { max: 60 },
};

/** Whether a rate is coloured: it exists and is past its threshold. */
export function rateNeedsAttention(key: RateKey, value: number | null): boolean {
  const t = RATE_ATTENTION[key];
  if (value === null || !t) return false;
  return (t.min !== undefined && value < t.min) || (t.max !== undefined && value > t.max);
}

/** Counts that need attention whenever they are not 0 (matters past their deadline). */
export const ATTENTION_COUNTS: readonly StatName[] = ['overdue_now', 'overdue_ever'];

/** Whether a count is coloured: one of ATTENTION_COUNTS, above 0. */
export const countNeedsAttention = (stat: StatName, value: number) => value > 0 && ATTENTION_COUNTS.includes(stat);

/** How a figure moved against an earlier one (环比 / 同比). */
export interface Change {
  direction: 'up' | 'down' | 'flat';
  /** Without sign; rounded to one decimal (a whole number for `count`). */
  amount: number;
  unit: 'percent' | 'points' | 'days' | 'count';
}

/** Below this earlier count a change is told in 件 (+56 件): a percentage of a tiny base (↑5600%) says nothing. */
export const SMALL_BASE = 20;

function change(delta: number, unit: Change['unit']): Change {
  const amount = Math.round(Math.abs(delta) * 10) / 10;
  return { direction: amount === 0 ? 'flat' : delta > 0 ? 'up' : 'down', amount, unit };
}

/** A count against an earlier one: in per cent from a base of SMALL_BASE, in 件 below it (0 included); none without an earlier one. */
export function countChange(value: number, earlier: number | null): Change | null {
  if (earlier === null) return null;
  if (earlier < SMALL_BASE) return change(value - earlier, 'count');
  return change(((value - earlier) / earlier) * 100, 'percent');
}

/** A rate against an earlier one, in percentage points (days for the average answer time); none when either is null. */
export function rateChange(key: RateKey, value: number | null, earlier: number | null): Change | null {
  if (value === null || earlier === null) return null;
  return key === 'average_answer_days' ? change(value - earlier, 'days') : change((value - earlier) * 100, 'points');
}
