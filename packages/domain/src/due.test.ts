import { describe, expect, it } from 'vitest';
import { dueDay, dueLong, dueParts, dueShort } from './due.js';
import { chinaDate, endOfChinaDay } from './time.js';

describe('due times', () => {
  it('names a due time at 24:00 by the day it closes, never the next day', () => {
    const end = endOfChinaDay('2027-02-04');
    expect(chinaDate(end)).toBe('2027-02-05');
    expect(dueDay(end)).toBe('2027-02-04');
    expect(dueDay(end.toISOString())).toBe('2027-02-04');
    expect(dueParts(end)).toEqual({ year: 2027, month: 2, day: 4, hour: 24, minute: 0 });
    expect(dueDay(new Date('2027-02-04T01:30:00Z'))).toBe('2027-02-04');
  });

  it('prints the long form for documents and messages and the short form for screens and exports', () => {
    const end = endOfChinaDay('2027-02-04');
    expect(dueLong(end)).toBe('2027年2月4日');
    expect(dueShort(end)).toBe('2027-02-04 24:00');
    expect(dueShort(end.toISOString())).toBe('2027-02-04 24:00');
    // A due time inside a day (a clock counted in hours) keeps its hour.
    expect(dueLong('2027-02-04T01:30:00Z')).toBe('2027年2月4日9时30分');
    expect(dueShort('2027-02-04T02:00:00Z')).toBe('2027-02-04 10:00');
  });

  it('reads a calendar day as the end of that day', () => {
    expect(dueParts('2027-02-04')).toEqual({ year: 2027, month: 2, day: 4, hour: 24, minute: 0 });
    expect(dueLong('2027-02-04')).toBe('2027年2月4日');
    expect(dueShort('2027-02-04')).toBe('2027-02-04 24:00');
  });
});
