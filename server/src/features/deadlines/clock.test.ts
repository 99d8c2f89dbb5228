import { describe, expect, it } from 'vitest';
import { packageCalendar, WorkCalendar } from './calendar.js';
import { dueAt, grade, workingDaysAhead } from './clock.js';

const cal = new WorkCalendar([packageCalendar()]);
const at = (s: string) => new Date(s);
/** The end of a China calendar day, as the instant it stands for. */
const endOf = (ymd: string) => new Date(Date.parse(`${ymd}T00:00:00+08:00`) + 86_400_000);

describe('the official calendar', () => {
  it('knows 2026’s holidays and make-up working days, and does not know 2027', () => {
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // Saturday, make-up day for the Spring Festival
    expect(cal.isWorkingDay('2026-02-17')).toBe(false); // Spring Festival
    expect(cal.isWorkingDay('2026-10-10')).toBe(true); // Saturday, make-up day for National Day
    expect(cal.isWorkingDay('2026-10-05')).toBe(false);
    expect(cal.covers(2026)).toBe(true);
    expect(cal.covers(2027)).toBe(false);
  });
});

describe('due within 3 working days (the first screens)', () => {
  it('reaches past National Day 2026 to the make-up Saturday, not to the third weekday', () => {
    // Wed 30 Sep, today not counted: 1–7 Oct holiday, Thu 8 (1), Fri 9 (2), Sat 10 make-up (3).
    const now = at('2026-09-30T16:00:00+08:00');
    expect(workingDaysAhead(cal, now, 3)).toEqual(endOf('2026-10-10'));
    // Ordinary weeks would have stopped at Mon 5 Oct (Thu 1, Fri 2, Mon 5): a clock ending Fri 9 Oct is due soon
    // only by the calendar; one ending Mon 12 Oct is not, though its grade may already be 即将到期.
    expect(workingDaysAhead(new WorkCalendar([]), now, 3)).toEqual(endOf('2026-10-05'));
    expect(endOf('2026-10-09') <= workingDaysAhead(cal, now, 3)).toBe(true);
    expect(endOf('2026-10-12') <= workingDaysAhead(cal, now, 3)).toBe(false);
  });

  it('from a Friday skips the weekend; on a make-up Saturday counts from it', () => {
    expect(workingDaysAhead(cal, at('2026-11-27T09:00:00+08:00'), 3)).toEqual(endOf('2026-12-02'));
    expect(workingDaysAhead(cal, at('2026-10-10T09:00:00+08:00'), 3)).toEqual(endOf('2026-10-14'));
  });
});

