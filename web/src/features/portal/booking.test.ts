import { describe, expect, it } from 'vitest';
import { bookingKey, checkBooking } from './booking';
import { RESOURCES, translator } from './i18n';

const t = translator(RESOURCES['zh-CN']);
const ok = { name: '王秀兰', phone: '13912345678', email: '', matter: '养老保险待遇核定有误', partySize: '2' };

describe('the booking form’s rules', () => {
  it('accepts a complete booking and names each field at fault', () => {
    expect(checkBooking(ok, t)).toEqual({});
    const errors = checkBooking({ name: ' ', phone: '0536-3212345', email: 'x@', matter: '', partySize: '0' }, t);
    expect(Object.keys(errors)).toEqual(['name', 'phone', 'email', 'matter', 'partySize']);
    expect(Object.values(errors).every((m) => !m.startsWith('['))).toBe(true);
  });

  it('tells a group of more than five to send representatives, and refuses a matter over 300 characters', () => {
    expect(checkBooking({ ...ok, partySize: '6' }, t).partySize).toContain('代表');
    expect(checkBooking({ ...ok, partySize: '5' }, t)).toEqual({});
    expect(checkBooking({ ...ok, matter: '事'.repeat(301) }, t).matter).toContain('300');
  });

  it('reads the key as a phone or a booking number', () => {
    expect(bookingKey(' 13912345678 ', 'ABCD-EFGH')).toEqual({ phone: '13912345678', code: 'ABCD-EFGH' });
    expect(bookingKey('yyabcd2345', 'ABCD-EFGH ')).toEqual({ number: 'YYABCD2345', code: 'ABCD-EFGH' });
  });
});
