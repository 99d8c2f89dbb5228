import { describe, expect, it } from 'vitest';
import {
  checkPlan,
  comingQuarters,
  DEFAULT_RECEPTION_RULES,
  generatePlan,
  publishDeadline,
  quarterDays,
  timesOverlap,
  type Quarter,
  type Unavailability,
} from './reception.js';

/** The official arrangement as the calendar has it: weekends off, listed holidays off, listed make-up days on. */
const calendar = (holidays: string[], workdays: string[]) => (d: string) => {
  if (workdays.includes(d)) return true;
  if (holidays.includes(d)) return false;
  const w = new Date(`${d}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6;
};
const range = (from: string, to: string) => {
  const days: string[] = [];
  for (let d = from; d <= to; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) days.push(d);
  return days;
};
// Q4 2026 as chinese-days has it: National Day 1–7 October off, Saturday 10 October a make-up working day.
const q4: Quarter = { year: 2026, quarter: 4 };
const q4Days = calendar(range('2026-10-01', '2026-10-07'), ['2026-10-10']);
// Q1 2027 as the test enters it (the package has no 2027): 元旦 1–3 January, Spring Festival 5–13 February off,
// Saturday 20 February a make-up working day.
const q1: Quarter = { year: 2027, quarter: 1 };
const q1Days = calendar([...range('2027-01-01', '2027-01-03'), ...range('2027-02-05', '2027-02-13')], ['2027-02-20']);

const { county, department, township } = DEFAULT_RECEPTION_RULES;
const none: Unavailability[] = [];
const dates = (slots: { date: string }[]) => slots.map((s) => s.date);

describe('quarters and publication timing', () => {
  it('knows a quarter’s days, the coming quarters and the last day to publish (3 days before the quarter before ends)', () => {
    expect(quarterDays(q4)).toEqual({ first: '2026-10-01', last: '2026-12-31' });
    expect(quarterDays({ year: 2028, quarter: 1 })).toEqual({ first: '2028-01-01', last: '2028-03-31' });
    expect(comingQuarters('2026-12-06')).toEqual([q1, { year: 2027, quarter: 2 }]);
    expect(comingQuarters('2026-09-30')).toEqual([q4, q1]);
    expect(publishDeadline(q4, 3)).toBe('2026-09-27');
    expect(publishDeadline(q1, 3)).toBe('2026-12-28');
  });

  it('reports a plan published after the deadline, and only then', () => {
    const slots = generatePlan({ quarter: q1, rule: county, leaderIds: [1], unavailable: none, isWorkingDay: q1Days });
    const check = (publishDate: string) =>
      checkPlan({ quarter: q1, rule: county, slots, unavailable: none, isWorkingDay: q1Days, publishDate });
    expect(check('2026-12-28')).toEqual([]);
    expect(check('2026-12-29')).toEqual([{ kind: 'published_late', date: '2026-12-29', deadline: '2026-12-28' }]);
  });
});

describe('generating Q4 2026 (National Day)', () => {
  it('county: every working Tuesday and Thursday, none in the National Day week but Thursday 8 October, the leaders in turn', () => {
    const slots = generatePlan({ quarter: q4, rule: county, leaderIds: [3, 1, 2], unavailable: none, isWorkingDay: q4Days });
    // October: 8, 13, 15, 20, 22, 27, 29 (1 and 6 are holidays); November: 8; December: 10.
    expect(slots).toHaveLength(25);
    expect(dates(slots).slice(0, 4)).toEqual(['2026-10-08', '2026-10-13', '2026-10-15', '2026-10-20']);
    expect(dates(slots)).not.toContain('2026-10-06');
    expect(dates(slots)).not.toContain('2026-10-10');
    expect(slots.slice(0, 4).map((s) => s.leaderIds)).toEqual([[1], [2], [3], [1]]);
    expect(slots[0]).toEqual({ date: '2026-10-08', startTime: '08:30', endTime: '12:00', leaderIds: [1] });
    const per = (id: number) => slots.filter((s) => s.leaderIds[0] === id).length;
    expect([per(1), per(2), per(3)]).toEqual([9, 8, 8]);
    expect(checkPlan({ quarter: q4, rule: county, slots, unavailable: none, isWorkingDay: q4Days })).toEqual([]);
  });

  it('a leader on leave passes the turn to the next, and is never scheduled on a blocked day', () => {
    const leave = [{ leaderId: 2, from: '2026-10-12', to: '2026-10-16' }];
    const slots = generatePlan({ quarter: q4, rule: county, leaderIds: [1, 2, 3], unavailable: leave, isWorkingDay: q4Days });
    expect(slots.slice(0, 5).map((s) => [s.date, s.leaderIds[0]])).toEqual([
      ['2026-10-08', 1],
      ['2026-10-13', 3],
      ['2026-10-15', 1],
      ['2026-10-20', 2],
      ['2026-10-22', 3],
    ]);
    expect(checkPlan({ quarter: q4, rule: county, slots, unavailable: leave, isWorkingDay: q4Days })).toEqual([]);
  });

  it('township: every working day, the make-up Saturday 10 October included: 18 + 21 + 23 days', () => {
    const slots = generatePlan({ quarter: q4, rule: township, leaderIds: [7, 8], unavailable: none, isWorkingDay: q4Days });
    expect(slots).toHaveLength(62);
    expect(dates(slots).filter((d) => d < '2026-11-01')).toHaveLength(18);
    expect(dates(slots).slice(0, 3)).toEqual(['2026-10-08', '2026-10-09', '2026-10-10']);
  });

  it('department: once a week on Wednesday, or the next working day of the week when Wednesday is a holiday', () => {
    const slots = generatePlan({ quarter: q4, rule: department, leaderIds: [5], unavailable: none, isWorkingDay: q4Days });
    // The week of 28 September has no working day in the quarter; 7 October is a holiday, so Thursday 8 October.
    expect(slots).toHaveLength(13);
    expect(dates(slots).slice(0, 3)).toEqual(['2026-10-08', '2026-10-14', '2026-10-21']);
    expect(dates(slots).at(-1)).toBe('2026-12-30');
  });
});

describe('generating Q1 2027 (Spring Festival)', () => {
  it('county: 8 + 6 + 9 receptions, none in the Spring Festival break', () => {
    const slots = generatePlan({ quarter: q1, rule: county, leaderIds: [1, 2], unavailable: none, isWorkingDay: q1Days });
    expect(slots).toHaveLength(23);
    expect(dates(slots).filter((d) => d.startsWith('2027-02'))).toEqual([
      '2027-02-02',
      '2027-02-04',
      '2027-02-16',
      '2027-02-18',
      '2027-02-23',
      '2027-02-25',
    ]);
  });

  it('township: 20 + 15 + 23 working days, Saturday 20 February among them', () => {
    const slots = generatePlan({ quarter: q1, rule: township, leaderIds: [1, 2, 3], unavailable: none, isWorkingDay: q1Days });
    expect(slots).toHaveLength(58);
    expect(dates(slots)).toContain('2027-02-20');
    expect(dates(slots)).not.toContain('2027-02-08');
  });
});

describe('checking a plan', () => {
  it('reports a week short of its receptions, a township day without a leader, and a leader scheduled on a blocked day', () => {
    const slots = generatePlan({ quarter: q4, rule: county, leaderIds: [1, 2], unavailable: none, isWorkingDay: q4Days });
    const without13 = slots.filter((s) => s.date !== '2026-10-13');
    const leave = [{ leaderId: 1, from: '2026-10-08', to: '2026-10-08' }];
    expect(
      checkPlan({
        quarter: q4,
        rule: county,
        slots: [{ ...without13[0]!, id: 41 }, ...without13.slice(1)],
        unavailable: leave,
        isWorkingDay: q4Days,
      }),
    ).toEqual([
      { kind: 'leader_blocked', date: '2026-10-08', leaderId: 1, slotId: 41 },
      { kind: 'week_short', week: '2026-10-12', planned: 1, required: 2 },
    ]);

    // One township leader, on leave on the make-up Saturday: that day has no slot and is reported.
    const away = [{ leaderId: 7, from: '2026-10-10', to: '2026-10-10' }];
    const town = generatePlan({ quarter: q4, rule: township, leaderIds: [7], unavailable: away, isWorkingDay: q4Days });
    expect(town).toHaveLength(61);
    expect(checkPlan({ quarter: q4, rule: township, slots: town, unavailable: away, isWorkingDay: q4Days })).toEqual([
      { kind: 'day_without_leader', date: '2026-10-10' },
    ]);
  });

  it('a slot without a leader does not count as a reception', () => {
    const slots = [{ date: '2026-10-08', leaderIds: [] }];
    const found = checkPlan({ quarter: q4, rule: department, slots, unavailable: none, isWorkingDay: q4Days });
    expect(found[0]).toEqual({ kind: 'week_short', week: '2026-10-05', planned: 0, required: 1 });
  });

  it('tells overlapping times of a day apart from adjoining ones', () => {
    expect(timesOverlap({ startTime: '08:30', endTime: '12:00' }, { startTime: '11:00', endTime: '12:30' })).toBe(true);
    expect(timesOverlap({ startTime: '08:30', endTime: '12:00' }, { startTime: '12:00', endTime: '17:00' })).toBe(false);
  });
});
