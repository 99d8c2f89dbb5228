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

/** The instant of a China wall-clock time on a China calendar day: ('2027-01-05', '08:30'). */
export function chinaInstant(ymd: string, hhmm: string): Date {
  return new Date(`${ymd}T${hhmm}:00+08:00`);
}

/** The China wall-clock time of an instant, as HH:mm. */
export function chinaTimeOfDay(at: Date): string {
  return chinaDateTime(at).slice(11, 16);
}

/** The calendar date n days after a date. */
export function addDays(ymd: string, n: number): string {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * An instant in China time as staff screens, exports and the portal show it: 2026-11-28 09:30 (with seconds when
 * asked: 2026-11-28 09:30:05), whatever the zone of the machine or the browser.
 */
export function chinaDateTime(at: Date | string, seconds = false): string {
  const iso = new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, seconds ? 19 : 16)}`;
}

/** A calendar day in the long form of documents and messages: 2027-02-04 → 2027年2月4日. */
export function longDate(ymd: string): string {
  const [y, m, d] = ymd.split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}
