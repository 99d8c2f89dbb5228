import { sql, type Insertable, type Updateable } from 'kysely';
import type { PayloadInput, PetitionEventKind, PetitionStatus } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import type { Database, Executor } from '../../db/database.js';
import type { PetitionerTable, PetitionTable } from '../../db/types.js';
import { visibleTo } from '../../access/visibility.js';

/** The columns workflow.policy.ts needs beyond the petition's own: who routes it and where the bodies sit. */
export function policyColumns() {
  return [
    sql<number>`coalesce(p.router_org_id, p.org_id)`.as('router_id'),
    sql<string>`(select o.path from orgs o where o.id = coalesce(p.router_org_id, p.org_id))`.as('router_path'),
    sql<string>`(select o.name from orgs o where o.id = coalesce(p.router_org_id, p.org_id))`.as('router_name'),
    sql<string | null>`(select o.path from orgs o where o.id = p.holder_org_id)`.as('holder_path'),
    sql<string | null>`(select o.name from orgs o where o.id = p.holder_org_id)`.as('holder_name'),
    sql<string | null>`(select o.name from orgs o where o.id = p.decline_route_org_id)`.as('decline_route_org_name'),
  ] as const;
}

/** What a repeat candidate shows, with its similarity to the text being registered. */
const candidateColumns = (summary: string) =>
  [
    'p.id',
    'p.number',
    'p.title',
    'p.received_at',
    'p.status',
    'p.org_id',
    'o.name as org_name',
    sql<number>`similarity(p.summary, ${summary})`.as('similarity'),
  ] as const;

