import { addDays, chinaDate, dueDay, endOfChinaDay, type ClockUnit, type DeadlineGrade } from '@xinfang/domain';
import { type WorkCalendar } from './calendar.js';

/** A stretch during which a clock did not run (a hearing, for instance), `to` excluded: a day ends at the next day's 0:00. */
export interface Pause {
  from: Date;
  to: Date;
}

/** When a clock runs out, and whether that rests on years the calendar does not know yet. */
export interface Due {
  dueAt: Date;
  /** True when a working-day count or a days-off extension crossed a year without holiday data. */
  provisional: boolean;
  /** Years without data that the result depends on. */
  unknownYears: number[];
}

const HOUR_MS = 3600_000;

/**
 * Due time of a clock started at `start`. Day counts follow the rule for periods: the starting day is not
 * counted and the period ends at 24:00 of its last day; paused days are added on. Working days skip weekends
 * and holidays and count make-up days. With `extendOverDaysOff`, a calendar-day period ending on a day off
 * ends on the next working day instead.
 */
export function dueAt(
  calendar: WorkCalendar,
  start: Date,
  length: number,
  unit: ClockUnit,
  opts: { pauses?: Pause[]; extendOverDaysOff?: boolean } = {},
): Due {
  const pauses = opts.pauses ?? [];
  if (unit === 'hour') {
    const paused = pauses.reduce((ms, p) => ms + Math.max(0, p.to.getTime() - p.from.getTime()), 0);
    return { dueAt: new Date(start.getTime() + length * HOUR_MS + paused), provisional: false, unknownYears: [] };
  }
  const unknown = new Set<number>();
  const note = (ymd: string) => {
    const y = Number(ymd.slice(0, 4));
    if (!calendar.covers(y)) unknown.add(y);
  };
  // A pause counts every calendar day it touches, its first and last included: a hearing 6–10 Dec is five days.
  const pausedDays = pauses.reduce(
    (n, p) => n + Math.max(0, Math.round((Date.parse(dueDay(p.to)) - Date.parse(chinaDate(p.from))) / 86_400_000) + 1),
    0,
  );
  let day = chinaDate(start);
  if (unit === 'calendar_day') {
    day = addDays(day, length + pausedDays);
    if (opts.extendOverDaysOff) {
      note(day);
      while (!calendar.isWorkingDay(day)) {
        day = addDays(day, 1);
        note(day);
      }
    }
  } else {
    for (let counted = 0; counted < length + pausedDays;) {
      day = addDays(day, 1);
      note(day);
      if (calendar.isWorkingDay(day)) counted++;
    }
  }
  const unknownYears = [...unknown].sort();
  return { dueAt: endOfChinaDay(day), provisional: unknownYears.length > 0, unknownYears };
}

/**
 * How far "due within n working days" reaches from `now`: the end of the n-th working day after today, counted as a
 * period of n working days started now is (holidays skipped, make-up days counted).
 */
export function workingDaysAhead(calendar: WorkCalendar, now: Date, n: number): Date {
  return dueAt(calendar, now, n, 'working_day').dueAt;
}

/** Warning grades shown on every open clock (docs/WORKFLOW.md § Deadlines). */

/** A clock is due soon with this share of its time left (docs/WORKFLOW.md § Deadlines). */
export const DUE_SOON_SHARE = 0.2;

/** The moment a clock turns due-soon. */
export const soonAt = (start: Date, due: Date) => new Date(due.getTime() - (due.getTime() - start.getTime()) * DUE_SOON_SHARE);

/** The grade of an open clock now: overdue past due; due today on its last China day; due soon with ≤ 20% left. */
export function grade(start: Date, due: Date, now: Date): { grade: DeadlineGrade; remainingMs: number } {
  const remainingMs = due.getTime() - now.getTime();
  if (remainingMs < 0) return { grade: 'overdue', remainingMs };
  if (chinaDate(now) === dueDay(due)) return { grade: 'due_today', remainingMs };
  const total = due.getTime() - start.getTime();
  if (total > 0 && remainingMs <= total * DUE_SOON_SHARE) return { grade: 'due_soon', remainingMs };
  return { grade: 'normal', remainingMs };
}
