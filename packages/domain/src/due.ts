import { CHINA_OFFSET_MS, longDate } from './time.js';

/**
 * The one formatter of due times (deadlines, reply dates, rating and review windows): every message, webhook,
 * document, page, export and the portal prints a due time through here. Day periods end at 24:00, which is stored
 * as 00:00 of the next day; a due time is named by the day it closes (2027-02-04 24:00), never by that next day.
 */

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A due time: an instant (Date or ISO text), or a calendar day (YYYY-MM-DD) that ends at its 24:00. */
export type DueTime = Date | string;

/** A moment in China time (UTC+8, no daylight saving), whatever the zone of the machine or the browser. */
export interface ChinaTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** When a due time falls, in China time: midnight is 24时 of the day before (2026-11-28T16:00Z → 11月28日 24时). */
export function dueParts(at: DueTime): ChinaTime {
  if (typeof at === 'string' && PLAIN_DAY.test(at)) {
    const [year, month, day] = at.split('-').map(Number) as [number, number, number];
    return { year, month, day, hour: 24, minute: 0 };
  }
  const ms = new Date(at).getTime() + CHINA_OFFSET_MS;
  const d = new Date(ms);
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0) {
    const prev = new Date(ms - DAY_MS);
    return { year: prev.getUTCFullYear(), month: prev.getUTCMonth() + 1, day: prev.getUTCDate(), hour: 24, minute: 0 };
  }
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** The China date a due time closes, YYYY-MM-DD (for comparing days; not for people to read). */
export function dueDay(at: DueTime): string {
  const p = dueParts(at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Documents and messages: 2027年2月4日 (a due time inside a day adds its hour: 2027年2月4日9时30分). */
export function dueLong(at: DueTime): string {
  const p = dueParts(at);
  const day = longDate(dueDay(at));
  return p.hour === 24 ? day : `${day}${p.hour}时${p.minute ? `${p.minute}分` : ''}`;
}

/** Screens and exports: 2027-02-04 24:00. */
export function dueShort(at: DueTime): string {
  const p = dueParts(at);
  return `${dueDay(at)} ${pad(p.hour)}:${pad(p.minute)}`;
}
