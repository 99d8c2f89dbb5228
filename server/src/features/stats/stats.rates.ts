import { RATES, VOLUME_FIELDS, type Measure, type RateDefinition, type RateKey, type StatName, type VolumeField } from '@xinfang/domain';

/** A figure a rate is made of: a dated measure, or a volume figure. */
type Part = Measure | `volume.${VolumeField}`;

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

/** Where a figure is in the totals: volume figures under `volume.`. */
const part = (name: StatName): Part =>
  (VOLUME_FIELDS as readonly string[]).includes(name) ? `volume.${name as VolumeField}` : (name as Measure);

export function rate(def: RateDefinition, totals: Totals): RateValue {
  const numerator = totals[part(def.numerator)] ?? 0;
  const denominator = totals[part(def.denominator)] ?? 0;
  return { value: ratio(numerator, denominator), numerator, denominator };
}

export function rates(totals: Totals): Record<RateKey, RateValue> {
  return Object.fromEntries(RATES.map((d) => [d.key, rate(d, totals)])) as Record<RateKey, RateValue>;
}
