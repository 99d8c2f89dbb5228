import { describe, expect, it } from 'vitest';
import { granularityFor, periodOf, periodToSearch, reportPeriodOf, searchToPeriod } from './period';

const TODAY = '2026-11-28';

describe('periods', () => {
  it('gives whole past months, quarters and years, and ends a running one today', () => {
    expect(periodOf('month', '2026-10-15', TODAY)).toEqual({ kind: 'month', from: '2026-10-01', to: '2026-10-31' });
    expect(periodOf('month', '2024-02-03', TODAY)).toEqual({ kind: 'month', from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('month', '2026-11-02', TODAY)).toEqual({ kind: 'month', from: '2026-11-01', to: TODAY });
    expect(periodOf('quarter', '2026-08-20', TODAY)).toEqual({ kind: 'quarter', from: '2026-07-01', to: '2026-09-30' });
    expect(periodOf('quarter', '2026-12-01', TODAY)).toEqual({ kind: 'quarter', from: '2026-10-01', to: TODAY });
    expect(periodOf('year', '2025-06-30', TODAY)).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31' });
  });

  it('reads the period from the URL, this month when none that has begun is named', () => {
    const read = (q: string) => searchToPeriod(new URLSearchParams(q), TODAY);
    const thisMonth = { kind: 'month', from: '2026-11-01', to: TODAY };
    expect(read('')).toEqual(thisMonth);
    expect(read('period=year&from=2026-05-05')).toEqual({ kind: 'year', from: '2026-01-01', to: TODAY });
    expect(read('period=custom&from=2026-03-02&to=2026-04-15')).toEqual({ kind: 'custom', from: '2026-03-02', to: '2026-04-15' });
    expect(read('period=custom&from=2026-04-15&to=2026-03-02')).toEqual(thisMonth);
    expect(read('period=month&from=2027-01-01')).toEqual(thisMonth);
    expect(read('period=week&from=2026-02-30')).toEqual(thisMonth);
    const q3 = periodOf('quarter', '2026-08-01', TODAY);
    expect(searchToPeriod(new URLSearchParams(periodToSearch(q3)), TODAY)).toEqual(q3);
  });

  it('chooses the trend buckets from the period: days of a month, weeks of a quarter, months of a year', () => {
    expect(granularityFor(periodOf('month', TODAY, TODAY))).toBe('day');
    expect(granularityFor(periodOf('quarter', TODAY, TODAY))).toBe('week');
    expect(granularityFor(periodOf('year', TODAY, TODAY))).toBe('month');
    expect(granularityFor({ kind: 'custom', from: '2026-01-01', to: '2026-03-03' })).toBe('day');
    expect(granularityFor({ kind: 'custom', from: '2026-01-01', to: '2026-03-04' })).toBe('week');
    expect(granularityFor({ kind: 'custom', from: '2026-01-01', to: '2026-09-30' })).toBe('month');
    expect(granularityFor({ kind: 'custom', from: '2020-01-01', to: '2026-09-30' })).toBe('year');
  });

  it('names a report’s period as the server expects', () => {
    expect(reportPeriodOf('monthly', '2026-03-31')).toBe('2026-03');
    expect(reportPeriodOf('quarterly', '2026-03-31')).toBe('2026-Q1');
    expect(reportPeriodOf('quarterly', '2026-10-01')).toBe('2026-Q4');
    expect(reportPeriodOf('annual', '2026-10-01')).toBe('2026');
  });
});
