import { PHONE_PATTERN } from '@xinfang/domain';
import { z } from 'zod';

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

/** An optional e-mail address; '' from a form is none. */
export const optionalEmail = z
  .email('电子邮箱格式不正确')
  .max(100)
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

/** The years a date may name: older or later ones are typing errors, and PostgreSQL and the calendar need a bound. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** The longest from–to span a query may ask for (a century covers any real history). */
export const MAX_RANGE_DAYS = 100 * 366;

/** True when the string starts with a YYYY-MM-DD that exists (no 2026-02-30) within the years allowed. */
export function isRealDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return y >= MIN_YEAR && y <= MAX_YEAR && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const DAY_MESSAGE = `日期无效（须为 ${MIN_YEAR}—${MAX_YEAR} 年间实际存在的日期）`;

/** A calendar day as YYYY-MM-DD that exists (V8 would read 2026-02-30 as 2 March). */
export const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD')
  .refine(isRealDay, { message: DAY_MESSAGE });

/** A moment given as an ISO day or date-time (query strings, JSON): the day must exist and lie in the years allowed. */
export const instant = z
  .string()
  .trim()
  .refine((s) => isRealDay(s) && !Number.isNaN(Date.parse(s)), { message: DAY_MESSAGE })
  .transform((s) => new Date(s));

/** Refines an object with optional `from`/`to` (days or moments): from ≤ to, at most MAX_RANGE_DAYS apart. */
export function boundedRange<S extends z.ZodType<Record<string, unknown>>>(schema: S, from = 'from', to = 'to'): S {
  return schema.superRefine((v, ctx) => {
    const a = (v as Record<string, unknown>)[from] as Date | string | undefined;
    const b = (v as Record<string, unknown>)[to] as Date | string | undefined;
    if (a === undefined || b === undefined) return;
    const days = (new Date(b).getTime() - new Date(a).getTime()) / 86_400_000;
    if (days < 0) ctx.addIssue({ code: 'custom', path: [to], message: '结束日期不能早于开始日期' });
    else if (days > MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: [to], message: '查询的时间范围过大（最多一百年）' });
  });
}

/** Required text: trimmed, with the message people see when it is empty. */
export const requiredText = (max: number, empty: string) => z.string().trim().min(1, empty).max(max);

/** The largest PostgreSQL `integer`: ids of bodies, users, categories, saved filters, import jobs; versions. */
export const INT4_MAX = 2_147_483_647;
/** A positive `integer` column value (an id above it would make PostgreSQL fail, not answer "not found"). */
export const int4Id = z.number().int().positive().max(INT4_MAX);
/** A positive `bigint` id (petitions, attachments, documents, messages, reports), as far as a number holds it exactly. */
export const int8Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** The same from a path or query string. */
export const int4IdParam = z.coerce.number().int().positive().max(INT4_MAX);
export const int8IdParam = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Route parameter `:id` of a table with an `integer` id. */
export const idParams = z.strictObject({ id: int4IdParam });
/** Route parameter `:id` of a table with a `bigint` id. */
export const bigIdParams = z.strictObject({ id: int8IdParam });

/** Postgres unique_violation on a given index: the race a prior check cannot close. */
export function isUniqueViolation(err: unknown, index: string): boolean {
  const e = err as { code?: string; constraint?: string };
  return e?.code === '23505' && e.constraint === index;
}

/**
 * Text PostgreSQL cannot store: NUL (text columns refuse \u0000) and UTF-16 surrogates without their pair (not
 * Unicode characters, so not encodable as UTF-8).
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What people are told about such text (the API says it in English too: http/input-guard.ts). */
export const UNSTORABLE_MESSAGE = '含有不能保存的字符（空字符或不成对的代理项）';

/** True when a string holds a character no text column can take. */
export function isUnstorable(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** The path of the first string (or object key) in a value that a text column would refuse, or null. */
export function unstorablePath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isUnstorable(value) ? path : null;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (isUnstorable(key)) return at;
    const found = unstorablePath(inner, at);
    if (found !== null) return found;
  }
  return null;
}
