import { z } from 'zod';
import { int4Id } from '../../shared/validators.js';

const name = z
  .string()
  .trim()
  .min(1, '请填写分类名称')
  .max(50, '分类名称不能超过 50 个字')
  .refine((v) => !v.includes('/'), { message: '分类名称不能包含“/”' });

export const createCategoryBody = z.strictObject({ parentId: int4Id.nullable(), name });
export const renameCategoryBody = z.strictObject({ name });

export const categoryDto = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  level: z.number(),
  name: z.string(),
  path: z.string(),
  active: z.boolean(),
});
