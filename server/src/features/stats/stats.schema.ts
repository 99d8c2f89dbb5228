import { GRANULARITIES, BREAKDOWN_DIMS, MEASURES, VOLUME_FIELDS, RATE_KEYS } from '@xinfang/domain';
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

export const breakdownQuery = boundedRange(
  z.strictObject({
    ...statsShape,
    dim: z.enum(BREAKDOWN_DIMS),
  }),
);
