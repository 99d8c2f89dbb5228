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
