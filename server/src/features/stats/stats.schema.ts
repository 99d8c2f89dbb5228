import { GRANULARITIES, BREAKDOWN_DIMS, MEASURES, VOLUME_FIELDS, RATE_KEYS, WORKFLOW_FIELDS } from '@xinfang/domain';
import { z } from 'zod';
import { boundedRange, dateString, int4IdParam } from '../../shared/validators.js';

/** Scope and period of every statistics request (docs/STATISTICS.md § API). */
const statsShape = {
  orgId: int4IdParam.optional(),
  from: dateString.optional(),
  to: dateString.optional(),
};
export const statsQuery = boundedRange(z.strictObject(statsShape));

const SERIES_NAMES: readonly string[] = [...VOLUME_FIELDS, ...MEASURES, ...RATE_KEYS];

export const seriesQuery = boundedRange(
  z.strictObject({
    ...statsShape,
    granularity: z.enum(GRANULARITIES).default('month'),
    measures: z
      .string()
      .default('registered')
      .transform((s) => s.split(',').filter(Boolean))
      .refine((list) => list.length > 0 && list.length <= 12 && list.every((m) => SERIES_NAMES.includes(m)), {
        message: `可选指标：${SERIES_NAMES.join('、')}（最多 12 个，以逗号分隔）`,
      }),
  }),
);

const breakdownDim = z.enum(BREAKDOWN_DIMS);
export const breakdownQuery = boundedRange(
  z.strictObject({
    ...statsShape,
    dim: breakdownDim,
  }),
);

// Answers: what the web reads, and what the serialiser keeps (a field left out here would not be sent).
const dayRange = z.object({ from: z.string(), to: z.string() });
/** A figure now, in the previous period and a year before; null for a state (overdue_now). */
const compared = z.object({ value: z.number(), previous: z.number().nullable(), lastYear: z.number().nullable() });
/** A ratio 0..1 (days for average_answer_days); null when its denominator is 0. */
const rateValue = z.object({ value: z.number().nullable(), numerator: z.number(), denominator: z.number() });

export const overviewDto = z.object({
  asOf: z.string(),
  scope: z.object({ id: z.number(), name: z.string() }),
  period: dayRange,
  previous: dayRange,
  lastYear: dayRange,
  volume: z.object(Object.fromEntries(VOLUME_FIELDS.map((f) => [f, compared]))),
  rates: z.array(rateValue.extend({ key: z.enum(RATE_KEYS), previous: z.number().nullable(), lastYear: z.number().nullable() })),
  workflow: z.object(Object.fromEntries(WORKFLOW_FIELDS.map((f) => [f, compared]))),
});

export const seriesDto = z.object({
  asOf: z.string(),
  buckets: z.array(dayRange.extend({ label: z.string() })),
  series: z.record(z.string(), z.array(z.number().nullable())),
});

export const breakdownDto = z.object({
  asOf: z.string(),
  dim: breakdownDim,
  rows: z.array(z.object({ key: z.string(), label: z.string(), registered: z.number(), persons: z.number(), previous: z.number() })),
});

export const bodiesDto = z.object({
  asOf: z.string(),
  rows: z.array(
    z.object({
      orgId: z.number(),
      name: z.string(),
      kind: z.string().nullable(),
      registered: z.number(),
      persons: z.number(),
      overdueNow: z.number(),
      forwarded: z.number(),
      assigned: z.number(),
      supervised: z.number(),
      rates: z.object(Object.fromEntries(RATE_KEYS.map((k) => [k, rateValue]))),
    }),
  ),
});

const hotRow = z.object({ key: z.string(), label: z.string(), current: z.number(), previous: z.number(), growth: z.number() });
export const hotDto = z.object({
  asOf: z.string(),
  categories: z.array(hotRow),
  regions: z.array(hotRow),
  groups: z.array(
    z.object({
      size: z.number(),
      previous: z.number(),
      terms: z.array(z.string()),
      sample: z.array(z.object({ id: z.number(), number: z.string(), title: z.string() })),
      petitionIds: z.array(z.number()),
    }),
  ),
});
