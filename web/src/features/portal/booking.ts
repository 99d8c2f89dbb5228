import { BOOKING_MATTER_MAX, BOOKING_MAX_PARTY, isoWeekday, MOBILE_PATTERN } from '@xinfang/domain';
import type { Translate } from './i18n';

export interface BookingValues {
  name: string;
  phone: string;
  email: string;
  matter: string;
  partySize: string;
}
export type BookingErrors = Partial<Record<keyof BookingValues, string>>;
export const BOOKING_FIELDS: (keyof BookingValues)[] = ['name', 'phone', 'email', 'matter', 'partySize'];

/** The booking form's rules, as the server checks them, in the visitor's words; a group over 5 sends representatives. */
export function checkBooking(v: BookingValues, t: Translate): BookingErrors {
  const errors: BookingErrors = {};
  if (!v.name.trim()) errors.name = t('booking.nameRule');
  if (!MOBILE_PATTERN.test(v.phone.trim())) errors.phone = t('booking.phoneRule');
  if (v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) errors.email = t('booking.emailRule');
  if (!v.matter.trim()) errors.matter = t('booking.matterRule');
  else if (v.matter.trim().length > BOOKING_MATTER_MAX) errors.matter = t('booking.matterLong', { max: BOOKING_MATTER_MAX });
  const n = Number(v.partySize);
  if (!Number.isInteger(n) || n < 1) errors.partySize = t('booking.partyRule');
  else if (n > BOOKING_MAX_PARTY) errors.partySize = t('booking.partyGroup', { max: BOOKING_MAX_PARTY });
  return errors;
}

/** The visitor's key to a booking: its number (YY…) or the phone it was made with, and the code. */
export function bookingKey(who: string, code: string): { number?: string; phone?: string; code: string } {
  const w = who.trim();
  return MOBILE_PATTERN.test(w) ? { phone: w, code: code.trim() } : { number: w.toUpperCase(), code: code.trim() };
}

/** A slot's day and hours as the schedule shows them (2027-01-05 星期二 08:30—12:00). */
export function slotWhen(s: { date: string; startTime: string; endTime: string }, t: Translate): string {
  return t('reception.slot', { date: s.date, weekday: t(`reception.weekdays.d${isoWeekday(s.date)}`), start: s.startTime, end: s.endTime });
}
