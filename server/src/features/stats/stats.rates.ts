import type { Measure, VolumeField } from './stats.measures.js';

/** A figure a rate is made of: a dated measure, or a volume figure. */
type Part = Measure | `volume.${VolumeField}`;

export interface RateDefinition {
  key: string;
  zh: string;
  numerator: Part;
  denominator: Part;
  /** The list behind the rate: the petitions its denominator counts. */
  drill: Measure | VolumeField;
}

/** Every rate, defined once; `average_answer_days` is a mean in days, the others ratios from 0 to 1. A zero denominator gives
 * null, never 0 or 1 (docs/STATISTICS.md § Rates). */
export const RATES = [
  { key: 'timely_acceptance', zh: '及时受理率', numerator: 'decided_timely', denominator: 'decided', drill: 'decided' },
  { key: 'on_time_conclusion', zh: '按期办结率', numerator: 'concluded_on_time', denominator: 'concluded', drill: 'concluded' },
  { key: 'rating_participation', zh: '参评率', numerator: 'rated', denominator: 'delivered', drill: 'delivered' },
  {
    key: 'satisfaction_bureau',
    zh: '信访部门参评满意率',
    numerator: 'satisfied_bureau',
    denominator: 'rated_bureau',
    drill: 'rated_bureau',
  },
  {
    key: 'satisfaction_handling',
    zh: '责任单位参评满意率',
    numerator: 'satisfied_handling',
    denominator: 'rated_handling',
    drill: 'rated_handling',
  },
  { key: 'repeat_rate', zh: '重复信访率', numerator: 'volume.repeat', denominator: 'volume.registered', drill: 'registered' },
  { key: 'backlog_resolution', zh: '积案化解率', numerator: 'backlog_resolved', denominator: 'backlog_marked', drill: 'backlog_marked' },
  { key: 'ownership_resolution', zh: '包案化解率', numerator: 'owned_resolved', denominator: 'owned', drill: 'owned' },
  { key: 'average_answer_days', zh: '平均答复用时（天）', numerator: 'answer_days', denominator: 'answered', drill: 'answered' },
] as const satisfies readonly RateDefinition[];
export type RateKey = (typeof RATES)[number]['key'];
export const RATE_KEYS = RATES.map((r) => r.key);

/** Totals of one scope and period: dated measures by name, volume figures as `volume.<field>`. */
export type Totals = Partial<Record<Part, number>>;

export interface RateValue {
  value: number | null;
  numerator: number;
  denominator: number;
}

/** A ratio, or none when the denominator is zero (never 0 % or 100 %). */
export const ratio = (numerator: number | null, denominator: number | null) =>
  numerator !== null && denominator ? numerator / denominator : null;

export function rate(def: RateDefinition, totals: Totals): RateValue {
  const numerator = totals[def.numerator] ?? 0;
  const denominator = totals[def.denominator] ?? 0;
  return { value: ratio(numerator, denominator), numerator, denominator };
}

export function rates(totals: Totals): Record<RateKey, RateValue> {
  return Object.fromEntries(RATES.map((d) => [d.key, rate(d, totals)])) as Record<RateKey, RateValue>;
}
