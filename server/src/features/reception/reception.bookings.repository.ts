import type { BookingEventKind } from '@xinfang/domain';
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/types.js';

/** 约访 bookings, their events, the desk's visits and counsellors on duty. */
export const bookingsRepository = {
  /** A slot row locked for the booking at hand (bookings of one slot queue here), with its body and the plan's version. */
  lockedSlot(db: Executor, id: number) {
    return db
      .selectFrom('reception_slots as s')
      .innerJoin('reception_plans as p', 'p.id', 's.plan_id')
      .select(['s.id', 's.plan_id', 's.starts_at', 's.ends_at', 's.meeting_url', 's.removed_at', 'p.org_id', 'p.version'])
      .where('s.id', '=', id)
      .forUpdate('s')
      .executeTakeFirst();
  },
  /** The slots of a plan as its latest version published them. */
  async publishedSlots(db: Executor, planId: number, version: number): Promise<unknown> {
    const v = await db
      .selectFrom('reception_plan_versions')
      .select('slots')
      .where('plan_id', '=', planId)
      .where('version', '=', version)
      .executeTakeFirst();
    return v?.slots ?? [];
  },
  /** A place even when retired: a published slot still shows where it is. */
  place(db: Executor, id: number) {
    return db.selectFrom('reception_places').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Live bookings (not cancelled) per slot: what a slot's free places are counted from. */
  async taken(db: Executor, slotIds: number[]): Promise<Map<number, number>> {
    if (slotIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('reception_bookings')
      .select(['slot_id', sql<number>`count(*)::int`.as('n')])
      .where('slot_id', 'in', slotIds)
      .where('status', '<>', 'cancelled')
      .groupBy('slot_id')
      .execute();
    return new Map(rows.map((r) => [r.slot_id, r.n]));
  },
  liveOfPhone(db: Executor, slotId: number, phone: string) {
    return db
      .selectFrom('reception_bookings')
      .select('id')
      .where('slot_id', '=', slotId)
      .where('phone', '=', phone)
      .where('status', '<>', 'cancelled')
      .executeTakeFirst();
  },

  insert(db: Executor, row: Insertable<DB['reception_bookings']>) {
    return db.insertInto('reception_bookings').values(row).returningAll().executeTakeFirstOrThrow();
  },
  update(db: Executor, id: number, row: Updateable<DB['reception_bookings']>) {
    return db
      .updateTable('reception_bookings')
      .set({ ...row, updated_at: sql`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },
  async event(db: Executor, bookingId: number, kind: BookingEventKind, payload: object, actorId: number | null = null) {
    await db
      .insertInto('reception_booking_events')
      .values({ booking_id: bookingId, kind, payload: JSON.stringify(payload), actor_id: actorId })
      .execute();
  },
  events(db: Executor, bookingId: number) {
    return db.selectFrom('reception_booking_events').selectAll().where('booking_id', '=', bookingId).orderBy('id').execute();
  },

  byNumber(db: Executor, number: string) {
    return db.selectFrom('reception_bookings').selectAll().where('number', '=', number).forUpdate().execute();
  },
  /** A phone's bookings that may still be changed (the visitor gives phone + code instead of the number). */
  openOfPhone(db: Executor, phone: string) {
    return db.selectFrom('reception_bookings').selectAll().where('phone', '=', phone).where('status', '=', 'booked').forUpdate().execute();
  },
  byId(db: Executor, id: number) {
    return db.selectFrom('reception_bookings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  /**
   * Booked (not yet cancelled, checked in or missed) bookings whose slot starts in [from, to) and that have not been
   * reminded of that slot yet: the hourly job then has nothing to lock or read again once the day's reminders are out.
   */
  bookedUnremindedStarting(db: Executor, from: Date, to: Date) {
    return db
      .selectFrom('reception_bookings as b')
      .innerJoin('reception_slots as s', 's.id', 'b.slot_id')
      .select(['b.id'])
      .where('b.status', '=', 'booked')
      .where('s.removed_at', 'is', null)
      .where('s.starts_at', '>=', from)
      .where('s.starts_at', '<', to)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('reception_booking_events as e')
              .select(sql.lit(1).as('one'))
              .whereRef('e.booking_id', '=', 'b.id')
              .where('e.kind', '=', 'reminded')
              .where(sql<boolean>`(e.payload->>'slotId')::bigint = b.slot_id`),
          ),
        ),
      )
      .orderBy('b.id')
      .execute();
  },
  /** The changes a version published, oldest first. */
  changesOf(db: Executor, planId: number, version: number) {
    return db
      .selectFrom('reception_plan_changes')
      .select(['id', 'slot_id', 'kind', 'after', 'reason'])
      .where('plan_id', '=', planId)
      .where('published_version', '=', version)
      .orderBy('id')
      .execute();
  },
  bookedOn(db: Executor, slotIds: number[]) {
    if (slotIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('reception_bookings')
      .selectAll()
      .where('slot_id', 'in', slotIds)
      .where('status', '=', 'booked')
      .orderBy('id')
      .execute();
  },

  /** The reception desk's day: a body's slots starting in [from, to), whatever their plan's state. */
  daySlots(db: Executor, orgId: number, from: Date, to: Date) {
    return db
      .selectFrom('reception_slots as s')
      .innerJoin('reception_plans as p', 'p.id', 's.plan_id')
      .innerJoin('reception_places as pl', 'pl.id', 's.place_id')
      .leftJoin('reception_slot_counsel as c', 'c.slot_id', 's.id')
      .select(['s.id', 's.starts_at', 's.ends_at', 's.mode', 's.capacity', 's.leader_ids', 'pl.name as place_name', 'c.counsel'])
      .where('p.org_id', '=', orgId)
      .where('s.removed_at', 'is', null)
      .where('s.starts_at', '>=', from)
      .where('s.starts_at', '<', to)
      .orderBy('s.starts_at')
      .orderBy('s.id')
      .execute();
  },
  bookingsOf(db: Executor, slotIds: number[]) {
    if (slotIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('reception_bookings as b')
      .leftJoin('reception_visits as v', 'v.booking_id', 'b.id')
      .select([
        'b.id',
        'b.slot_id',
        'b.number',
        'b.name',
        'b.phone',
        'b.matter',
        'b.party_size',
        'b.status',
        'v.id as visit_id',
        'v.record_id',
      ])
      .where('b.slot_id', 'in', slotIds)
      .orderBy('b.id')
      .execute();
  },
  walkIns(db: Executor, orgId: number, date: string) {
    return db
      .selectFrom('reception_visits')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('visit_date', '=', date)
      .where('source', '=', 'walk_in')
      .orderBy('id')
      .execute();
  },
  insertVisit(db: Executor, row: Insertable<DB['reception_visits']>) {
    return db.insertInto('reception_visits').values(row).returningAll().executeTakeFirstOrThrow();
  },
  visit(db: Executor, id: number) {
    return db.selectFrom('reception_visits').selectAll().where('id', '=', id).executeTakeFirst();
  },
  slotOrg(db: Executor, slotId: number) {
    return db
      .selectFrom('reception_slots as s')
      .innerJoin('reception_plans as p', 'p.id', 's.plan_id')
      .select(['s.id', 's.starts_at', 'p.org_id'])
      .where('s.id', '=', slotId)
      .where('s.removed_at', 'is', null)
      .executeTakeFirst();
  },
  async setCounsel(db: Executor, slotId: number, counsel: string, userId: number) {
    await db
      .insertInto('reception_slot_counsel')
      .values({ slot_id: slotId, counsel, updated_by: userId })
      .onConflict((oc) => oc.column('slot_id').doUpdateSet({ counsel, updated_by: userId, updated_at: sql`now()` }))
      .execute();
  },
  /** A visit locked while a record takes it: of two records racing for one visit, the second sees it taken. */
  lockVisit(db: Executor, id: number) {
    return db.selectFrom('reception_visits').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },
  lockVisitOfBooking(db: Executor, bookingId: number) {
    return db.selectFrom('reception_visits').selectAll().where('booking_id', '=', bookingId).forUpdate().executeTakeFirst();
  },
  /** Walk-ins not yet recorded of the slot, or of its body's day without a slot. */
  openWalkIns(db: Executor, slotId: number, orgId: number, day: string) {
    return db
      .selectFrom('reception_visits')
      .selectAll()
      .where('source', '=', 'walk_in')
      .where('record_id', 'is', null)
      .where('org_id', '=', orgId)
      .where((eb) => eb.or([eb('slot_id', '=', slotId), eb.and([eb('slot_id', 'is', null), eb('visit_date', '=', day)])]))
      .orderBy('id')
      .execute();
  },
  async recordVisits(db: Executor, ids: number[], recordId: number) {
    if (ids.length === 0) return;
    await db.updateTable('reception_visits').set({ record_id: recordId }).where('id', 'in', ids).execute();
  },
};
