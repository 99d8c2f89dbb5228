import { describe, expect, it } from 'vitest';
import { chineseNumber } from './numerals.js';

describe('chineseNumber', () => {
  it('writes periods and counts as documents do', () => {
    expect([0, 3, 5, 10, 15, 20, 21, 28, 30, 60, 99].map(chineseNumber)).toEqual([
      '零',
      '三',
      '五',
      '十',
      '十五',
      '二十',
      '二十一',
      '二十八',
      '三十',
      '六十',
      '九十九',
    ]);
  });

  it('leaves what it cannot write in Arabic numerals', () => {
    expect([100, -1, 2.5].map(chineseNumber)).toEqual(['100', '-1', '2.5']);
  });
});
