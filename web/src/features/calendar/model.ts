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

/** The i18n key of a clock unit (日 / 工作日 / 小时). */
export const unitKey = (unit: ClockUnit | string) => dynamicKey(`calendar.units.${unit}`);
