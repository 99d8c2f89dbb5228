import { MAX_REPRESENTATIVES } from './api/types';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The GB 11643 check character of the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** A resident identity card number: 18 characters, a real birth date, and the GB 11643 check character. */
export function isValidChineseId(value: string): boolean {
  const v = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const y = Number(v.slice(6, 10));
  const m = Number(v.slice(10, 12));
  const d = Number(v.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  if (date.getTime() > Date.now()) return false;
  return idCheckChar(v.slice(0, 17)) === v[17];
}

export const MOBILE = /^1[3-9]\d{9}$/;
export const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/** A mainland mobile or landline number (blank is allowed: the field is optional). */
export function isValidPhone(value: string): boolean {
  const v = value.trim();
  return !v || MOBILE.test(v) || LANDLINE.test(v);
}

/** How many petitioners are marked representative, and whether that breaks 条例 Art. 20. */
export function representativeCount(rows: readonly ({ isRepresentative?: boolean } | undefined)[]): { count: number; exceeded: boolean } {
  const count = rows.filter((r) => r?.isRepresentative).length;
  return { count, exceeded: count > MAX_REPRESENTATIVES };
}
