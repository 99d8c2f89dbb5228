import { MAX_REPRESENTATIVES, PHONE_PATTERN } from '@xinfang/domain';

/** A phone number the server accepts: mobile, landline (with extension) or service number; blank is allowed (optional). */
export function isValidPhone(value: string): boolean {
  const v = value.trim();
  return !v || PHONE_PATTERN.test(v);
}

/** How many petitioners are marked representative, and whether that breaks 条例 Art. 20. */
export function representativeCount(rows: readonly ({ isRepresentative?: boolean } | undefined)[]): { count: number; exceeded: boolean } {
  const count = rows.filter((r) => r?.isRepresentative).length;
  return { count, exceeded: count > MAX_REPRESENTATIVES };
}
