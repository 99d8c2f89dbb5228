import { BOOKING_MATTER_MAX, BOOKING_MAX_PARTY, BOOKING_STATUSES, MOBILE_PATTERN, RECEPTION_MODES } from '@xinfang/domain';
import { z } from 'zod';
import { dateString, int4Id, int4IdParam, optionalEmail, optionalPhone, requiredText } from '../../shared/validators.js';
import { proofFields } from '../portal/index.js';
import { placeDto, publicSlotDto } from './reception.schema.js';

const mobile = z.string().trim().regex(MOBILE_PATTERN, '请填写 11 位手机号码（预约通知发到这里）');
const partySize = z
  .number()
  .int()
  .min(1, '来访人数至少 1 人')
  .max(BOOKING_MAX_PARTY, `多人来访的，请推选不超过 ${BOOKING_MAX_PARTY} 名代表（《信访工作条例》第十八条）`);
const matter = requiredText(BOOKING_MATTER_MAX, '请简要写明要反映的事项');

export const bookBody = z.strictObject({
  ...proofFields,
  slotId: int4Id,
  name: requiredText(50, '请填写姓名'),
  phone: mobile,
  email: optionalEmail,
  matter,
  partySize,
});
export type BookInput = z.infer<typeof bookBody>;

/** The visitor names the booking by its number, or by the phone it was made with, and proves it with the code. */
const whose = z
  .strictObject({
    number: z.string().trim().toUpperCase().max(20).nullish(),
    phone: mobile.nullish(),
    code: z.string().trim().min(8, '请填写预约码').max(20),
  })
  .refine((v) => Boolean(v.number) || Boolean(v.phone), { path: ['number'], message: '请填写预约号或预约时的手机号码' });
export type BookingKey = z.infer<typeof whose>;
export const findBookingBody = whose;
export const moveBookingBody = z.strictObject({ key: whose, slotId: int4Id });

/** What the visitor sees of a booking: only to the one holding its code (the meeting link of a video slot too). */
export const bookingDto = z.object({
  number: z.string(),
  status: z.enum(BOOKING_STATUSES),
  orgId: z.number(),
  orgName: z.string(),
  slot: publicSlotDto,
  place: placeDto.nullable(),
  meetingUrl: z.string().nullable(),
  partySize: z.number(),
  matter: z.string(),
});
export type BookingDto = z.infer<typeof bookingDto>;

export const deskQuery = z.strictObject({ orgId: int4IdParam, date: dateString });
export const walkInBody = z.strictObject({
  orgId: int4Id,
  slotId: int4Id.nullish().transform((v) => v ?? null),
  name: requiredText(50, '请填写来访人姓名'),
  phone: optionalPhone,
  matter,
  // A group at the desk is counted as it came; its representatives speak (条例 Art. 18).
  partySize: z.number().int().min(1).max(500),
});
export const counselBody = z.strictObject({ counsel: z.string().trim().max(200) });
export const revealBody = z.strictObject({ reason: z.string().trim().min(2, '请填写查看原因').max(500) });

const deskBookingDto = z.object({
  id: z.number(),
  number: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  matter: z.string(),
  partySize: z.number(),
  status: z.enum(BOOKING_STATUSES),
  /** The visit recorded at check-in (what a reception record links to). */
  visitId: z.number().nullable(),
  /** The reception record that received the visit, once recorded. */
  recordId: z.number().nullable(),
});
export const visitDto = z.object({
  id: z.number(),
  slotId: z.number().nullable(),
  name: z.string(),
  phone: z.string().nullable(),
  matter: z.string(),
  partySize: z.number(),
  arrivedAt: z.string(),
  /** The reception record that received the visit, once recorded. */
  recordId: z.number().nullable(),
});
export const deskDayDto = z.object({
  orgId: z.number(),
  orgName: z.string(),
  date: z.string(),
  slots: z.array(
    z.object({
      id: z.number(),
      startTime: z.string(),
      endTime: z.string(),
      placeName: z.string(),
      mode: z.enum(RECEPTION_MODES),
      capacity: z.number(),
      leaders: z.array(z.string()),
      counsel: z.string(),
      bookings: z.array(deskBookingDto),
    }),
  ),
  walkIns: z.array(visitDto),
});
