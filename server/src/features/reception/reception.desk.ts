import { chinaDate, chinaInstant, chinaTimeOfDay, endOfChinaDay } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { maskPhone } from '../../shared/identity.js';
import { bookingsRepository as repo } from './reception.bookings.repository.js';
import { receptionRepository } from './reception.repository.js';
import { receptionBody } from './reception.service.js';

type Booking = NonNullable<Awaited<ReturnType<typeof repo.byId>>>;

/**
 * A booked visitor came on `visitDate`: a visit row, the booking used, its event and the audit entry. The one way a
 * booking is checked in, at the desk or by the reception record that receives the visitor; the caller checks it may.
 */
export async function checkInBooking(trx: Executor, actor: Actor, b: Booking, visitDate: string) {
  const visit = await repo.insertVisit(trx, {
    org_id: b.org_id,
    visit_date: visitDate,
    slot_id: b.slot_id,
    booking_id: b.id,
    source: 'booking',
    name: b.name,
    phone: b.phone,
    matter: b.matter,
    party_size: b.party_size,
    recorded_by: actor.userId,
  });
  await repo.update(trx, b.id, { status: 'checked_in' });
  await repo.event(trx, b.id, 'checked_in', { visitId: visit.id }, actor.userId);
  await auditService.record(trx, actor, {
    action: 'reception.checked_in',
    objectType: 'reception_visit',
    objectId: visit.id,
    orgId: b.org_id,
    after: { bookingId: b.id, number: b.number, slotId: b.slot_id },
  });
  return visit;
}

/**
 * The reception desk (接待窗口): a body's day of receptions with the bookings of each slot, walk-ins, check-in and
 * the lawyer or counsellor on duty. Everyone who came is a row of reception_visits, booked or walking in: the record
 * a reception links to. Phones are masked; opening one needs a reason and is audited.
 */
