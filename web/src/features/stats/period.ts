import type { Granularity, ReportKind } from '@xinfang/domain';
import type { DayRange } from './api/types';

/** Periods of the dashboard: China days as YYYY-MM-DD, inclusive (the server counts China days too). Pure. */

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export interface Period extends DayRange {
  kind: PeriodKind;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const parts = (day: string) => day.split('-').map(Number) as [number, number, number];
/** A real calendar day written YYYY-MM-DD. */
const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);
const days = (r: DayRange) => Math.round((Date.parse(r.to) - Date.parse(r.from)) / 86_400_000) + 1;

/** The month, quarter or year holding `day`; one still running ends today (as the server's default month does). */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, day: string, today: string): Period {
  const [y, m] = parts(day);
  const first = kind === 'month' ? m : kind === 'quarter' ? m - ((m - 1) % 3) : 1;
  const last = kind === 'month' ? m : kind === 'quarter' ? first + 2 : 12;
  const to = ymd(y, last, lastDay(y, last));
  return { kind, from: ymd(y, first, 1), to: to > today ? today : to };
}

/** The period in the dashboard's URL (period, from, to), this month when it names none that has begun. */
export function searchToPeriod(s: URLSearchParams, today: string): Period {
  const kind = (PERIOD_KINDS as readonly string[]).includes(s.get('period') ?? '') ? (s.get('period') as PeriodKind) : 'month';
  const from = s.get('from') ?? '';
  const to = s.get('to') ?? '';
  if (!isDay(from) || from > today) return periodOf('month', today, today);
  if (kind !== 'custom') return periodOf(kind, from, today);
  return isDay(to) && from <= to ? { kind, from, to } : periodOf('month', today, today);
}

export function periodToSearch(p: Period): Record<string, string> {
  return { period: p.kind, from: p.from, to: p.to };
}

/** Trend buckets that fit the period: days of a month, weeks of a quarter, months of a year. */
export function granularityFor(p: Period): Granularity {
  if (p.kind !== 'custom') return p.kind === 'month' ? 'day' : p.kind === 'quarter' ? 'week' : 'month';
  const n = days(p);
  return n <= 62 ? 'day' : n <= 190 ? 'week' : n <= 3 * 366 ? 'month' : 'year';
}

/** A report's period as the server names it: "2026-10", "2026-Q4" or "2026". */
export function reportPeriodOf(kind: ReportKind, day: string): string {
  const [y, m] = parts(day);
  return kind === 'monthly' ? `${y}-${pad(m)}` : kind === 'quarterly' ? `${y}-Q${Math.ceil(m / 3)}` : String(y);
}
