import { z } from 'zod';

const name = z
  .string()
  .trim()
  .min(1, '请填写分类名称')
  .max(50, '分类名称不能超过 50 个字')
  .refine((v) => !v.includes('/'), { message: '分类名称不能包含“/”' });

export const createCategoryBody = z.strictObject({ parentId: z.number().int().positive().nullable(), name });
export const renameCategoryBody = z.strictObject({ name });

export const categoryDto = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  level: z.number(),
  name: z.string(),
  path: z.string(),
  active: z.boolean(),
});
