import { describe, expect, it } from 'vitest';
import { idCheckChar, isValidChineseId, isValidPhone, representativeCount } from './validation';

describe('GB 11643 identity numbers', () => {
  it('computes the check character', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('37072419900101123')).toBe('2');
  });

  it('accepts valid numbers and refuses wrong check digits and dates', () => {
    expect(isValidChineseId('11010519491231002X')).toBe(true);
    expect(isValidChineseId('11010519491231002x')).toBe(true);
    expect(isValidChineseId('370724199001011232')).toBe(true);
    expect(isValidChineseId('370724199001011234')).toBe(false);
    expect(isValidChineseId('370724199002301236')).toBe(false);
    expect(isValidChineseId('37072419900101123')).toBe(false);
  });
});

describe('phones', () => {
  it('accepts mobiles and landlines, refuses the rest', () => {
    for (const ok of ['13812345678', '0536-3112345', '05363112345', '010-12345678', '']) expect(isValidPhone(ok)).toBe(true);
    for (const bad of ['12812345678', '1381234567', '536-3112345', 'abc']) expect(isValidPhone(bad)).toBe(false);
  });
});

describe('representatives', () => {
  it('counts and flags more than five', () => {
    expect(representativeCount([{ isRepresentative: true }, {}, undefined])).toEqual({ count: 1, exceeded: false });
    expect(representativeCount(Array.from({ length: 6 }, () => ({ isRepresentative: true })))).toEqual({ count: 6, exceeded: true });
  });
});