describe('deadline arithmetic', () => {
  it('working days across the 2026 Spring Festival count the make-up Saturday and skip the holiday', () => {
    // Thu 12 Feb: Fri 13 (1), Sat 14 make-up (2), 15–23 holiday, Tue 24 (3), Wed 25 (4), Thu 26 (5).
    expect(dueAt(cal, at('2026-02-12T10:00:00+08:00'), 5, 'working_day')).toEqual({
      dueAt: endOf('2026-02-26'),
      provisional: false,
      unknownYears: [],
    });
  });

  it('working days across National Day 2026', () => {
    // Tue 29 Sep: Wed 30 (1), 1–7 Oct holiday, Thu 8 (2), Fri 9 (3), Sat 10 make-up (4).
    expect(dueAt(cal, at('2026-09-29T15:00:00+08:00'), 3, 'working_day').dueAt).toEqual(endOf('2026-10-09'));
    expect(dueAt(cal, at('2026-09-29T15:00:00+08:00'), 4, 'working_day').dueAt).toEqual(endOf('2026-10-10'));
  });

  it('calendar days do not count the first day, and a period ending on a holiday moves to the next working day', () => {
    expect(dueAt(cal, at('2026-03-02T09:00:00+08:00'), 15, 'calendar_day', { extendOverDaysOff: true }).dueAt).toEqual(endOf('2026-03-17'));
    // 31 Jan + 15 days = 15 Feb, in the Spring Festival: the period ends on Tue 24 Feb.
    expect(dueAt(cal, at('2026-01-31T09:00:00+08:00'), 15, 'calendar_day', { extendOverDaysOff: true }).dueAt).toEqual(endOf('2026-02-24'));
    // 16 Sep + 15 days = 1 Oct, National Day: ends Thu 8 Oct. Without the rule it stays on 1 Oct.
    expect(dueAt(cal, at('2026-09-16T09:00:00+08:00'), 15, 'calendar_day', { extendOverDaysOff: true }).dueAt).toEqual(endOf('2026-10-08'));
    expect(dueAt(cal, at('2026-09-16T09:00:00+08:00'), 15, 'calendar_day').dueAt).toEqual(endOf('2026-10-01'));
  });

  it('uses the China date of the start, not UTC', () => {
    // 23:30 on 1 Mar in Beijing is still 1 Mar there (15:30 UTC).
    expect(dueAt(cal, at('2026-03-01T23:30:00+08:00'), 1, 'calendar_day').dueAt).toEqual(endOf('2026-03-02'));
  });

  it('adds paused days (a hearing) and paused hours', () => {
    // A pause counts its days inclusively: 10–13 Mar is four days, however the times within them fall.
    const pauses = [{ from: at('2026-03-10T09:00:00+08:00'), to: at('2026-03-13T17:00:00+08:00') }];
    expect(dueAt(cal, at('2026-03-02T09:00:00+08:00'), 30, 'calendar_day', { pauses }).dueAt).toEqual(endOf('2026-04-05'));
    expect(
      dueAt(cal, at('2026-03-02T09:00:00+08:00'), 2, 'hour', {
        pauses: [{ from: at('2026-03-02T10:00:00+08:00'), to: at('2026-03-02T10:30:00+08:00') }],
      }).dueAt,
    ).toEqual(at('2026-03-02T11:30:00+08:00'));
  });

  it('counts a hearing’s days inclusively: 6–10 Dec adds five days, a one-day hearing one', () => {
    const start = at('2026-11-02T09:00:00+08:00'); // + 60 days = 1 Jan 2027 without a pause
    const hearing = (from: string, to: string) => [{ from: at(`${from}T00:00:00+08:00`), to: endOf(to) }];
    expect(dueAt(cal, start, 60, 'calendar_day', { pauses: hearing('2026-12-06', '2026-12-10') }).dueAt).toEqual(endOf('2027-01-06'));
    expect(dueAt(cal, start, 60, 'calendar_day', { pauses: hearing('2026-12-06', '2026-12-06') }).dueAt).toEqual(endOf('2027-01-02'));
    // Working days: the five hearing days are added as five more working days to count.
    expect(dueAt(cal, start, 10, 'working_day', { pauses: hearing('2026-11-04', '2026-11-04') }).dueAt).toEqual(
      dueAt(cal, start, 11, 'working_day').dueAt,
    );
    // Hours: the hearing's whole days.
    expect(dueAt(cal, start, 2, 'hour', { pauses: hearing('2026-11-02', '2026-11-02') }).dueAt).toEqual(
      new Date(start.getTime() + 26 * 3_600_000),
    );
  });

  it('marks a clock that crosses a year without holiday data as provisional, and corrects it once the year is entered', () => {
    // Thu 24 Dec 2026 + 10 working days: 25, 28–31 Dec (5), then 1 Jan 2027 counted as an ordinary Friday.
    const unknown = dueAt(cal, at('2026-12-24T09:00:00+08:00'), 10, 'working_day');
    expect(unknown).toEqual({ dueAt: endOf('2027-01-07'), provisional: true, unknownYears: [2027] });
    const with2027 = new WorkCalendar([
      packageCalendar(),
      { years: [2027], days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] },
    ]);
    expect(dueAt(with2027, at('2026-12-24T09:00:00+08:00'), 10, 'working_day')).toEqual({
      dueAt: endOf('2027-01-08'),
      provisional: false,
      unknownYears: [],
    });
  });
});

describe('grades', () => {
  const start = at('2026-03-01T09:00:00+08:00');
  const due = endOf('2026-03-11'); // 10 days and 15 hours
  it('normal, due soon (≤ 20% left), due today, overdue', () => {
    expect(grade(start, due, at('2026-03-03T09:00:00+08:00')).grade).toBe('normal');
    expect(grade(start, due, at('2026-03-10T00:30:00+08:00')).grade).toBe('due_soon');
    expect(grade(start, due, at('2026-03-11T08:00:00+08:00')).grade).toBe('due_today');
    expect(grade(start, due, at('2026-03-12T00:00:01+08:00')).grade).toBe('overdue');
  });
});
