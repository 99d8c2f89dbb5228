import { describe, expect, it } from 'vitest';
import { idCheckChar, isValidChineseId, MOBILE_PATTERN, PHONE_PATTERN } from './identity.js';

describe('GB 11643 identity numbers', () => {
  it('computes the check character', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('37072419900101123')).toBe('2');
  });

  it('accepts a correct check character, X in either case, and spaces around', () => {
    expect(isValidChineseId('11010519491231002X')).toBe(true);
    expect(isValidChineseId('11010519491231002x')).toBe(true);
    expect(isValidChineseId(' 370724199001011232 ')).toBe(true);
    expect(isValidChineseId('110105194912310021')).toBe(false);
    expect(isValidChineseId('370724199001011234')).toBe(false);
  });

  it('refuses impossible or future birth dates and wrong lengths', () => {
    expect(isValidChineseId('370724199002301236')).toBe(false);
    expect(isValidChineseId('37072418991231123X')).toBe(false);
    expect(isValidChineseId('37072419900101123')).toBe(false);
    const born = '3707242026120112';
    const id = `${born}3${idCheckChar(`${born}3`)}`;
    expect(isValidChineseId(id, Date.parse('2026-12-02T00:00:00Z'))).toBe(true);
    expect(isValidChineseId(id, Date.parse('2026-11-30T00:00:00Z'))).toBe(false);
  });
});

describe('phone numbers', () => {
  it('accepts mobiles, landlines with area code and extension, and service numbers', () => {
    for (const ok of ['13812345678', '0536-3212345', '05363212345', '010-12345678', '0536-3212345-801', '12345'])
      expect(PHONE_PATTERN.test(ok)).toBe(true);
    for (const bad of ['12812345678', '1381234567', '536-3112345', 'abc', '1234']) expect(PHONE_PATTERN.test(bad)).toBe(false);
  });

  it('takes only mobiles as SMS numbers', () => {
    expect(MOBILE_PATTERN.test('13812345678')).toBe(true);
    expect(MOBILE_PATTERN.test('0536-3212345')).toBe(false);
  });
});