export const petitionsRepository = {
  /** Next number of a body for a year; the row lock serialises registrations and a rollback leaves no gap. */
  async nextSeq(db: Executor, orgId: number, year: number): Promise<number> {
    const { rows } = await sql<{ last_seq: number }>`
      insert into petition_number_counters (org_id, year, last_seq) values (${orgId}, ${year}, 1)
      on conflict (org_id, year) do update set last_seq = petition_number_counters.last_seq + 1
      returning last_seq`.execute(db);
    return rows[0]!.last_seq;
  },

  async insert(db: Executor, row: Insertable<PetitionTable>): Promise<number> {
    const r = await db.insertInto('petitions').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },

  async update(db: Executor, id: number, patch: Updateable<PetitionTable>) {
    await db
      .updateTable('petitions')
      .set({ ...patch, updated_at: sql`now()`, version: sql`version + 1` })
      .where('id', '=', id)
      .execute();
  },

  /**
   * Locks petition rows until the transaction ends, in id order: two changes that lock the same rows (a merge of A
   * into B beside one of B into A) take them in the same order, so one waits for the other instead of deadlocking.
   */
  async lock(db: Executor, ids: number[]) {
    await db.selectFrom('petitions').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute();
  },

  /** Whether two petitions share a current petitioner (by identity number or phone). */
  async sharePetitioner(db: Executor, a: number, b: number): Promise<boolean> {
    const { rows } = await sql<{ shared: boolean }>`select exists (
      select 1 from petitioners x join petitioners y on (x.id_number = y.id_number or x.phone = y.phone)
      where x.petition_id = ${a} and y.petition_id = ${b} and x.removed_at is null and y.removed_at is null) as shared`.execute(db);
    return rows[0]!.shared;
  },

  async insertPetitioners(db: Executor, rows: Insertable<PetitionerTable>[]) {
    if (rows.length) await db.insertInto('petitioners').values(rows).execute();
  },

  async updatePetitioner(db: Executor, id: number, patch: Updateable<PetitionerTable>) {
    await db.updateTable('petitioners').set(patch).where('id', '=', id).execute();
  },

  async retirePetitioners(db: Executor, ids: number[]) {
    if (ids.length)
      await db
        .updateTable('petitioners')
        .set({ removed_at: sql`now()` })
        .where('id', 'in', ids)
        .execute();
  },

  /** A petition event: its payload is the shape @xinfang/domain's union gives its kind. */
  async insertEvent<K extends PetitionEventKind>(
    db: Executor,
    e: {
      petition_id: number;
      actor_id: number | null;
      actor_org_id: number | null;
      kind: K;
      from_status?: PetitionStatus | null;
      to_status?: PetitionStatus | null;
      payload: PayloadInput<K>;
    },
  ): Promise<number> {
    const row = await db
      .insertInto('petition_events')
      .values({ ...e, payload: JSON.stringify(e.payload) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },

  /** A petition the actor may see, with its body's and category's names. */
  findVisible(db: Executor, actor: Pick<Actor, 'orgPath' | 'orgId'>, id: number) {
    return db
      .selectFrom('petitions as p')
      .innerJoin('orgs as o', 'o.id', 'p.org_id')
      .leftJoin('categories as c', 'c.id', 'p.category_id')
      .leftJoin('orgs as ao', 'ao.id', 'p.accused_org_id')
      .selectAll('p')
      .select([
        'o.name as org_name',
        'o.address as org_address',
        'o.contact_phone as org_phone',
        'c.path as category_path',
        'ao.name as accused_org_name',
        ...policyColumns(),
      ])
      .where('p.id', '=', id)
      .where(visibleTo(actor))
      .executeTakeFirst();
  },

  petitioners(db: Executor, petitionId: number) {
    return db
      .selectFrom('petitioners')
      .selectAll()
      .where('petition_id', '=', petitionId)
      .where('removed_at', 'is', null)
      .orderBy('position')
      .execute();
  },

  events(db: Executor, petitionId: number) {
    return db
      .selectFrom('petition_events as e')
      .leftJoin('users as u', 'u.id', 'e.actor_id')
      .leftJoin('orgs as o', 'o.id', 'e.actor_org_id')
      .select(['e.id', 'e.at', 'e.kind', 'e.from_status', 'e.to_status', 'e.payload', 'u.display_name as actor_name', 'o.name as org_name'])
      .where('e.petition_id', '=', petitionId)
      .orderBy('e.id')
      .execute();
  },

  /** Petitions linked to this one (repeats of it, merged into it), as far as the actor may see them. */
  linked(db: Executor, actor: Pick<Actor, 'orgPath' | 'orgId'>, column: 'repeat_of_id' | 'merged_into_id', id: number) {
    return db
      .selectFrom('petitions as p')
      .select(['p.id', 'p.number', 'p.title'])
      .where(column, '=', id)
      .where(visibleTo(actor))
      .orderBy('p.id')
      .execute();
  },

  ref(db: Executor, actor: Pick<Actor, 'orgPath' | 'orgId'>, id: number | null) {
    if (!id) return Promise.resolve(undefined);
    return db
      .selectFrom('petitions as p')
      .select(['p.id', 'p.number', 'p.title'])
      .where('p.id', '=', id)
      .where(visibleTo(actor))
      .executeTakeFirst();
  },

  async externalExists(db: Executor, orgId: number, externalId: string) {
    return Boolean(
      await db.selectFrom('petitions').select('id').where('org_id', '=', orgId).where('external_id', '=', externalId).executeTakeFirst(),
    );
  },

  /** Earlier matters of the same petitioner (by ID number, phone, or name with a similar address). */
  async samePetitioner(
    db: Executor,
    actor: Pick<Actor, 'orgPath' | 'orgId'>,
    who: { idNumbers: string[]; phones: string[]; names: string[]; addresses: string[] },
    summary: string,
    excludeId: number | undefined,
  ) {
    if (!who.idNumbers.length && !who.phones.length && !who.names.length) return [];
    const byName = sql<boolean>`(s.name = any(${who.names}::text[]) and s.address is not null
      and exists (select 1 from unnest(${who.addresses}::text[]) a where similarity(s.address, a) > 0.4))`;
    return db
      .selectFrom('petitioners as s')
      .innerJoin('petitions as p', 'p.id', 's.petition_id')
      .innerJoin('orgs as o', 'o.id', 'p.org_id')
      .select([
        ...candidateColumns(summary),
        sql<boolean>`bool_or(s.id_number = any(${who.idNumbers}::text[]))`.as('by_id'),
        sql<boolean>`bool_or(s.phone = any(${who.phones}::text[]))`.as('by_phone'),
        sql<boolean>`bool_or(${byName})`.as('by_name'),
      ])
      .where('s.removed_at', 'is', null)
      .where(sql<boolean>`(s.id_number = any(${who.idNumbers}::text[]) or s.phone = any(${who.phones}::text[]) or ${byName})`)
      .where(visibleTo(actor))
      .$if(excludeId !== undefined, (qb) => qb.where('p.id', '!=', excludeId!))
      .groupBy(['p.id', 'o.name'])
      .orderBy('similarity', 'desc')
      .orderBy('p.received_at', 'desc')
      .limit(10)
      .execute();
  },

  /** A matter made final on 复核 (条例 Art. 36) from one of these petitioners about the same thing, in any body. */
  finalMatter(db: Executor, idNumbers: string[], phones: string[], summary: string, threshold: number) {
    if (!idNumbers.length && !phones.length) return Promise.resolve(undefined);
    return db
      .selectFrom('petitions as p')
      .select([
        'p.id',
        'p.number',
        'p.final_at',
        // The body whose 复核 made the matter final: what anyone may be told, unlike the matter's number.
        sql<string | null>`(select o.name from decisions d join orgs o on o.id = d.org_id
          where d.petition_id = p.id and d.stage = 'reexamination' order by d.id desc limit 1)`.as('final_org_name'),
      ])
      .where('p.status', '=', 'final')
      .where(
        sql<boolean>`exists (select 1 from petitioners s where s.petition_id = p.id and s.removed_at is null
          and (s.id_number = any(${idNumbers}::text[]) or s.phone = any(${phones}::text[])))`,
      )
      .where(sql<boolean>`similarity(p.summary, ${summary}) >= ${threshold}`)
      .orderBy('p.final_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  /** Matters whose title and opening are similar (trigram similarity over the index). */
  async similar(db: Database, actor: Pick<Actor, 'orgPath' | 'orgId'>, summary: string, threshold: number, exclude: number[]) {
    return db.transaction().execute(async (trx) => {
      await sql`select set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`.execute(trx);
      return trx
        .selectFrom('petitions as p')
        .innerJoin('orgs as o', 'o.id', 'p.org_id')
        .select(candidateColumns(summary))
        .where(sql<boolean>`p.summary % ${summary}`)
        .where(visibleTo(actor))
        .$if(exclude.length > 0, (qb) => qb.where('p.id', 'not in', exclude))
        .orderBy('similarity', 'desc')
        .limit(10)
        .execute();
    });
  },
};
