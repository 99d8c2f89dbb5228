import { type Channel, PHONE_PATTERN, maxRepresentatives } from '@xinfang/domain';

/** A phone number the server accepts: mobile, landline (with extension) or service number; blank is allowed (optional). */
export function isValidPhone(value: string): boolean {
  const v = value.trim();
  return !v || PHONE_PATTERN.test(v);
}

/** How many petitioners are marked representative, and whether that breaks 条例 Art. 20 (a limit for visits only). */
export function representativeCount(
  rows: readonly ({ isRepresentative?: boolean } | undefined)[],
  channel: Channel | undefined,
): { count: number; exceeded: boolean; limit: number | null } {
  const count = rows.filter((r) => r?.isRepresentative).length;
  const limit = channel ? maxRepresentatives(channel) : null;
  return { count, exceeded: limit !== null && count > limit, limit };
}
