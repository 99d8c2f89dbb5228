import { z } from 'zod';

/** Mainland mobile (11 digits), landline with area code (and extension), or a service number like 12345. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{5,8})$/;
/** Mainland mobile numbers: the only phones an SMS reaches. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** Optional text that arrives as '' from forms: trimmed, and empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** An optional phone number in one of the accepted formats. */
export const optionalPhone = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v.replace(/\s+/g, '') : null))
  .refine((v) => v === null || PHONE_PATTERN.test(v), { message: '电话号码格式不正确（手机 11 位，座机含区号，如 0536-3212345）' });

/** A calendar day as YYYY-MM-DD. */
export const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(d)), { message: '日期无效' });

/** Required text: trimmed, with the message people see when it is empty. */
export const requiredText = (max: number, empty: string) => z.string().trim().min(1, empty).max(max);

/** Route parameter `:id` as a positive integer. */
export const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

/** Postgres unique_violation on a given index: the race a prior check cannot close. */
export function isUniqueViolation(err: unknown, index: string): boolean {
  const e = err as { code?: string; constraint?: string };
  return e?.code === '23505' && e.constraint === index;
}
