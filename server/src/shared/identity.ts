import { MOBILE_PATTERN } from '@xinfang/domain';

/** Masks an identity number, keeping the region and the last four: 370724********123X. */
export function maskIdNumber(value: string | null): string | null {
  if (!value) return value;
  if (value.length <= 8) return '*'.repeat(value.length);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/** Masks a phone number: 138****5678, 0536-****345. */
export function maskPhone(value: string | null): string | null {
  if (!value) return value;
  if (MOBILE_PATTERN.test(value)) return `${value.slice(0, 3)}****${value.slice(-4)}`;
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
