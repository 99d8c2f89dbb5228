import { ROLES } from '@xinfang/domain';
import { z } from 'zod';
import { int4Id, int4IdParam, optionalPhone } from '../../shared/validators.js';

const roles = z
  .array(z.enum(ROLES))
  .min(1, '至少选择一个角色')
  .refine((r) => new Set(r).size === r.length, { message: '角色不能重复' });
const displayName = z.string().trim().min(1, '请填写姓名').max(50, '姓名不能超过 50 个字');
const email = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || z.email().safeParse(v).success, { message: '电子邮箱格式不正确' });

export const createUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{2,40}$/, '用户名为 2–40 位字母、数字、下划线、点或连字符'),
  displayName,
  orgId: int4Id,
  roles,
  phone: optionalPhone,
  email,
  /** Optional initial password; when absent a one-time password is generated and shown once. */
  password: z.string().min(1).max(128).optional(),
});
export type CreateUserInput = z.infer<typeof createUserBody>;

export const updateUserBody = z.strictObject({
  displayName: displayName.optional(),
  orgId: int4Id.optional(),
  roles: roles.optional(),
  phone: optionalPhone.optional(),
  email: email.optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserBody>;

export const listUsersQuery = z.strictObject({
  orgId: int4IdParam.optional(),
  role: z.enum(ROLES).optional(),
  q: z.string().trim().max(50).optional(),
  status: z.enum(['active', 'inactive', 'locked', 'all']).default('active'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListUsersQuery = z.infer<typeof listUsersQuery>;

export const userDto = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  org: z.object({ id: z.number(), name: z.string() }),
  roles: z.array(z.enum(ROLES)),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.date().nullable(),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
  abilities: z.object({
    update: z.boolean(),
    deactivate: z.boolean(),
    reactivate: z.boolean(),
    resetPassword: z.boolean(),
    unlock: z.boolean(),
  }),
});
export type UserDto = z.infer<typeof userDto>;

/** A user just created or reset, with the one-time password when the system made it. */
export const userWithPassword = z.object({ user: userDto, temporaryPassword: z.string().nullable() });