export function createReceptionDeskService({ db }: { db: Database }) {
  async function bookingInReach(trx: Executor, actor: Actor, id: number) {
    const b = await repo.byId(trx, id);
    if (!b) throw new AppError('not_found');
    await receptionBody(trx, actor, b.org_id);
    return b;
  }

  return {
    async day(actor: Actor, orgId: number, date: string) {
      const { org } = await receptionBody(db, actor, orgId);
      const slots = await repo.daySlots(db, org.id, chinaInstant(date, '00:00'), endOfChinaDay(date));
      const [bookings, walkIns, names] = await Promise.all([
        repo.bookingsOf(
          db,
          slots.map((s) => s.id),
        ),
        repo.walkIns(db, org.id, date),
        receptionRepository.userNames(db, [...new Set(slots.flatMap((s) => s.leader_ids))]),
      ]);
      const nameOf = new Map(names.map((u) => [u.id, u.display_name]));
      return {
        orgId: org.id,
        orgName: org.name,
        date,
        slots: slots.map((s) => ({
          id: s.id,
          startTime: chinaTimeOfDay(s.starts_at),
          endTime: chinaTimeOfDay(s.ends_at),
          placeName: s.place_name,
          mode: s.mode,
          capacity: s.capacity,
          leaders: s.leader_ids.map((id) => nameOf.get(id) ?? ''),
          counsel: s.counsel ?? '',
          bookings: bookings
            .filter((b) => b.slot_id === s.id)
            .map((b) => ({
              id: b.id,
              number: b.number,
              name: b.name,
              phone: maskPhone(b.phone),
              matter: b.matter,
              partySize: b.party_size,
              status: b.status,
              visitId: b.visit_id,
              recordId: b.record_id,
            })),
        })),
        walkIns: walkIns.map((v) => ({
          id: v.id,
          slotId: v.slot_id,
          name: v.name,
          phone: maskPhone(v.phone),
          matter: v.matter,
          partySize: v.party_size,
          arrivedAt: v.arrived_at.toISOString(),
          recordId: v.record_id,
        })),
      };
    },

    /** Checks a booked visitor in on the day: the booking is used and a visit recorded. */
    async checkIn(actor: Actor, bookingId: number, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const b = await bookingInReach(trx, actor, bookingId);
        if (b.status !== 'booked') throw new AppError('reception_booking_closed');
        const slot = await repo.slotOrg(trx, b.slot_id);
        if (!slot || chinaDate(slot.starts_at) !== chinaDate(now)) throw new AppError('reception_booking_not_today');
        const visit = await checkInBooking(trx, actor, b, chinaDate(now));
        return { visitId: visit.id };
      });
    },

    /** Marks a booked visitor who did not come, once the reception has begun. */
    async noShow(actor: Actor, bookingId: number, now = new Date()) {
      await db.transaction().execute(async (trx) => {
        const b = await bookingInReach(trx, actor, bookingId);
        const slot = await repo.slotOrg(trx, b.slot_id);
        if (b.status !== 'booked' || !slot || slot.starts_at > now) throw new AppError('reception_booking_closed');
        await repo.update(trx, b.id, { status: 'no_show' });
        await repo.event(trx, b.id, 'no_show', {}, actor.userId);
        await auditService.record(trx, actor, {
          action: 'reception.no_show',
          objectType: 'reception_booking',
          objectId: b.id,
          orgId: b.org_id,
          after: { number: b.number },
        });
      });
    },

    /** A visitor who walked in (走访): recorded at the desk, in a slot of the body's day or none. */
    async walkIn(
      actor: Actor,
      input: { orgId: number; slotId: number | null; name: string; phone: string | null; matter: string; partySize: number },
      now = new Date(),
    ) {
      return db.transaction().execute(async (trx) => {
        const { org } = await receptionBody(trx, actor, input.orgId);
        if (input.slotId !== null) {
          const slot = await repo.slotOrg(trx, input.slotId);
          if (!slot || slot.org_id !== org.id || chinaDate(slot.starts_at) !== chinaDate(now))
            throw new AppError('validation_failed', { fields: [{ path: 'slotId', message: '不是本机构今天的接访安排' }] });
        }
        const visit = await repo.insertVisit(trx, {
          org_id: org.id,
          visit_date: chinaDate(now),
          slot_id: input.slotId,
          booking_id: null,
          source: 'walk_in',
          name: input.name,
          phone: input.phone,
          matter: input.matter,
          party_size: input.partySize,
          recorded_by: actor.userId,
        });
        await auditService.record(trx, actor, {
          action: 'reception.walk_in',
          objectType: 'reception_visit',
          objectId: visit.id,
          orgId: org.id,
          after: { slotId: input.slotId, partySize: input.partySize, phone: maskPhone(input.phone) },
        });
        return { visitId: visit.id };
      });
    },

    /** 律师参与接访: who (name and firm) is on duty at a slot, free text. */
    async setCounsel(actor: Actor, slotId: number, counsel: string) {
      await db.transaction().execute(async (trx) => {
        const slot = await repo.slotOrg(trx, slotId);
        if (!slot) throw new AppError('reception_slot_not_found');
        await receptionBody(trx, actor, slot.org_id);
        await repo.setCounsel(trx, slotId, counsel, actor.userId);
        await auditService.record(trx, actor, {
          action: 'reception.counsel_set',
          objectType: 'reception_slot',
          objectId: slotId,
          orgId: slot.org_id,
          after: { counsel },
        });
      });
    },

    /** A booked visitor's phone in full, for a stated reason: recorded on the booking and in the audit trail. */
    async bookingPhone(actor: Actor, bookingId: number, reason: string) {
      return db.transaction().execute(async (trx) => {
        const b = await bookingInReach(trx, actor, bookingId);
        await repo.event(trx, b.id, 'phone_viewed', { reason }, actor.userId);
        await auditService.record(trx, actor, {
          action: 'reception.personal_data_viewed',
          objectType: 'reception_booking',
          objectId: b.id,
          orgId: b.org_id,
          after: { reason },
        });
        return { phone: b.phone };
      });
    },

    /** A walk-in's phone in full, for a stated reason, audited. */
    async visitPhone(actor: Actor, visitId: number, reason: string) {
      return db.transaction().execute(async (trx) => {
        const v = await repo.visit(trx, visitId);
        if (!v) throw new AppError('reception_visit_not_found');
        await receptionBody(trx, actor, v.org_id);
        await auditService.record(trx, actor, {
          action: 'reception.personal_data_viewed',
          objectType: 'reception_visit',
          objectId: v.id,
          orgId: v.org_id,
          after: { reason },
        });
        return { phone: v.phone };
      });
    },
  };
}
export type ReceptionDeskService = ReturnType<typeof createReceptionDeskService>;
