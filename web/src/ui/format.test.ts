import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatDate } from './format';

describe('formats', () => {
  it('writes documents in the Chinese date format and tables in ISO', () => {
    expect(formatChineseDate('2026-11-28T09:30:00')).toBe('2026年11月28日');
    expect(formatChineseDate('2026-01-05T09:30:00')).toBe('2026年1月5日');
    expect(formatDate('2026-11-28T09:30:00')).toBe('2026-11-28');
    expect(formatChineseDate(null)).toBe('');
  });
});
