import { addDays, chinaDate } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import type { Org } from '../../db/types.js';
import { createTestApp } from '../../test/app.js';
import { buildOrgTree, buildPublishedSlots, loginAs, validIdNumber } from '../../test/factories.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const { app, db } = await createTestApp();
const tree = await buildOrgTree(db);
const desk = await loginAs(app, db, tree.bureau, ['registrar']);
const leader = await loginAs(app, db, tree.county, ['leader']);
const today = chinaDate(new Date());

/** A slot of the body's published plan today at `time` (China). */
async function slotAt(org: Org, time: string) {
  const startsAt = new Date(`${today}T${time}:00+08:00`);
  const endsAt = new Date(startsAt.getTime() + 3 * 3600_000);
  return (await buildPublishedSlots(db, org, desk.userId, [{ startsAt, endsAt, leaderIds: [leader.userId], capacity: 20 }]))[0]!;
}

let bookings = 0;
/** A booking as the portal leaves it (the code's hash is never read here). */
async function bookingOn(slotId: number, org: Org, status: 'booked' | 'cancelled' = 'booked') {
  const n = ++bookings;
  return db
    .insertInto('reception_bookings')
    .values({
      number: `YF-T-${n}`,
      slot_id: slotId,
      org_id: org.id,
      name: `预约人${n}`,
      phone: `1390000${String(1000 + n)}`,
      matter: `预约反映的问题${n}：征地补偿款未发放。`,
      party_size: 1,
      code_hash: 'x',
      status,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
async function walkIn(org: Org, slotId: number | null, name: string) {
  const res = await desk.request({
    method: 'POST',
    url: '/api/reception/visits',
    payload: { orgId: org.id, slotId, name, phone: '13712341234', matter: `${name}反映拖欠工资。`, partySize: 1 },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().visitId as number;
}
async function checkedIn(bookingId: number) {
  const res = await desk.request({ method: 'POST', url: `/api/reception/bookings/${bookingId}/check-in` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().visitId as number;
}

/** A visitor standing for an arrival: name filled from it, identity typed, no phone (the server takes the visit's). */
const from = (arrival: { visitId?: number; bookingId?: number }, name = '来访人') => ({
  name,
  idType: 'id_card',
  idNumber: validIdNumber(7),
  phone: null,
  ...arrival,
});
const record = (slotId: number | null, visitors: Json[]) => ({
  kind: 'leader',
  slotId,
  heldAt: new Date().toISOString(),
  place: slotId ? null : '县信访接待中心',
  leaderIds: [leader.userId],
  visitors,
  raised: '征地补偿款未发放。',
  matters: [
    {
      title: '征地补偿款未发放',
      content: '去年征地的补偿款至今未发放到户。',
      type: 'appeal',
      decision: 'assigned',
      instruction: '请住建局一周内核实并答复。',
      orgId: tree.department.id,
      dueDate: addDays(today, 7),
    },
  ],
});
const save = (payload: Json) => desk.request({ method: 'POST', url: '/api/reception/records', payload });
const arrivals = async (slotId: number) => {
  const res = await desk.request({ method: 'GET', url: `/api/reception/records/arrivals?slotId=${slotId}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Json[];
};
const deskDay = async () =>
  (await desk.request({ method: 'GET', url: `/api/reception/desk?orgId=${tree.county.id}&date=${today}` })).json();
/** Everything a record's save writes, to see a refused one wrote nothing. */
const written = async () => ({
  records: await db.selectFrom('reception_records').select('id').execute(),
  petitions: await db.selectFrom('petitions').select('id').execute(),
  visits: await db.selectFrom('reception_visits').select(['id', 'record_id']).orderBy('id').execute(),
  bookings: await db.selectFrom('reception_bookings').select(['id', 'status']).orderBy('id').execute(),
  events: await db.selectFrom('reception_booking_events').select('id').execute(),
});

describe('a record on a slot receives its bookings and desk visits', () => {
  it('offers the slot’s open arrivals, takes the phone from them, checks a booking in, and the desk sees them recorded', async () => {
    const slotId = await slotAt(tree.county, '08:30');
    const booked = await bookingOn(slotId, tree.county);
    const arrived = await bookingOn(slotId, tree.county);
    const arrivedVisit = await checkedIn(arrived.id);
    await bookingOn(slotId, tree.county, 'cancelled');
    const atSlot = await walkIn(tree.county, slotId, '走访人甲');
    const dayOnly = await walkIn(tree.county, null, '走访人乙');
    await walkIn(tree.department, null, '别的机构的走访人');

    // Cancelled bookings and other bodies' visitors are not offered; phones are masked.
    const offered = await arrivals(slotId);
    expect(offered).toEqual([
      expect.objectContaining({ bookingId: booked.id, visitId: null, number: booked.number, phone: '139****1001', checkedIn: false }),
      expect.objectContaining({ bookingId: arrived.id, visitId: arrivedVisit, checkedIn: true }),
      expect.objectContaining({ bookingId: null, visitId: atSlot, name: '走访人甲', phone: '137****1234' }),
      expect.objectContaining({ bookingId: null, visitId: dayOnly, name: '走访人乙' }),
    ]);

    const res = await save(
      record(slotId, [from({ bookingId: booked.id }, booked.name), from({ visitId: arrivedVisit }), from({ visitId: atSlot })]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const saved = res.json().record;
    // The full phones came from the booking and the visit, for the record and for the petition registered from it.
    const phones = await db
      .selectFrom('reception_visitors')
      .select('phone')
      .where('record_id', '=', saved.id)
      .orderBy('position')
      .execute();
    expect(phones.map((p) => p.phone)).toEqual([booked.phone, arrived.phone, '13712341234']);
    const petitioner = await db
      .selectFrom('petitioners')
      .select(['name', 'phone'])
      .where('petition_id', '=', saved.matters[0].petition.id)
      .where('is_main', '=', true)
      .executeTakeFirstOrThrow();
    expect(petitioner).toEqual({ name: booked.name, phone: booked.phone });

    // The booking not yet checked in was checked in by the record, the desk's way: a visit, its event, the audit entry.
    const { status } = await db.selectFrom('reception_bookings').select('status').where('id', '=', booked.id).executeTakeFirstOrThrow();
    expect(status).toBe('checked_in');
    const visit = await db.selectFrom('reception_visits').selectAll().where('booking_id', '=', booked.id).executeTakeFirstOrThrow();
    expect(visit).toMatchObject({ source: 'booking', visit_date: today, slot_id: slotId, record_id: saved.id });
    const events = await db.selectFrom('reception_booking_events').select('kind').where('booking_id', '=', booked.id).execute();
    expect(events.map((e) => e.kind)).toContain('checked_in');
    const audit = await db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('action', 'in', ['reception.checked_in', 'reception.record_created'])
      .orderBy('seq', 'desc')
      .limit(2)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['reception.record_created', 'reception.checked_in']);
    expect((audit[0]!.after as Json).visitIds).toEqual([visit.id, arrivedVisit, atSlot]);

    // The desk's day shows who is recorded and by which record; the form offers only who is left.
    const day = await deskDay();
    const slot = day.slots.find((s: Json) => s.id === slotId);
    expect(slot.bookings.map((b: Json) => b.recordId)).toEqual([saved.id, saved.id, null]);
    expect(day.walkIns.map((w: Json) => [w.name, w.recordId])).toEqual([
      ['走访人甲', saved.id],
      ['走访人乙', null],
    ]);
    expect((await arrivals(slotId)).map((a) => a.visitId)).toEqual([dayOnly]);
  });
});

describe('refused arrivals leave nothing written', () => {
  it('refuses a recorded visit, a cancelled booking, another slot’s or body’s, and none on a record without a slot', async () => {
    const slotId = await slotAt(tree.county, '14:30');
    const otherSlot = await slotAt(tree.county, '09:00');
    const deptSlot = await slotAt(tree.department, '09:00');
    const booked = await bookingOn(slotId, tree.county);
    const cancelled = await bookingOn(slotId, tree.county, 'cancelled');
    const elsewhere = await bookingOn(otherSlot, tree.county);
    const taken = await walkIn(tree.county, slotId, '已登记的走访人');
    const first = await save(record(slotId, [from({ visitId: taken })]));
    expect(first.statusCode, first.body).toBe(201);
    const otherSlotVisit = await walkIn(tree.county, otherSlot, '另一场次的走访人');
    const deptVisit = await walkIn(tree.department, deptSlot, '住建局的走访人');
    const before = await written();

    // The booking still to check in comes first each time: its check-in is undone with the refusal.
    const refusals: [Json, number, string, string][] = [
      [from({ visitId: taken }), 409, 'reception_visit_recorded', 'visitors.1.visitId'],
      [from({ bookingId: cancelled.id }), 409, 'reception_booking_cancelled', 'visitors.1.bookingId'],
      [from({ bookingId: elsewhere.id }), 400, 'reception_visit_not_of_slot', 'visitors.1.bookingId'],
      [from({ visitId: otherSlotVisit }), 400, 'reception_visit_not_of_slot', 'visitors.1.visitId'],
      [from({ visitId: deptVisit }), 400, 'reception_visit_not_of_slot', 'visitors.1.visitId'],
      [from({ visitId: 999999 }), 400, 'reception_visit_not_of_slot', 'visitors.1.visitId'],
    ];
    for (const [visitor, status, code, path] of refusals) {
      const res = await save(record(slotId, [from({ bookingId: booked.id }), visitor]));
      expect([res.statusCode, res.json().error.code, res.json().error.details.fields[0].path], res.body).toEqual([status, code, path]);
    }
    const en = await desk.request({
      method: 'POST',
      url: '/api/reception/records',
      payload: record(slotId, [from({ visitId: taken })]),
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().error.message).toBe('This visit is already part of another reception record.');
    const noSlot = await save(record(null, [from({ bookingId: booked.id })]));
    expect([noSlot.statusCode, noSlot.json().error.code]).toEqual([400, 'reception_visit_not_of_slot']);
    // One person twice: the same visit, or a booking and its own visit.
    const twice = await save(record(slotId, [from({ visitId: otherSlotVisit }), from({ visitId: otherSlotVisit })]));
    expect([twice.statusCode, twice.json().error.details.fields[0].path]).toEqual([400, 'visitors']);
    const both = await save(record(slotId, [from({ visitId: 1, bookingId: booked.id })]));
    expect([both.statusCode, both.json().error.details.fields[0].path]).toEqual([400, 'visitors.0.bookingId']);
    expect(await written()).toEqual(before);

    const visitOfBooking = await checkedIn(booked.id);
    const same = await save(record(slotId, [from({ bookingId: booked.id }), from({ visitId: visitOfBooking })]));
    expect([same.statusCode, same.json().error.details.fields[0].path]).toEqual([400, 'visitors.1.visitId']);
  });

  it('gives a visit to one of two records saved at once', async () => {
    const slotId = await slotAt(tree.county, '15:00');
    const visitId = await walkIn(tree.county, slotId, '同时登记的走访人');
    const results = await Promise.all([save(record(slotId, [from({ visitId })])), save(record(slotId, [from({ visitId })]))]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });
});
