import { describe, expect, it } from 'vitest';
import { addDays, chinaDate, chinaDateTime, endOfChinaDay, longDate } from './time.js';

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

  it('shows an instant in China time and a day in the long form, whatever the zone of the machine', () => {
    expect(chinaDateTime(new Date('2026-11-30T20:30:05Z'))).toBe('2026-12-01 04:30');
    expect(chinaDateTime('2026-11-30T20:30:05Z', true)).toBe('2026-12-01 04:30:05');
    expect(longDate('2027-02-04')).toBe('2027年2月4日');
  });
});
