import { CHINA_OFFSET_MS, type ClockUnit } from '@xinfang/domain';
import type { SpecialDay } from './api/calendar';
import { dynamicKey } from '../../i18n/keys';

/** A start time picked as China wall-clock time ("2026-12-24 09:00") as an ISO instant with its offset. */
export function chinaInstant(wallClock: string): string {
  return `${wallClock.replace(' ', 'T')}:00+08:00`;
}

/** The current hour in China as wall-clock text ("2026-11-29 00:00"), whatever the browser's zone. */
export function chinaHourNow(now = Date.now()): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 13).replace('T', ' ') + ':00';
}

/** Day of the week of a calendar date, 0 = Sunday (independent of the browser's zone). */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * The years to offer, newest first: every year from the earliest known or missing (or last year) to the one after
 * the latest with data (or after this year), so that a gap, or the year after the data, can always be entered.
 */
export function yearOptions(known: number[], missing: number[], thisYear: number): number[] {
  const from = Math.min(...known, ...missing, thisYear - 1);
  const to = Math.max(Math.max(...known, thisYear) + 1, ...missing);
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
}

/**
 * Editor rows (validated: every row has a date and a kind) → what the server takes, names trimmed. The order is
 * kept, so an error on days.N names the N-th row of the form.
 */
export function daysToSave(rows: readonly { date: string; kind: SpecialDay['kind']; name?: string | null }[]): SpecialDay[] {
  return rows.map((r) => ({ date: r.date, kind: r.kind, name: (r.name ?? '').trim() }));
}

/**
 * A date as a clerk types it into the year's editor, read within that year: 2027-10-01, 2027/10/1, 20271001, 10-01,
 * 10/1, 10月1日 → "2027-10-01"; null for anything else, or a date of another year or one that does not exist.
 */
export function typedDate(text: string, year: number): string | null {
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim()) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim()) ??
    /^()(\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [m[1] ? Number(m[1]) : year, Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y !== year || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Every calendar date from `from` to `to`, both included ("2027-10-01", "2027-10-07" → seven dates). */
export function daysInRange(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
    days.push(d.toISOString().slice(0, 10));
  return days;
}

/** The i18n key of a clock unit (日 / 工作日 / 小时). */
export const unitKey = (unit: ClockUnit | string) => dynamicKey(`calendar.units.${unit}`);
