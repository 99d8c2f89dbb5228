/** GB 11643-1999 citizen identity number: 17 digits + check character (0-9 or X). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** True when the 18-character number has a valid birth date and check character. */
export function isValidChineseId(value: string): boolean {
  const id = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || date.getTime() > Date.now()) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17];
}

/** Mainland mobile number. */
export const MOBILE = /^1[3-9]\d{9}$/;

/** Masks an identity number, keeping the region and the last four: 370724********123X. */
export function maskIdNumber(value: string | null): string | null {
  if (!value) return value;
  if (value.length <= 8) return '*'.repeat(value.length);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/** Masks a phone number: 138****5678, 0536-****345. */
export function maskPhone(value: string | null): string | null {
  if (!value) return value;
  if (MOBILE.test(value)) return `${value.slice(0, 3)}****${value.slice(-4)}`;
  const dash = value.indexOf('-');
  const prefix = dash > 0 ? value.slice(0, dash + 1) : value.slice(0, Math.min(3, value.length - 3));
  return `${prefix}****${value.slice(-3)}`;
}

/** Masks a personal name for confidential petitioners: 张*, 欧阳**. */
export function maskName(value: string): string {
  const chars = [...value];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** An e-mail address with the mailbox name hidden but its first character: w***@example.com. */
export function maskEmail(value: string | null): string | null {
  if (!value) return null;
  const at = value.lastIndexOf('@');
  return at > 0 ? `${value[0]}***${value.slice(at)}` : '***';
}
