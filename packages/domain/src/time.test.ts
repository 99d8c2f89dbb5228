import { describe, expect, it } from 'vitest';
import { addDays, chinaDate, dueDay, dueParts, endOfChinaDay } from './time.js';

describe('China time', () => {
  it('counts China days: 20:30 UTC on 30 November is already 1 December in China', () => {
    expect(chinaDate(new Date('2026-11-30T20:30:00Z'))).toBe('2026-12-01');
    expect(chinaDate(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11-30');
  });

  it('ends a China day at 24:00 China time and adds days across months and years', () => {
    expect(endOfChinaDay('2026-11-30').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('names a deadline at 24:00 by the day it closes, never the next day', () => {
    const end = endOfChinaDay('2027-02-04');
    expect(chinaDate(end)).toBe('2027-02-05');
    expect(dueDay(end)).toBe('2027-02-04');
    expect(dueDay(end.toISOString())).toBe('2027-02-04');
    expect(dueParts(end)).toEqual({ year: 2027, month: 2, day: 4, hour: 24, minute: 0 });
    expect(dueDay(new Date('2027-02-04T01:30:00Z'))).toBe('2027-02-04');
  });
});
