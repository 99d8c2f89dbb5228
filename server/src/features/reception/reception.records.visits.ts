import { chinaDate } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import type { Executor } from '../../db/database.js';
import { AppError, type ErrorCode, fieldError } from '../../errors.js';
import { maskPhone } from '../../shared/identity.js';
import { bookingsRepository as repo } from './reception.bookings.repository.js';
import { checkInBooking } from './reception.desk.js';
import { receptionRecordsRepository } from './reception.records.repository.js';
import type { RecordVisitorInput } from './reception.records.schema.js';
import { receptionBody } from './reception.service.js';

/**
 * Who a reception on a slot received, from the desk: the slot's bookings (checked in or not) and the walk-ins of the
 * slot or of its body's day. A record takes each visit once; a booking not yet checked in is checked in by the
 * record, the desk's own way. The visitor's phone comes from the visit, never from the client, which sees it masked.
 */

type Slot = NonNullable<Awaited<ReturnType<typeof receptionRecordsRepository.publishedSlot>>>;

const refuse = (code: ErrorCode, i: number, field: 'visitId' | 'bookingId', message: string) =>
  new AppError(code, { fields: [{ path: `visitors.${i}.${field}`, message }] });

/** A published slot's arrivals not yet recorded, phones masked: what the record form offers as visitors. */
export async function slotArrivals(db: Executor, actor: Actor, slotId: number) {
  const slot = await receptionRecordsRepository.publishedSlot(db, slotId);
  if (!slot) throw new AppError('reception_slot_not_found');
  await receptionBody(db, actor, slot.org_id, 'slotId');
  const [bookings, walkIns] = await Promise.all([
    repo.bookingsOf(db, [slot.id]),
    repo.openWalkIns(db, slot.id, slot.org_id, chinaDate(slot.starts_at)),
  ]);
  // Still to be received by a record: booked or checked in, their visit not yet recorded.
  const open = bookings.filter((b) => (b.status === 'booked' || b.status === 'checked_in') && b.record_id === null);
  return [
    ...open.map((b) => ({
      visitId: b.visit_id,
      bookingId: b.id,
      number: b.number,
      name: b.name,
      phone: maskPhone(b.phone),
      matter: b.matter,
      partySize: b.party_size,
      checkedIn: b.status === 'checked_in',
    })),
    ...walkIns.map((v) => ({
      visitId: v.id,
      bookingId: null,
      number: null,
      name: v.name,
      phone: maskPhone(v.phone),
      matter: v.matter,
      partySize: v.party_size,
      checkedIn: true,
    })),
  ];
}

/** The visit a booking chosen on the record stands for: its check-in's, or a new one (checked in on the slot's day). */
async function visitOfBooking(trx: Executor, actor: Actor, slot: Slot, bookingId: number, i: number) {
  const b = await repo.byId(trx, bookingId);
  if (!b || b.slot_id !== slot.id) throw refuse('reception_visit_not_of_slot', i, 'bookingId', '该预约不属于本次接访安排');
  if (b.status === 'cancelled') throw refuse('reception_booking_cancelled', i, 'bookingId', '该预约已取消');
  if (b.status === 'booked') return checkInBooking(trx, actor, b, chinaDate(slot.starts_at));
  const visit = b.status === 'checked_in' ? await repo.lockVisitOfBooking(trx, b.id) : undefined;
  if (!visit) throw refuse('reception_booking_closed', i, 'bookingId', '该预约已标记为未到');
  return visit;
}

/**
 * The record's visitors with the visits they stand for: each refused when not of the slot's body and slot (or its
 * day without a slot), already recorded, or a cancelled booking. Called inside the record's transaction, before it is
 * written: a refusal leaves nothing, not even a check-in.
 */
export async function receiveArrivals(trx: Executor, actor: Actor, slot: Slot | undefined, visitors: RecordVisitorInput[]) {
  const visitIds: number[] = [];
  if (!visitors.some((v) => v.visitId || v.bookingId)) return { visitors, visitIds };
  if (slot) await receptionBody(trx, actor, slot.org_id, 'slotId');
  const received = [];
  for (const [i, v] of visitors.entries()) {
    const field = v.visitId ? 'visitId' : 'bookingId';
    if (!v.visitId && !v.bookingId) {
      received.push(v);
      continue;
    }
    if (!slot) throw refuse('reception_visit_not_of_slot', i, field, '只有按接访安排登记的记录才能选择预约或来访登记');
    const visit = v.visitId ? await repo.lockVisit(trx, v.visitId) : await visitOfBooking(trx, actor, slot, v.bookingId!, i);
    const onSlot = visit && (visit.slot_id === slot.id || (visit.slot_id === null && visit.visit_date === chinaDate(slot.starts_at)));
    if (!visit || visit.org_id !== slot.org_id || !onSlot)
      throw refuse('reception_visit_not_of_slot', i, field, '该来访登记不属于本次接访安排');
    if (visit.record_id !== null) throw refuse('reception_visit_recorded', i, field, '该来访已登记在另一条接访记录中');
    // A booking and its own visit chosen for two visitors are one person.
    if (visitIds.includes(visit.id)) throw fieldError(`visitors.${i}.${field}`, '同一来访登记或预约只能对应一名来访人');
    visitIds.push(visit.id);
    received.push({ ...v, phone: v.phone ?? visit.phone });
  }
  return { visitors: received, visitIds };
}

/** The visits taken by the record, marked with it (same transaction as the record). */
export const linkArrivals = (trx: Executor, recordId: number, visitIds: number[]) => repo.recordVisits(trx, visitIds, recordId);
