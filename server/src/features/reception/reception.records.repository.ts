import { type Insertable, sql, type Updateable } from 'kysely';
import type { ReceptionRecordKind } from '@xinfang/domain';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/types.js';

export interface RecordFilter {
  /** Records of the bodies under this path; null: wherever recorded (a leader's own receptions, with leaderId). */
  scopePath: string | null;
  from?: string | undefined;
  to?: string | undefined;
  leaderId?: number | undefined;
  kind?: ReceptionRecordKind | undefined;
  /** Keyset: records before this one in the order (held at in ms, id). */
  after?: [number, number] | undefined;
}

export const receptionRecordsRepository = {
  /** Users with their body, to check leaders and to act as one (批示). */
  users(db: Executor, ids: number[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('users as u')
      .innerJoin('orgs as o', 'o.id', 'u.org_id')
      .select(['u.id', 'u.username', 'u.display_name', 'u.org_id', 'u.roles', 'u.active', 'o.path as org_path', 'o.name as org_name'])
      .where('u.id', 'in', ids)
      .execute();
  },

  /** The leaders among `leaderIds` with a published, current slot on the China day `day`. */
  async scheduledOn(db: Executor, leaderIds: number[], day: string) {
    const rows = await db
      .selectFrom('reception_slots as s')
      .innerJoin('reception_plans as p', 'p.id', 's.plan_id')
      .select(sql<number>`unnest(s.leader_ids)`.as('leader_id'))
      .where('p.version', '>', 0)
      .where('s.removed_at', 'is', null)
      .where(sql<boolean>`(s.starts_at at time zone 'Asia/Shanghai')::date = ${day}::date`)
      .where(sql<boolean>`s.leader_ids && ${leaderIds}::int[]`)
      .execute();
    return new Set(rows.map((r) => r.leader_id));
  },

  /** Active users of the bodies under the path, with their body's kind (who may be a leader is the rules' call). */
  usersUnder(db: Executor, scopePath: string) {
    return db
      .selectFrom('users as u')
      .innerJoin('orgs as o', 'o.id', 'u.org_id')
      .select(['u.id', 'u.display_name', 'u.roles', 'o.kind as org_kind', 'o.name as org_name'])
      .where('u.active', '=', true)
      .where('o.path', 'like', `${scopePath}%`)
      .orderBy('o.depth')
      .orderBy('u.id')
      .execute();
  },

  /** Current slots of published plans of the bodies under the path between two China days, earliest first. */
  publishedSlotsUnder(db: Executor, scopePath: string, from: string, to: string) {
    return db
      .selectFrom('reception_slots as s')
      .innerJoin('reception_plans as p', 'p.id', 's.plan_id')
      .innerJoin('orgs as o', 'o.id', 'p.org_id')
      .innerJoin('reception_places as pl', 'pl.id', 's.place_id')
      .select(['s.id', 's.starts_at', 's.ends_at', 's.leader_ids', 's.mode', 'o.name as org_name', 'pl.name as place_name'])
      .where('p.version', '>', 0)
      .where('s.removed_at', 'is', null)
      .where('o.path', 'like', `${scopePath}%`)
      .where(sql<boolean>`(s.starts_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date`)
      .orderBy('s.starts_at')
      .orderBy('s.id')
      .limit(500)
      .execute();
  },

  /** A current slot of a published plan, with its plan's body and its place's name. */
  publishedSlot(db: Executor, id: number) {
    return db
      .selectFrom('reception_slots as s')
      .innerJoin('reception_plans as p', 'p.id', 's.plan_id')
      .innerJoin('reception_places as pl', 'pl.id', 's.place_id')
      .select(['s.id', 's.starts_at', 's.leader_ids', 's.mode', 'p.org_id', 'pl.name as place_name'])
      .where('s.id', '=', id)
      .where('s.removed_at', 'is', null)
      .where('p.version', '>', 0)
      .executeTakeFirst();
  },

  /** The petition's latest 包案, one of the given leaders' first. */
  ownership(db: Executor, petitionId: number, leaderIds: number[]) {
    return db
      .selectFrom('ownerships')
      .select('id')
      .where('petition_id', '=', petitionId)
      .orderBy(sql`leader_id = any(${leaderIds}::int[])`, 'desc')
      .orderBy('since', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  insertRecord(db: Executor, row: Insertable<DB['reception_records']>) {
    return db.insertInto('reception_records').values(row).returning('id').executeTakeFirstOrThrow();
  },
  /** The record locked for an edit, when its body is within the scope. */
  lockRecord(db: Executor, id: number, scopePath: string) {
    return db
      .selectFrom('reception_records as r')
      .innerJoin('orgs as o', 'o.id', 'r.org_id')
      .selectAll('r')
      .where('r.id', '=', id)
      .where('o.path', 'like', `${scopePath}%`)
      .forUpdate('r')
      .executeTakeFirst();
  },
  async updateRecord(db: Executor, id: number, row: Updateable<DB['reception_records']>) {
    await db
      .updateTable('reception_records')
      .set({ ...row, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  },
  /** Replaced visitors are retired, never deleted. */
  async retireVisitors(db: Executor, recordId: number) {
    await db
      .updateTable('reception_visitors')
      .set({ removed_at: sql`now()` })
      .where('record_id', '=', recordId)
      .where('removed_at', 'is', null)
      .execute();
  },
  insertVisitors(db: Executor, rows: Insertable<DB['reception_visitors']>[]) {
    return db.insertInto('reception_visitors').values(rows).execute();
  },
  insertMatter(db: Executor, row: Insertable<DB['reception_matters']>) {
    return db.insertInto('reception_matters').values(row).execute();
  },

  /** Records by the filter, newest first, from the keyset position. */
  list(db: Executor, f: RecordFilter, limit: number) {
    let q = db.selectFrom('reception_records as r').innerJoin('orgs as o', 'o.id', 'r.org_id').selectAll('r').select('o.name as org_name');
    if (f.scopePath !== null) q = q.where('o.path', 'like', `${f.scopePath}%`);
    if (f.from) q = q.where(sql<boolean>`(r.held_at at time zone 'Asia/Shanghai')::date >= ${f.from}::date`);
    if (f.to) q = q.where(sql<boolean>`(r.held_at at time zone 'Asia/Shanghai')::date <= ${f.to}::date`);
    if (f.leaderId) q = q.where(sql<boolean>`r.leader_ids @> array[${f.leaderId}]::int[]`);
    if (f.kind) q = q.where('r.kind', '=', f.kind);
    if (f.after) q = q.where(sql<boolean>`(r.held_at, r.id) < (${new Date(f.after[0])}, ${f.after[1]})`);
    return q.orderBy('r.held_at', 'desc').orderBy('r.id', 'desc').limit(limit).execute();
  },
  /** One record by id, when its body is within the scope or the user was one of its leaders. */
  find(db: Executor, id: number, scopePath: string, userId: number) {
    return db
      .selectFrom('reception_records as r')
      .innerJoin('orgs as o', 'o.id', 'r.org_id')
      .selectAll('r')
      .select('o.name as org_name')
      .where('r.id', '=', id)
      .where((eb) => eb.or([eb('o.path', 'like', `${scopePath}%`), sql<boolean>`r.leader_ids @> array[${userId}]::int[]`]))
      .executeTakeFirst();
  },
  visitors(db: Executor, recordIds: number[]) {
    if (recordIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('reception_visitors')
      .selectAll()
      .where('record_id', 'in', recordIds)
      .where('removed_at', 'is', null)
      .orderBy('record_id')
      .orderBy('position')
      .execute();
  },
  matters(db: Executor, recordIds: number[]) {
    if (recordIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('reception_matters as m')
      .innerJoin('petitions as p', 'p.id', 'm.petition_id')
      .leftJoin('orgs as o', 'o.id', 'm.org_id')
      .selectAll('m')
      .select(['p.number as petition_number', 'p.status as petition_status', 'o.name as org_name'])
      .where('m.record_id', 'in', recordIds)
      .orderBy('m.record_id')
      .orderBy('m.position')
      .execute();
  },
  names(db: Executor, table: 'users' | 'orgs', ids: number[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return table === 'users'
      ? db.selectFrom('users').select(['id', 'display_name as name']).where('id', 'in', ids).execute()
      : db.selectFrom('orgs').select(['id', 'name']).where('id', 'in', ids).execute();
  },
  petitionNumbers(db: Executor, ids: number[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('petitions').select(['id', 'number']).where('id', 'in', ids).execute();
  },
  /** The documents a petition has so far (a petition registered from a record: all of them are the record's). */
  async documentIds(db: Executor, petitionId: number) {
    return (await db.selectFrom('documents').select('id').where('petition_id', '=', petitionId).orderBy('id').execute()).map((d) => d.id);
  },
  /** The documents the records' matters issued. */
  documentsOfRecords(db: Executor, recordIds: number[]) {
    if (recordIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('documents as d')
      .innerJoin('reception_matters as m', (j) => j.on(sql<boolean>`d.id = any(m.document_ids)`))
      .select(['d.id', 'd.title', 'd.number'])
      .where('m.record_id', 'in', recordIds)
      .orderBy('d.id')
      .execute();
  },
  petitionVersion(db: Executor, id: number) {
    return db.selectFrom('petitions').select('version').where('id', '=', id).executeTakeFirstOrThrow();
  },
  /** The body handling the petition, by name: the last its latest instruction reached (workflowPolicy.instructed's order). */
  async lastInstructedBody(db: Executor, petitionId: number) {
    const row = await db
      .selectFrom('instruction_recipients as r')
      .innerJoin('orgs as o', 'o.id', 'r.org_id')
      .select('o.name')
      .where('r.instruction_id', '=', (eb) =>
        eb
          .selectFrom('instructions')
          .select((e) => e.fn.max('id').as('id'))
          .where('petition_id', '=', petitionId),
      )
      .orderBy('r.id', 'desc')
      .executeTakeFirstOrThrow();
    return row.name;
  },
};
