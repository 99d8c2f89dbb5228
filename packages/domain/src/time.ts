/** China time (UTC+8, no daylight saving), whatever the zone of the machine or the browser. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The China calendar date of an instant, as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a China calendar day ends (24:00 = next day 00:00 China time). */
export function endOfChinaDay(ymd: string): Date {
  return new Date(Date.parse(`${ymd}T00:00:00+08:00`) + DAY_MS);
}

/** The calendar date n days after a date. */
export function addDays(ymd: string, n: number): string {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** A moment in China time (UTC+8, no daylight saving), whatever the zone of the machine or the browser. */
export interface ChinaTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * When a deadline falls, in China time. Day periods end at 24:00: midnight is shown as 24时 of the day before
 * (2026-11-28T16:00Z → 2026年11月28日 24时), not as 0时 of the next day. Every message, document, page and export
 * that names a deadline reads it through here.
 */
export function dueParts(at: Date | string): ChinaTime {
  const ms = new Date(at).getTime() + CHINA_OFFSET_MS;
  const d = new Date(ms);
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0) {
    const prev = new Date(ms - DAY_MS);
    return { year: prev.getUTCFullYear(), month: prev.getUTCMonth() + 1, day: prev.getUTCDate(), hour: 24, minute: 0 };
  }
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** The China date a deadline falls on, YYYY-MM-DD: a deadline at 24:00 closes that day, not the next. */
export function dueDay(at: Date | string): string {
  const p = dueParts(at);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
