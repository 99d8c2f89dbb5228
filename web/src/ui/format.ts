import { chinaDate, chinaDateTime, longDate } from '@xinfang/domain';

// Every date and time on staff screens is China time (Asia/Shanghai), whatever the browser's zone: the deadlines
// beside them are China days, and a clerk abroad or on a machine set to UTC must see the same day as the office.

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The instant of a value, or null when it is empty or not a time. */
function instant(value: string | null | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** 2026-11-28: the China day of an instant (a plain date stays as it is), or an empty string. */
export function formatDate(value: string | null | undefined): string {
  if (value && PLAIN_DAY.test(value)) return value;
  const d = instant(value);
  return d ? chinaDate(d) : (value ?? '');
}

/** 2026-11-28 09:30:00 in China time (to the minute when asked: 2026-11-28 09:30), or an empty string. */
export function formatDateTime(value: string | null | undefined, precision: 'second' | 'minute' = 'second'): string {
  const d = instant(value);
  return d ? chinaDateTime(d, precision === 'second') : (value ?? '');
}

/** 2026年11月28日 (documents, DOMAIN §7), the China day, or an empty string. */
export function formatChineseDate(value: string | null | undefined): string {
  const day = formatDate(value);
  return PLAIN_DAY.test(day) ? longDate(day) : day;
}

/** A ratio as a percentage with one decimal (0.923 → 92.3%); — when there is none (a zero denominator). */
export function formatPercent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? '—' : `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}
