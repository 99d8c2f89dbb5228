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
    expect(representativeCount([{ isRepresentative: true }, {}, undefined], 'visit')).toEqual({ count: 1, exceeded: false, limit: 5 });
    const six = Array.from({ length: 6 }, () => ({ isRepresentative: true }));
    expect(representativeCount(six, 'visit')).toEqual({ count: 6, exceeded: true, limit: 5 });
    // Art. 20 limits the representatives of a visit; a joint letter may name six.
    expect(representativeCount(six, 'letter')).toEqual({ count: 6, exceeded: false, limit: null });
  });
});
