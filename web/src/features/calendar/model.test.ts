import { describe, expect, it } from 'vitest';
import { chinaHourNow, chinaInstant, daysInRange, daysToSave, typedDate, weekday, yearOptions } from './model';

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

describe('daysInRange', () => {
  it('gives every date from–to, both included, across a month end', () => {
    expect(daysInRange('2027-10-01', '2027-10-07')).toEqual([
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
      '2027-10-04',
      '2027-10-05',
      '2027-10-06',
      '2027-10-07',
    ]);
    expect(daysInRange('2027-01-31', '2027-02-01')).toEqual(['2027-01-31', '2027-02-01']);
    expect(daysInRange('2027-05-01', '2027-05-01')).toEqual(['2027-05-01']);
    expect(daysInRange('2027-05-02', '2027-05-01')).toEqual([]);
  });
});

describe('typedDate', () => {
  it('reads the forms a clerk types, within the year edited', () => {
    for (const text of ['2027-10-01', '2027/10/1', '2027.10.1', '20271001', '10-01', '10/1', '10-1', '10月1日', ' 2027年10月1日 '])
      expect(typedDate(text, 2027), text).toBe('2027-10-01');
  });
  it('refuses another year, a day that does not exist and anything else', () => {
    for (const text of ['2026-10-01', '02-29', '2027-13-01', '10-32', '', '十月一日', '1001', '2027-10'])
      expect(typedDate(text, 2027), text).toBeNull();
    expect(typedDate('02-29', 2028)).toBe('2028-02-29');
  });
});
