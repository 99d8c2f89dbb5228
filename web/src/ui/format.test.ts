import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatDate, formatPercent } from './format';

describe('formats', () => {
  it('writes documents in the Chinese date format and tables in ISO', () => {
    expect(formatChineseDate('2026-11-28T09:30:00')).toBe('2026年11月28日');
    expect(formatChineseDate('2026-01-05T09:30:00')).toBe('2026年1月5日');
    expect(formatDate('2026-11-28T09:30:00')).toBe('2026-11-28');
    expect(formatChineseDate(null)).toBe('');
  });
});

describe('formatPercent', () => {
  it('writes ratios as percentages with one decimal, and — for none', () => {
    expect(formatPercent(0.9234)).toBe('92.3%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(2 / 3)).toBe('66.7%');
    expect(formatPercent(null)).toBe('—');
  });
});
