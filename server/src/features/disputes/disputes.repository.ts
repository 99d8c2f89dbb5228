import { sql, type Insertable, type Updateable } from 'kysely';
import { disputeVisibleTo, type Reader } from '../../access/visibility.js';
import type { Executor } from '../../db/database.js';
import { contains } from '../../shared/search.js';
import type { DB } from '../../db/schema.gen.js';
import type { DisputeListQuery } from './disputes.schema.js';

type Table<T extends keyof DB> = Insertable<DB[T]>;

/** The dispute row and the names the rules and screens read with it. */
const withNames = (db: Executor) =>
  db
    .selectFrom('disputes as d')
    .innerJoin('orgs as o', 'o.id', 'd.org_id')
    .innerJoin('orgs as ro', 'ro.id', 'd.registered_org_id')
    .leftJoin('orgs as eo', 'eo.id', 'd.escalated_to')
    .selectAll('d')
    .select([
      'o.name as org_name',
      'o.kind as org_kind',
      'o.parent_id as org_parent_id',
      'ro.name as registered_org_name',
      'eo.name as escalated_to_name',
    ]);
export type DisputeRow = NonNullable<Awaited<ReturnType<ReturnType<typeof withNames>['executeTakeFirst']>>>;

export const disputesRepository = {
  async nextNumber(db: Executor): Promise<string> {
    const { rows } = await sql<{ n: string }>`select 'MD' || to_char(now() at time zone 'Asia/Shanghai', 'YYYYMMDD')
      || lpad(nextval('dispute_number_seq')::text, 6, '0') as n`.execute(db);
    return rows[0]!.n;
  },

  async insert(db: Executor, row: Table<'disputes'>): Promise<number> {
    return (await db.insertInto('disputes').values(row).returning('id').executeTakeFirstOrThrow()).id;
  },

  async insertParties(db: Executor, rows: Table<'dispute_parties'>[]) {
    if (rows.length) await db.insertInto('dispute_parties').values(rows).execute();
  },

  async insertEvent(db: Executor, row: Omit<Table<'dispute_events'>, 'payload'> & { payload: unknown }): Promise<number> {
    const r = await db
      .insertInto('dispute_events')
      .values({ ...row, payload: JSON.stringify(row.payload) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },

  async update(db: Executor, id: number, patch: Updateable<DB['disputes']>) {
    await db
      .updateTable('disputes')
      .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  },

  /** The dispute, when the reader may see it. */
  findVisible(db: Executor, reader: Reader, id: number) {
    return withNames(db).where('d.id', '=', id).where(disputeVisibleTo(reader)).executeTakeFirst();
  },

  /** The dispute, when the reader may see it, locked for an action (the version compared after). */
  lockVisible(db: Executor, reader: Reader, id: number) {
    return withNames(db).where('d.id', '=', id).where(disputeVisibleTo(reader)).forUpdate('d').executeTakeFirst();
  },

  parties(db: Executor, disputeId: number) {
    return db.selectFrom('dispute_parties').selectAll().where('dispute_id', '=', disputeId).orderBy('position').execute();
  },

  events(db: Executor, disputeId: number) {
    return db
      .selectFrom('dispute_events as e')
      .innerJoin('users as u', 'u.id', 'e.actor_id')
      .innerJoin('orgs as o', 'o.id', 'e.actor_org_id')
      .selectAll('e')
      .select(['u.display_name as actor_name', 'o.name as actor_org_name'])
      .where('e.dispute_id', '=', disputeId)
      .orderBy('e.id')
      .execute();
  },

  sessions(db: Executor, disputeId: number) {
    return db.selectFrom('mediation_sessions').selectAll().where('dispute_id', '=', disputeId).orderBy('held_on').orderBy('id').execute();
  },

  agreement(db: Executor, disputeId: number) {
    return db.selectFrom('dispute_agreements').selectAll().where('dispute_id', '=', disputeId).executeTakeFirst();
  },

  followUps(db: Executor, disputeId: number) {
    return db
      .selectFrom('dispute_follow_ups')
      .selectAll()
      .where('dispute_id', '=', disputeId)
      .orderBy('visited_on')
      .orderBy('id')
      .execute();
  },

  reports(db: Executor, disputeId: number) {
    return db
      .selectFrom('dispute_reports as r')
      .innerJoin('orgs as o', 'o.id', 'r.org_id')
      .selectAll('r')
      .select('o.name as org_name')
      .where('r.dispute_id', '=', disputeId)
      .orderBy('r.id')
      .execute();
  },

  async insertRow<T extends 'mediation_sessions' | 'dispute_agreements' | 'dispute_follow_ups' | 'dispute_reports'>(
    db: Executor,
    table: T,
    row: Table<T>,
  ): Promise<number> {
    // Each of these tables has a bigint identity `id`; Kysely cannot follow the table union into `returning`.
    const r = (await db
      .insertInto(table)
      .values(row as never)
      .returning('id' as never)
      .executeTakeFirstOrThrow()) as unknown as { id: number };
    return r.id;
  },

  async confirmAgreement(db: Executor, agreementId: number, court: string, confirmedOn: string) {
    await db.updateTable('dispute_agreements').set({ court, confirmed_on: confirmedOn }).where('id', '=', agreementId).execute();
  },

  /** Joins an upload of the actor's body, not yet attached anywhere, to the dispute (the signed agreement's scan). */
  async attachScan(db: Executor, attachmentId: number, disputeId: number, orgId: number): Promise<boolean> {
    const r = await db
      .updateTable('attachments')
      .set({ dispute_id: disputeId })
      .where('id', '=', attachmentId)
      .where('org_id', '=', orgId)
      .where('petition_id', 'is', null)
      .where('dispute_id', 'is', null)
      .executeTakeFirst();
    return r.numUpdatedRows === 1n;
  },

  /** The register as the reader sees it, newest first, keyset-paged by id. */
  list(db: Executor, reader: Reader, q: DisputeListQuery) {
    let query = withNames(db).where(disputeVisibleTo(reader));
    if (q.status?.length) query = query.where('d.status', 'in', q.status);
    if (q.kind?.length) query = query.where('d.kind', 'in', q.kind);
    if (q.orgId)
      query = query.where(
        sql<boolean>`exists (select 1 from orgs so where so.id = d.org_id and so.path like (select path from orgs where id = ${q.orgId}) || '%')`,
      );
    if (q.awaiting) query = query.where((eb) => eb.or([eb('d.org_id', '=', reader.orgId), eb('d.escalated_to', '=', reader.orgId)]));
    if (q.q) query = query.where(sql<boolean>`(${contains(sql.ref('d.title'), q.q)} or d.number = ${q.q})`);
    if (q.before) query = query.where('d.id', '<', q.before);
    return query
      .orderBy('d.id', 'desc')
      .limit(q.limit + 1)
      .execute();
  },

  /** These disputes (already found visible), newest first. */
  byIds(db: Executor, ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return withNames(db).where('d.id', 'in', ids).orderBy('d.id', 'desc').execute();
  },

  /** Parties of several disputes, for a list. */
  partiesOf(db: Executor, ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('dispute_parties').selectAll().where('dispute_id', 'in', ids).orderBy('dispute_id').orderBy('position').execute();
  },

  /** Disputes handed from a petition's handling, for its detail. */
  fromPetition(db: Executor, petitionId: number) {
    return withNames(db).where('d.source_petition_id', '=', petitionId).orderBy('d.id').execute();
  },

  attachment(db: Executor, id: number) {
    return db.selectFrom('attachments').select(['id', 'filename']).where('id', '=', id).executeTakeFirst();
  },

  petitionRef(db: Executor, id: number) {
    return db.selectFrom('petitions').select(['id', 'number']).where('id', '=', id).executeTakeFirstOrThrow();
  },

  /** Where a petition's matter is (a dispute opened from it is there): its place, or its body's region. */
  async petitionPlace(db: Executor, petitionId: number): Promise<{ code: string; address: string }> {
    const p = await db
      .selectFrom('petitions as p')
      .innerJoin('orgs as o', 'o.id', 'p.org_id')
      .select(['p.place_region_code', 'p.place_address', 'o.region_code'])
      .where('p.id', '=', petitionId)
      .executeTakeFirstOrThrow();
    return { code: p.place_region_code ?? p.region_code ?? '', address: p.place_address ?? '' };
  },
};
