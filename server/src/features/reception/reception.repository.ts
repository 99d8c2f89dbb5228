import type { ReceptionLevel, Role } from '@xinfang/domain';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/types.js';
import type { Insertable, Updateable } from 'kysely';

export const receptionRepository = {
  rules(db: Executor) {
    return db.selectFrom('reception_rules').selectAll().orderBy('level').execute();
  },
  rule(db: Executor, level: ReceptionLevel) {
    return db.selectFrom('reception_rules').selectAll().where('level', '=', level).executeTakeFirstOrThrow();
  },
  updateRule(db: Executor, level: ReceptionLevel, row: Updateable<DB['reception_rules']>) {
    return db
      .updateTable('reception_rules')
      .set({ ...row, updated_at: sql`now()` })
      .where('level', '=', level)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** A body's places and those of the bodies above it (a county's reception hall serves its departments too). */
  placesFor(db: Executor, orgPath: string) {
    return db
      .selectFrom('reception_places as p')
      .innerJoin('orgs as o', 'o.id', 'p.org_id')
      .selectAll('p')
      .where(sql<boolean>`${orgPath} like o.path || '%'`)
      .where('p.removed_at', 'is', null)
      .orderBy('o.depth', 'desc')
      .orderBy('p.id')
      .execute();
  },
  place(db: Executor, id: number) {
    return db.selectFrom('reception_places').selectAll().where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
  },
  insertPlace(db: Executor, row: Insertable<DB['reception_places']>) {
    return db.insertInto('reception_places').values(row).returningAll().executeTakeFirstOrThrow();
  },
  updatePlace(db: Executor, id: number, row: Updateable<DB['reception_places']>) {
    return db.updateTable('reception_places').set(row).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  },

  /** The active users of a body holding one of the roles, by id (the rotation's order). */
  leaders(db: Executor, orgId: number, roles: Role[]) {
    return db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('org_id', '=', orgId)
      .where('active', '=', true)
      .where(sql<boolean>`roles && ${roles}::text[]`)
      .orderBy('id')
      .execute();
  },
  userNames(db: Executor, ids: number[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('users').select(['id', 'display_name', 'org_id']).where('id', 'in', ids).execute();
  },

  unavailability(db: Executor, userIds: number[], from: string, to: string) {
    if (userIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('leader_unavailability as u')
      .innerJoin('users', 'users.id', 'u.user_id')
      .select(['u.id', 'u.user_id', 'u.from_date', 'u.to_date', 'u.kind', 'u.note', 'users.display_name'])
      .where('u.user_id', 'in', userIds)
      .where('u.removed_at', 'is', null)
      .where('u.to_date', '>=', from)
      .where('u.from_date', '<=', to)
      .orderBy('u.from_date')
      .orderBy('u.id')
      .execute();
  },
  insertUnavailability(db: Executor, row: Insertable<DB['leader_unavailability']>) {
    return db.insertInto('leader_unavailability').values(row).returningAll().executeTakeFirstOrThrow();
  },
  findUnavailability(db: Executor, id: number) {
    return db.selectFrom('leader_unavailability').selectAll().where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
  },
  async removeUnavailability(db: Executor, id: number) {
    await db
      .updateTable('leader_unavailability')
      .set({ removed_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  },

  /** The plan of a body's quarter, locked for the change at hand when asked. */
  plan(db: Executor, orgId: number, year: number, quarter: number) {
    return db
      .selectFrom('reception_plans')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('year', '=', year)
      .where('quarter', '=', quarter)
      .executeTakeFirst();
  },
  planForUpdate(db: Executor, id: number) {
    return db.selectFrom('reception_plans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },
  insertPlan(db: Executor, row: Insertable<DB['reception_plans']>) {
    return db
      .insertInto('reception_plans')
      .values(row)
      .onConflict((oc) => oc.columns(['org_id', 'year', 'quarter']).doNothing())
      .returningAll()
      .executeTakeFirst();
  },
  async setPlanVersion(db: Executor, id: number, version: number) {
    await db.updateTable('reception_plans').set({ version }).where('id', '=', id).execute();
  },

  slots(db: Executor, planId: number) {
    return db
      .selectFrom('reception_slots')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('removed_at', 'is', null)
      .orderBy('starts_at')
      .orderBy('id')
      .execute();
  },
  slot(db: Executor, id: number) {
    return db.selectFrom('reception_slots').selectAll().where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
  },
  insertSlots(db: Executor, rows: Insertable<DB['reception_slots']>[]) {
    if (rows.length === 0) return Promise.resolve([]);
    return db.insertInto('reception_slots').values(rows).returningAll().execute();
  },
  updateSlot(db: Executor, id: number, row: Updateable<DB['reception_slots']>) {
    return db.updateTable('reception_slots').set(row).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  },
  async retireSlots(db: Executor, ids: number[]) {
    if (ids.length === 0) return;
    await db
      .updateTable('reception_slots')
      .set({ removed_at: sql`now()` })
      .where('id', 'in', ids)
      .execute();
  },
  /** Another slot of the same leaders whose time meets this one's, in any plan. */
  overlapping(db: Executor, leaderIds: number[], startsAt: Date, endsAt: Date, exceptId: number | null) {
    let q = db
      .selectFrom('reception_slots')
      .select(['id', 'starts_at', 'leader_ids'])
      .where('removed_at', 'is', null)
      .where(sql<boolean>`leader_ids && ${leaderIds}::integer[]`)
      .where('starts_at', '<', endsAt)
      .where('ends_at', '>', startsAt);
    if (exceptId !== null) q = q.where('id', '<>', exceptId);
    return q.executeTakeFirst();
  },

  insertVersion(db: Executor, row: Insertable<DB['reception_plan_versions']>) {
    return db.insertInto('reception_plan_versions').values(row).returningAll().executeTakeFirstOrThrow();
  },
  latestVersion(db: Executor, planId: number) {
    return db.selectFrom('reception_plan_versions').selectAll().where('plan_id', '=', planId).orderBy('version', 'desc').executeTakeFirst();
  },

  insertChange(db: Executor, row: Insertable<DB['reception_plan_changes']>) {
    return db.insertInto('reception_plan_changes').values(row).execute();
  },
  changes(db: Executor, planId: number) {
    return db
      .selectFrom('reception_plan_changes as c')
      .innerJoin('users', 'users.id', 'c.changed_by')
      .select(['c.id', 'c.slot_id', 'c.kind', 'c.reason', 'c.changed_at', 'c.published_version', 'users.display_name'])
      .where('c.plan_id', '=', planId)
      .orderBy('c.id')
      .execute();
  },
  async publishChanges(db: Executor, planId: number, version: number) {
    const rows = await db
      .updateTable('reception_plan_changes')
      .set({ published_version: version })
      .where('plan_id', '=', planId)
      .where('published_version', 'is', null)
      .returning('slot_id')
      .execute();
    return rows.map((r) => r.slot_id);
  },

  /** The latest published version of every plan of a body whose quarter has not ended. */
  publishedFor(db: Executor, orgId: number, today: string) {
    return db
      .selectFrom('reception_plans as p')
      .innerJoin('reception_plan_versions as v', (j) => j.onRef('v.plan_id', '=', 'p.id').onRef('v.version', '=', 'p.version'))
      .select(['p.year', 'p.quarter', 'v.slots'])
      .where('p.org_id', '=', orgId)
      .where('p.version', '>', 0)
      .where(sql<boolean>`make_date(p.year, p.quarter * 3, 1) + interval '1 month' > ${today}::date`)
      .orderBy('p.year')
      .orderBy('p.quarter')
      .execute();
  },
  /** The bodies with a published plan whose quarter has not ended. */
  publishedBodies(db: Executor, today: string) {
    return db
      .selectFrom('reception_plans as p')
      .innerJoin('orgs as o', 'o.id', 'p.org_id')
      .select(['o.id', 'o.name'])
      .distinct()
      .where('p.version', '>', 0)
      .where(sql<boolean>`make_date(p.year, p.quarter * 3, 1) + interval '1 month' > ${today}::date`)
      .orderBy('o.name')
      .execute();
  },
};
