import { addDays, chinaDate } from '@xinfang/domain';
import type { Bucket, DayRange } from './stats.repository.js';

/** Periods of the statistics: inclusive ranges of China days as YYYY-MM-DD. */

const parts = (ymd: string) => ymd.split('-').map(Number) as [number, number, number];
export const ymdOf = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.toISOString().slice(0, 10);
};
export const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** The last day of the month of a day. */
export const monthEnd = (ymd: string) => {
  const [y, m] = parts(ymd);
  return ymdOf(y, m, lastDayOf(y, m));
};
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** This month so far, in China. */
export function thisMonth(now = new Date()): DayRange {
  const today = chinaDate(now);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** Whole months from..to: the count, or 0 when the range is not made of whole months. */
function wholeMonths({ from, to }: DayRange): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  if (fd !== 1 || td !== lastDayOf(ty, tm)) return 0;
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/**
 * The whole calendar months inside a range (from the first day of the first to the last day of the last), or null
 * when it holds none: their figures are read from month rows, the days at the range's edges from day rows.
 */
export function monthsWithin({ from, to }: DayRange): DayRange | null {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  const first = fd === 1 ? from : ymdOf(fy, fm + 1, 1);
  const last = td === lastDayOf(ty, tm) ? to : ymdOf(ty, tm, 0);
  return first < last ? { from: first, to: last } : null;
}

/** The same dates moved by whole months, the end kept at month end when it was there (环比 of months, quarters, years). */
function shiftMonths(ymd: string, months: number, endOfMonth: boolean): string {
  const [y, m, d] = parts(ymd);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return ymdOf(ny, nm, endOfMonth ? lastDayOf(ny, nm) : Math.min(d, lastDayOf(ny, nm)));
}

/** The period of the same length just before (环比): the previous month, quarter or year for whole ones. */
export function previousPeriod(r: DayRange): DayRange {
  const n = wholeMonths(r);
  if (n) return { from: shiftMonths(r.from, -n, false), to: shiftMonths(r.to, -n, true) };
  const len = daysBetween(r.from, r.to) + 1;
  return { from: addDays(r.from, -len), to: addDays(r.to, -len) };
}

/** The same dates a year earlier (同比); 29 February becomes the 28th. */
export function lastYear(r: DayRange): DayRange {
  const endOfMonth = wholeMonths(r) > 0;
  return { from: shiftMonths(r.from, -12, false), to: shiftMonths(r.to, -12, endOfMonth) };
}

/** The buckets covering a range, clipped to it, with their labels (weeks start on Monday). */
export function bucketsOf(r: DayRange, bucket: Bucket): { key: string; from: string; to: string; label: string }[] {
  const out: { key: string; from: string; to: string; label: string }[] = [];
  let start = bucketStart(r.from, bucket);
  while (start <= r.to) {
    const next = nextBucket(start, bucket);
    const end = addDays(next, -1);
    out.push({ key: start, from: start < r.from ? r.from : start, to: end > r.to ? r.to : end, label: labelOf(start, bucket) });
    start = next;
  }
  return out;
}

export function bucketStart(ymd: string, bucket: Bucket): string {
  const [y, m] = parts(ymd);
  switch (bucket) {
    case 'day':
      return ymd;
    case 'week': {
      const dow = (new Date(`${ymd}T00:00:00Z`).getUTCDay() + 6) % 7;
      return addDays(ymd, -dow);
    }
    case 'month':
      return ymdOf(y, m, 1);
    case 'quarter':
      return ymdOf(y, m - ((m - 1) % 3), 1);
    case 'year':
      return ymdOf(y, 1, 1);
  }
}

function nextBucket(start: string, bucket: Bucket): string {
  if (bucket === 'day') return addDays(start, 1);
  if (bucket === 'week') return addDays(start, 7);
  return shiftMonths(start, bucket === 'month' ? 1 : bucket === 'quarter' ? 3 : 12, false);
}

function labelOf(start: string, bucket: Bucket): string {
  const [y, m] = parts(start);
  switch (bucket) {
    case 'day':
    case 'week':
      return start;
    case 'month':
      return start.slice(0, 7);
    case 'quarter':
      return `${y}Q${Math.floor((m - 1) / 3) + 1}`;
    case 'year':
      return String(y);
  }
}
