import { describe, expect, it } from 'vitest';
import { dueParts } from '@xinfang/domain';
import { chinaHourNow, chinaInstant, daysToSave, formatDue, weekday, yearOptions } from './model';

describe('due time in words', () => {
  it('shows the end of a day period as 24时 of its last day, in China time', () => {
    // 2026-11-29 00:00 China time = the end of 28 November.
    expect(formatDue('2026-11-28T16:00:00.000Z', 'zh-CN')).toBe('2026年11月28日 24时');
    expect(formatDue('2027-01-08T16:00:00.000Z', 'zh-CN')).toBe('2027年1月8日 24时');
    expect(formatDue('2026-11-28T16:00:00.000Z', 'en')).toBe('28 Nov 2026, 24:00');
  });

  it('shows hour periods with their minutes', () => {
    expect(formatDue('2026-11-28T01:30:00.000Z', 'zh-CN')).toBe('2026年11月28日 9时30分');
    expect(formatDue('2026-11-28T02:00:00.000Z', 'zh-CN')).toBe('2026年11月28日 10时');
    expect(dueParts('2026-12-31T16:00:00.000Z')).toEqual({ year: 2026, month: 12, day: 31, hour: 24, minute: 0 });
  });
});

describe('calendar helpers', () => {
  it('reads a picked start time as China time', () => {
    expect(chinaInstant('2026-12-24 09:00')).toBe('2026-12-24T09:00:00+08:00');
    expect(Date.parse(chinaInstant('2026-12-24 09:00'))).toBe(Date.parse('2026-12-24T01:00:00Z'));
    expect(chinaHourNow(Date.parse('2026-11-28T16:56:41Z'))).toBe('2026-11-29 00:00');
  });

  it('gives the day of the week of a date', () => {
    expect(weekday('2027-01-01')).toBe(5);
    expect(weekday('2026-11-29')).toBe(0);
  });

  it('offers every year from the earliest known to the one after the latest with data or this year, newest first', () => {
    expect(yearOptions([2024, 2025, 2026], [2027], 2026)).toEqual([2027, 2026, 2025, 2024]);
    // The year after the data, whatever this year is; gaps are offered too.
    expect(yearOptions([2024, 2025, 2026, 2027], [], 2026)).toEqual([2028, 2027, 2026, 2025, 2024]);
    expect(yearOptions([2024, 2025, 2026], [], 2025)).toEqual([2027, 2026, 2025, 2024]);
    expect(yearOptions([2024, 2026], [2030, 2031], 2030)).toEqual([2031, 2030, 2029, 2028, 2027, 2026, 2025, 2024]);
  });

  it('sends editor rows in the order of the form, names trimmed', () => {
    expect(
      daysToSave([
        { date: '2027-01-03', kind: 'holiday', name: ' 元旦 ' },
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-02-06', kind: 'workday', name: null },
      ]),
    ).toEqual([
      { date: '2027-01-03', kind: 'holiday', name: '元旦' },
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-06', kind: 'workday', name: '' },
    ]);
  });
});
