import { z } from 'zod';
import { CHANNELS, PETITION_TYPES } from '@xinfang/domain';

const column = z.string().trim().min(1).max(100);

/** Which source column (or JSON key) feeds which field; channel and type may be fixed instead. */
export const mappingSchema = z.strictObject({
  externalId: column,
  title: column,
  content: column,
  receivedAt: column,
  petitionerName: column.optional(),
  phone: column.optional(),
  category: column.optional(),
  channel: column.optional(),
  type: column.optional(),
  defaults: z
    .strictObject({ channel: z.enum(CHANNELS).default('online'), type: z.enum(PETITION_TYPES).default('appeal') })
    .default({ channel: 'online', type: 'appeal' }),
  /** Prepended to external ids, so two sources cannot collide. */
  externalIdPrefix: z.string().trim().max(30).default(''),
});
export type Mapping = z.infer<typeof mappingSchema>;

export const jobDto = z.object({
  id: z.number(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  dryRun: z.boolean(),
  filename: z.string(),
  total: z.number(),
  processed: z.number(),
  created: z.number(),
  skipped: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});
