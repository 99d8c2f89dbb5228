import { describe, expect, it } from 'vitest';
import { daysBetween, generateRoster, monthSpan, rosterDays, shiftHours, type DutySettings, type DutyShift } from './duty.js';

// National Day 2026 as chinese-days has it: 1–7 October off, Sunday 20 September and Saturday 10 October make-up
// working days, every other weekend off.
const holidays = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'];
const makeUp = ['2026-09-20', '2026-10-10'];
const isWorkingDay = (d: string) => {
  if (makeUp.includes(d)) return true;
  if (holidays.includes(d)) return false;
  const w = new Date(`${d}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6;
};
const settings: DutySettings = {
  rotation: { leader: [1, 2], manager: [5, 6, 7], officer: [11, 12, 13] },
  officersPerShift: 1,
  roundTheClock: false,
  dayStart: '08:30',
  dayEnd: '17:30',
};
const of = (shifts: DutyShift[], role: DutyShift['role']) => shifts.filter((s) => s.role === role).map((s) => [s.date, s.userId]);

describe('duty roster over National Day 2026', () => {
  it('puts a day shift on every working day, the make-up Sunday and Saturday included, and none on days off', () => {
    const shifts = generateRoster({ from: '2026-09-19', to: '2026-10-11', settings, unavailable: [], isWorkingDay });
    // Working days: 20 Sep (make-up Sunday), 21–25, 28–30 Sep, 8, 9 and 10 Oct (make-up Saturday).
    expect(of(shifts, 'officer')).toEqual([
      ['2026-09-20', 11],
      ['2026-09-21', 12],
      ['2026-09-22', 13],
      ['2026-09-23', 11],
      ['2026-09-24', 12],
      ['2026-09-25', 13],
      ['2026-09-28', 11],
      ['2026-09-29', 12],
      ['2026-09-30', 13],
      ['2026-10-08', 11],
      ['2026-10-09', 12],
      ['2026-10-10', 13],
    ]);
    expect(of(shifts, 'leader').map(([, id]) => id)).toEqual([1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2]);
    expect(of(shifts, 'manager').slice(0, 4)).toEqual([
      ['2026-09-20', 5],
      ['2026-09-21', 6],
      ['2026-09-22', 7],
      ['2026-09-23', 5],
    ]);
    expect(shifts[0]).toEqual({
      date: '2026-09-20',
      role: 'leader',
      kind: 'day',
      startDate: '2026-09-20',
      startTime: '08:30',
      endDate: '2026-09-20',
      endTime: '17:30',
      userId: 1,
    });
  });

  it('gives a body on round-the-clock duty a 24-hour shift on each day off, ending at the next day’s start', () => {
    const shifts = generateRoster({
      from: '2026-09-28',
      to: '2026-10-11',
      settings: { ...settings, roundTheClock: true },
      unavailable: [],
      isWorkingDay,
    });
    const officers = shifts.filter((s) => s.role === 'officer');
    expect(officers).toHaveLength(14);
    expect(officers.map((s) => `${s.date} ${s.kind} ${s.userId}`)).toEqual([
      '2026-09-28 day 11',
      '2026-09-29 day 12',
      '2026-09-30 day 13',
      '2026-10-01 full 11',
      '2026-10-02 full 12',
      '2026-10-03 full 13',
      '2026-10-04 full 11',
      '2026-10-05 full 12',
      '2026-10-06 full 13',
      '2026-10-07 full 11',
      '2026-10-08 day 12',
      '2026-10-09 day 13',
      '2026-10-10 day 11',
      '2026-10-11 full 12',
    ]);
    expect(officers[3]).toMatchObject({ startDate: '2026-10-01', startTime: '08:30', endDate: '2026-10-02', endTime: '08:30' });
  });

  it('skips a person on leave and gives them the next shift they can take, keeping the others’ order', () => {
    const unavailable = [{ userId: 12, from: '2026-09-29', to: '2026-09-30' }];
    const shifts = generateRoster({ from: '2026-09-28', to: '2026-10-11', settings, unavailable, isWorkingDay });
    // 28th: 11. 29th: 12 away, 13. 30th: 12 away, 11. 8 Oct: 12 (first in the queue since). 9th: 13. 10th: 11.
    expect(of(shifts, 'officer')).toEqual([
      ['2026-09-28', 11],
      ['2026-09-29', 13],
      ['2026-09-30', 11],
      ['2026-10-08', 12],
      ['2026-10-09', 13],
      ['2026-10-10', 11],
    ]);
  });

  it('puts several officers on a shift, leaves a role empty when everyone is away, and continues the last roster', () => {
    const unavailable = [
      { userId: 1, from: '2026-10-08', to: '2026-10-08' },
      { userId: 2, from: '2026-10-08', to: '2026-10-08' },
    ];
    const shifts = generateRoster({
      from: '2026-10-08',
      to: '2026-10-10',
      settings: { ...settings, officersPerShift: 2 },
      unavailable,
      isWorkingDay,
      // 11 served last, 13 before: 12 (never in this record) comes first, then 13, then 11.
      lastOnDuty: { 11: '2026-09-30', 13: '2026-09-29' },
    });
    expect(of(shifts, 'officer')).toEqual([
      ['2026-10-08', 12],
      ['2026-10-08', 13],
      ['2026-10-09', 11],
      ['2026-10-09', 12],
      ['2026-10-10', 13],
      ['2026-10-10', 11],
    ]);
    expect(of(shifts, 'leader')).toEqual([
      ['2026-10-09', 1],
      ['2026-10-10', 2],
    ]);
  });

  it('counts the days of a range and of a month', () => {
    expect(daysBetween('2026-10-01', '2026-10-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(365);
    expect(monthSpan('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
    expect(monthSpan('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
  });
});

describe('a roster as printed and shown', () => {
  it('is a row a day with that day’s shifts, and a 24-hour shift ends the next day', () => {
    const day = { date: '2026-10-09', startsAt: '2026-10-09 08:30', endsAt: '2026-10-09 17:30', role: 'leader' };
    const full = { date: '2026-10-03', startsAt: '2026-10-03 08:30', endsAt: '2026-10-04 08:30', role: 'leader' };
    const officer = { ...full, role: 'officer' };
    expect(rosterDays([full, officer, day]).map((d) => [d.date, d.shifts.map((s) => s.role)])).toEqual([
      ['2026-10-03', ['leader', 'officer']],
      ['2026-10-09', ['leader']],
    ]);
    expect(shiftHours(day)).toEqual({ start: '08:30', end: '17:30', nextDay: false });
    expect(shiftHours(full)).toEqual({ start: '08:30', end: '08:30', nextDay: true });
  });
});
