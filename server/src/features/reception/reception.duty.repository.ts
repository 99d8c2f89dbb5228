import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/types.js';

/** 值班 / 值日: all SQL of the duty rosters. */
export const dutyRepository = {
  settings(db: Executor, orgId: number) {
    return db.selectFrom('duty_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
  },
  saveSettings(db: Executor, row: Insertable<DB['duty_settings']>) {
    const { org_id: _org, ...changes } = row;
    return db
      .insertInto('duty_settings')
      .values(row)
      .onConflict((oc) => oc.column('org_id').doUpdateSet({ ...changes, updated_at: sql`now()` }))
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** The active staff of a body, by id. */
  people(db: Executor, orgId: number) {
    return db
      .selectFrom('users')
      .select(['id', 'display_name', 'roles'])
      .where('org_id', '=', orgId)
      .where('active', '=', true)
      .orderBy('id')
      .execute();
  },

  /** The active shifts of a body, or of a person at any body, over a span of China days, with the names of those on duty. */
  shifts(db: Executor, of: { orgId: number } | { userId: number }, from: string, to: string) {
    return db
      .selectFrom('duty_shifts as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .selectAll('s')
      .select('u.display_name')
      .where('orgId' in of ? 's.org_id' : 's.user_id', '=', 'orgId' in of ? of.orgId : of.userId)
      .where('s.removed_at', 'is', null)
      .where('s.duty_date', '>=', from)
      .where('s.duty_date', '<=', to)
      .orderBy('s.starts_at')
      .orderBy(sql`array_position(array['leader','manager','officer'], s.role)`)
      .orderBy('s.id')
      .execute();
  },
  shift(db: Executor, id: number) {
    return db.selectFrom('duty_shifts').selectAll().where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
  },
  /** Each person's last duty day before a day, for the rotation to continue. */
  async lastOnDuty(db: Executor, orgId: number, before: string) {
    const rows = await db
      .selectFrom('duty_shifts')
      .select(['user_id', sql<string>`max(duty_date)::text`.as('last')])
      .where('org_id', '=', orgId)
      .where('removed_at', 'is', null)
      .where('duty_date', '<', before)
      .groupBy('user_id')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.user_id, r.last]));
  },
  insertShifts(db: Executor, rows: Insertable<DB['duty_shifts']>[]) {
    if (rows.length === 0) return Promise.resolve([]);
    return db.insertInto('duty_shifts').values(rows).returningAll().execute();
  },
  /** Retires the active shifts of a body within a span of days; returns how many. */
  async retireShifts(db: Executor, orgId: number, from: string, to: string) {
    const rows = await db
      .updateTable('duty_shifts')
      .set({ removed_at: sql`now()` })
      .where('org_id', '=', orgId)
      .where('removed_at', 'is', null)
      .where('duty_date', '>=', from)
      .where('duty_date', '<=', to)
      .returning('id')
      .execute();
    return rows.length;
  },
  async retireShift(db: Executor, id: number) {
    await db
      .updateTable('duty_shifts')
      .set({ removed_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  },

  insertSwap(db: Executor, row: Insertable<DB['duty_swaps']>) {
    return db.insertInto('duty_swaps').values(row).returningAll().executeTakeFirstOrThrow();
  },
  swapForUpdate(db: Executor, id: number) {
    return db.selectFrom('duty_swaps').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },
  updateSwap(db: Executor, id: number, row: Updateable<DB['duty_swaps']>) {
    return db
      .updateTable('duty_swaps')
      .set({ ...row, updated_at: sql`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },
  /** A body's swaps (or the one with this id), newest first, with the shifts' times and the people's names. */
  swaps(db: Executor, orgId: number, id?: number) {
    let q = db
      .selectFrom('duty_swaps as w')
      .innerJoin('duty_shifts as s', 's.id', 'w.shift_id')
      .leftJoin('duty_shifts as c', 'c.id', 'w.counter_shift_id')
      .innerJoin('users as r', 'r.id', 'w.requester_id')
      .innerJoin('users as g', 'g.id', 'w.colleague_id')
      .leftJoin('users as d', 'd.id', 'w.decided_by')
      .selectAll('w')
      .select([
        's.duty_date as shift_date',
        's.role as shift_role',
        'c.duty_date as counter_date',
        'r.display_name as requester_name',
        'g.display_name as colleague_name',
        'd.display_name as decider_name',
      ])
      .where('w.org_id', '=', orgId);
    if (id !== undefined) q = q.where('w.id', '=', id);
    return q.orderBy('w.id', 'desc').execute();
  },
  /** A swap not yet decided on one of these shifts. */
  pendingSwapOn(db: Executor, shiftIds: number[]) {
    return db
      .selectFrom('duty_swaps')
      .select('id')
      .where('state', 'in', ['requested', 'accepted'])
      .where((eb) => eb.or([eb('shift_id', 'in', shiftIds), eb('counter_shift_id', 'in', shiftIds)]))
      .executeTakeFirst();
  },

  async insertEvent(db: Executor, row: Insertable<DB['duty_events']>) {
    await db.insertInto('duty_events').values(row).execute();
  },

  /** A leader's reception slots in published plans over a span of days, with the body and place. */
  leaderSlots(db: Executor, userId: number, from: Date, to: Date) {
    return db
      .selectFrom('reception_slots as s')
      .innerJoin('reception_plans as p', 'p.id', 's.plan_id')
      .innerJoin('orgs as o', 'o.id', 'p.org_id')
      .innerJoin('reception_places as pl', 'pl.id', 's.place_id')
      .select(['s.id', 's.starts_at', 's.ends_at', 's.mode', 'o.name as org_name', 'pl.name as place_name'])
      .where('p.version', '>', 0)
      .where('s.removed_at', 'is', null)
      .where(sql<boolean>`${userId} = any(s.leader_ids)`)
      .where('s.starts_at', '>=', from)
      .where('s.starts_at', '<', to)
      .orderBy('s.starts_at')
      .execute();
  },

  /**
   * 本班次登记: matters registered at a body during a desk officer's shift and not yet routed (still `registered`),
   * with that officer: those of one officer, or the officers of one matter.
   */
  shiftOwnership(db: Executor, by: { userId: number } | { petitionId: number }) {
    let q = db
      .selectFrom('petitions as p')
      .innerJoin('duty_shifts as s', (j) =>
        j
          .onRef('s.org_id', '=', 'p.org_id')
          .on('s.role', '=', 'officer')
          .on('s.removed_at', 'is', null)
          .onRef('s.starts_at', '<=', 'p.created_at')
          .onRef('s.ends_at', '>', 'p.created_at'),
      )
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select(['p.id', 'p.number', 'p.title', 'p.status', 'p.created_at', 's.id as shift_id', 's.starts_at', 's.ends_at'])
      .select(['u.id as owner_id', 'u.display_name as owner_name'])
      .where('p.status', '=', 'registered')
      .where('p.merged_into_id', 'is', null);
    q = 'userId' in by ? q.where('s.user_id', '=', by.userId) : q.where('p.id', '=', by.petitionId);
    return q.orderBy('p.created_at').orderBy('p.id').orderBy('u.id').execute();
  },
};
