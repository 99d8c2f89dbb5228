import { describe, expect, it } from 'vitest';
import { isValidPhone, representativeCount } from './validation';

describe('phones', () => {
  it('accepts what the server accepts (mobiles, landlines with extensions, service numbers), refuses the rest', () => {
    for (const ok of ['13812345678', '0536-3112345', '05363112345', '010-12345678', '0536-3212345-801', '12345', ''])
      expect(isValidPhone(ok)).toBe(true);
    for (const bad of ['12812345678', '1381234567', '536-3112345', 'abc']) expect(isValidPhone(bad)).toBe(false);
  });
});

describe('representatives', () => {
  it('counts and flags more than five', () => {
    expect(representativeCount([{ isRepresentative: true }, {}, undefined])).toEqual({ count: 1, exceeded: false });
    expect(representativeCount(Array.from({ length: 6 }, () => ({ isRepresentative: true })))).toEqual({ count: 6, exceeded: true });
  });
});
