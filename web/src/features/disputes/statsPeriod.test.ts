import { describe, expect, it } from 'vitest';
import { monthOf, monthPeriod } from './statsPeriod';

describe('the statistics’ month', () => {
  it('runs from the first to the last day, or to today in the current month (China time)', () => {
    const now = new Date('2026-12-07T20:00:00+08:00');
    expect(monthPeriod('2026-11', now)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthPeriod('2026-12', now)).toEqual({ from: '2026-12-01', to: '2026-12-07' });
    expect(monthPeriod('2024-02', now)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    // Half past midnight on 1 January in China is still 31 December in UTC.
    expect(monthPeriod('2027-01', new Date('2027-01-01T00:30:00+08:00'))).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });
  it('reads a day’s month', () => expect(monthOf('2026-12-07')).toBe('2026-12'));
});
