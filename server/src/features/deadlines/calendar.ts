import { createRequire } from 'node:module';

/** A day that differs from the ordinary week: a holiday on a weekday, or a make-up working day (调休) on a weekend. */
export interface SpecialDay {
  date: string; // YYYY-MM-DD, China time
  kind: 'holiday' | 'workday';
  name: string;
}

interface PackageData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** The State Council's holiday arrangements shipped by `chinese-days` (2004 through the last year it has). */
export function packageCalendar(): { days: SpecialDay[]; years: number[] } {
  const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as PackageData;
  const name = (v: string) => v.split(',')[1] ?? v;
  const days: SpecialDay[] = [
    ...Object.entries(data.holidays).map(([date, v]) => ({ date, kind: 'holiday' as const, name: name(v) })),
    ...Object.entries(data.workdays).map(([date, v]) => ({ date, kind: 'workday' as const, name: name(v) })),
  ];
  const years = [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
  return { days, years };
}

/**
 * Working days by the official calendar: weekends and statutory holidays are off, make-up days are on.
 * Years the calendar has no data for are treated as ordinary weeks but reported, never assumed complete.
 */
export class WorkCalendar {
  private readonly special = new Map<string, SpecialDay>();
  private readonly years: Set<number>;

  /** Later sources win: administrator-entered years replace the package's for those years. */
  constructor(sources: { days: SpecialDay[]; years: number[] }[]) {
    this.years = new Set();
    for (const source of sources) {
      const replaced = new Set(source.years);
      for (const [date] of this.special) if (replaced.has(Number(date.slice(0, 4)))) this.special.delete(date);
      for (const d of source.days) this.special.set(d.date, d);
      for (const y of source.years) this.years.add(y);
    }
  }

  /** True when the holiday arrangement of the year is known. */
  covers(year: number): boolean {
    return this.years.has(year);
  }

  coveredYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  /** What kind of day a date is, with the holiday's name. */
  day(ymd: string): { working: boolean; name: string | null } {
    const s = this.special.get(ymd);
    if (s) return { working: s.kind === 'workday', name: s.name };
    const weekday = new Date(`${ymd}T00:00:00Z`).getUTCDay();
    return { working: weekday !== 0 && weekday !== 6, name: null };
  }

  isWorkingDay(ymd: string): boolean {
    return this.day(ymd).working;
  }
}
