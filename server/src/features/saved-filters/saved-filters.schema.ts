import { z } from 'zod';

export const savedFilterBody = z.strictObject({
  name: z.string().trim().min(1, '请填写方案名称').max(50, '方案名称不能超过 50 个字'),
  /** personal: only me; org: everyone of my body. */
  scope: z.enum(['personal', 'org']),
  /** The list filters as the work list takes them (see GET /petitions). */
  filter: z.record(z.string(), z.unknown()),
});

export const savedFilterDto = z.object({
  id: z.number(),
  name: z.string(),
  scope: z.enum(['personal', 'org']),
  filter: z.record(z.string(), z.unknown()),
  mine: z.boolean(),
});
