/** Checks of identity numbers and phone numbers, the same in the browser and on the server. */

/** GB 11643-1999 citizen identity number: 17 digits + check character (0-9 or X). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The GB 11643 check character of the first 17 digits. */
export function idCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return CHECK[sum % 11]!;
}

/** A resident identity card number: 18 characters, a real birth date not in the future, and the check character. */
export function isValidChineseId(value: string, now = Date.now()): boolean {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || date.getTime() > now) return false;
  return idCheckChar(id) === id[17];
}

/** Mainland mobile numbers: the only phones an SMS reaches. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
/** Mainland mobile (11 digits), landline with area code (and extension), or a service number like 12345. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{5,8})$/;
