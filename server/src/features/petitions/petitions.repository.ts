import { sql, type Insertable, type RawBuilder, type Updateable } from 'kysely';
import { GROUP_SIZE, type PayloadInput, type PetitionEventKind, type PetitionStatus } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import type { Database, Executor } from '../../db/database.js';
import type { PetitionerTable, PetitionTable } from '../../db/types.js';
import { notAccusing, scopeHas, visibleTo } from '../../access/visibility.js';
import { packed, titleKeysOf, type Signature } from '../../shared/resemblance.js';
import type { MatterText } from '../../shared/search.js';

/** The columns workflow.policy.ts needs beyond the petition's own: who routes it and where the bodies sit. */
export function policyColumns() {
  return [
    sql<number>`coalesce(p.router_org_id, p.org_id)`.as('router_id'),
    sql<string>`(select o.path from orgs o where o.id = coalesce(p.router_org_id, p.org_id))`.as('router_path'),
    sql<string>`(select o.name from orgs o where o.id = coalesce(p.router_org_id, p.org_id))`.as('router_name'),
    sql<string | null>`(select o.path from orgs o where o.id = p.holder_org_id)`.as('holder_path'),
    sql<string | null>`(select o.name from orgs o where o.id = p.holder_org_id)`.as('holder_name'),
    sql<string | null>`(select o.name from orgs o where o.id = p.decline_route_org_id)`.as('decline_route_org_name'),
    finalOf(sql.ref('p.repeat_of_id')).as('final_of_id'),
  ] as const;
}

/**
 * The final matter (条例 Art. 36) a petition is a repeat of: the matter its repeat link points at, or the first final
 * one up that matter's own repeat links. Finality follows the matter, not the text.
 */
export function finalOf(repeatOfId: RawBuilder<unknown> | number) {
  return sql<number | null>`(with recursive up (id, status, repeat_of_id, depth) as (
      select q.id, q.status, q.repeat_of_id, 1 from petitions q where q.id = ${repeatOfId}
      union all
      select q.id, q.status, q.repeat_of_id, up.depth + 1 from petitions q join up on q.id = up.repeat_of_id
      where up.status <> 'final' and up.depth < 20)
    select id from up where status = 'final' limit 1)`;
}

/** 当前办理机关: the reviewing body while a 复查 / 复核 is open there, else the handling body. */
const currentOrgId = sql<number | null>`(case when p.status in ('in_review', 'in_reexamination')
  then (select g.org_id from proceedings g where g.petition_id = p.id and g.status = 'open' order by g.id desc limit 1)
  else p.holder_org_id end)`;

/** What a repeat candidate or a similar matter shows (of `petitions as p` joined to its body, `orgs as o`). */
const candidateColumns = [
  'p.id',
  'p.number',
  'p.title',
  'p.summary',
  'p.received_at',
  'p.status',
  'p.org_id',
  'o.name as org_name',
] as const;

/** Its trigram similarity to the text being registered: of the summaries, or of the titles. */
const summarySimilarity = (text: MatterText) =>
  sql<number>`greatest(similarity(p.summary, ${text.summary}), similarity(p.title, ${text.title}))`.as('similarity');

/** The petitioners of a petition not removed by a correction, in the order registered. */
const currentPetitioners = (db: Executor, petitionId: number) =>
  db.selectFrom('petitioners').selectAll().where('petition_id', '=', petitionId).where('removed_at', 'is', null).orderBy('position');

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
  /**
   * Whether two matters are the same petitioner's (a petitioner of each with the same ID number, spacing and case
   * aside) or the same group's (both group visits, a representative of each the same person by ID number or phone).
   */
  async samePetitionerOrGroup(db: Executor, a: number, b: number): Promise<boolean> {
    const { rows } = await sql<{ shared: boolean }>`select exists (
      select 1 from petitioners x join petitioners y
        on upper(btrim(x.id_number)) = upper(btrim(y.id_number))
        or (x.is_representative and y.is_representative and x.phone = y.phone
          and (select count(*) filter (where pa.persons_count >= ${GROUP_SIZE}) from petitions pa where pa.id in (${a}, ${b})) = 2)
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
      /** When it happened, if not now. */
      at?: Date;
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
        currentOrgId.as('current_org_id'),
        sql<string | null>`(select o.name from orgs o where o.id = ${currentOrgId})`.as('current_org_name'),
      ])
      .where('p.id', '=', id)
      .where(visibleTo(actor))
      .executeTakeFirst();
  },

  petitioners(db: Executor, petitionId: number) {
    return currentPetitioners(db, petitionId).execute();
  },

  /**
   * Whom the petition's notices, documents and messages are addressed to: the main petitioner and every
   * representative (条例 Art. 20: a group's representatives speak for it), in the order registered.
   */
  addressees(db: Executor, petitionId: number) {
    return currentPetitioners(db, petitionId)
      .where((eb) => eb.or([eb('is_main', '=', true), eb('is_representative', '=', true)]))
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

  /** Whether a body (or, with null, any body) has registered the external id. */
  async externalExists(db: Executor, orgId: number | null, externalId: string) {
    return Boolean(
      await db
        .selectFrom('petitions')
        .select('id')
        .$if(orgId !== null, (q) => q.where('org_id', '=', orgId!))
        .where('external_id', '=', externalId)
        .executeTakeFirst(),
    );
  },

  /** Earlier matters of the same petitioner (by ID number, phone, or name with a similar address). */
  async samePetitioner(
    db: Executor,
    actor: Pick<Actor, 'orgPath' | 'orgId'>,
    who: { idNumbers: string[]; phones: string[]; names: string[]; addresses: string[] },
    text: MatterText,
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
        ...candidateColumns,
        summarySimilarity(text),
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
  /** The final matter a registration links to, or follows from (the final matter up its repeat links). */
  async finalOfLink(db: Executor, repeatOfId: number): Promise<number | null> {
    const { rows } = await sql<{ id: number | null }>`select ${finalOf(repeatOfId)} as id`.execute(db);
    return rows[0]!.id;
  },

  /**
   * The same petitioner's final matter (条例 Art. 36) a registration is about: a petitioner of it with the same ID
   * number (stored trimmed and upper-case, as the schemas read it: the index finds it) and the same problem category, or a text similar enough (the hint the
   * registrar also sees among the candidates). The latest, if several.
   */
  finalMatter(db: Executor, idNumbers: string[], categoryId: number | null, summary: string, threshold: number) {
    if (!idNumbers.length) return Promise.resolve(undefined);
    const normal = idNumbers.map((x) => x.trim().toUpperCase());
    return db
      .selectFrom('petitions as p')
      .select(['p.id', 'p.number'])
      .where('p.status', '=', 'final')
      .where(
        sql<boolean>`exists (select 1 from petitioners s where s.petition_id = p.id and s.removed_at is null
          and s.id_number = any(${normal}::text[]))`,
      )
      .where(sql<boolean>`(p.category_id = ${categoryId} or similarity(p.summary, ${summary}) >= ${threshold})`)
      .orderBy('p.final_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  /** What the 不再受理告知书 and the refusal name of a final matter: its number, when and by which body. */
  finalMatterRef(db: Executor, id: number) {
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
      .where('p.id', '=', id)
      .executeTakeFirstOrThrow();
  },

  /**
   * The matters that share a key with this signature (shared/resemblance.ts), with their signatures and whether they
   * share a title key: the keys' GIN, by `similar_candidates` (migration 0048), which keeps PostgreSQL from scanning
   * the table instead. Joined to what decides visibility, the lookup hashed a body's whole scope, so the visibility
   * test is a second step (docs/PERFORMANCE.md § Smart assistance).
   */
  similarCandidates(db: Executor, signature: Signature) {
    return db
      .selectFrom(
        sql<{
          id: number;
          signature: Buffer;
          same_title: boolean;
        }>`similar_candidates(${signature.keys}::int4[], ${titleKeysOf(signature.keys)}::int4[])`.as('c'),
      )
      .selectAll()
      .execute();
  },

  /**
   * Matters with a title like this one (trigram similarity over the titles' index, migration 0044): while only a
   * title is typed, where a title a few characters off is still the same title and no text is there to sign.
   */
  async similarTitles(db: Database, actor: Pick<Actor, 'orgPath' | 'orgId'>, title: string, threshold: number, exclude: number[]) {
    return db.transaction().execute(async (trx) => {
      await sql`select set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`.execute(trx);
      return trx
        .selectFrom('petitions as p')
        .innerJoin('orgs as o', 'o.id', 'p.org_id')
        .select([...candidateColumns, sql<number>`similarity(p.title, ${title})`.as('similarity')])
        .where(sql<boolean>`p.title % ${title}`)
        .where(visibleTo(actor))
        .$if(exclude.length > 0, (qb) => qb.where('p.id', 'not in', exclude))
        .orderBy('similarity', 'desc')
        .limit(10)
        .execute();
    });
  },

  /**
   * The first `limit` of these matters, by rank, that the actor sees, as a similar matter shows them. The scope is
   * tested on the ids first (an index probe each), so a petition's row is read only for those that may be shown.
   */
  similarRows(db: Executor, actor: Pick<Actor, 'orgPath' | 'orgId'>, ranked: { id: number; rank: number }[], limit: number) {
    if (!ranked.length) return Promise.resolve([]);
    const inScope = sql<{ id: number; rank: number }>`(select t.id, t.rank
      from unnest(${ranked.map((r) => r.id)}::bigint[], ${ranked.map((r) => r.rank)}::real[]) as t(id, rank)
      where ${scopeHas(actor, sql.ref('t.id'))} order by t.rank desc, t.id desc)`.as('v');
    return db
      .selectFrom(inScope)
      .innerJoin('petitions as p', 'p.id', 'v.id')
      .innerJoin('orgs as o', 'o.id', 'p.org_id')
      .select(candidateColumns)
      .where(notAccusing(actor))
      .orderBy('v.rank', 'desc')
      .orderBy('v.id', 'desc')
      .limit(limit)
      .execute();
  },

  /** Petitions after `after` without a signature (registered before migration 0047), a batch at a time. */
  unsigned(db: Executor, after: number, limit: number) {
    return db
      .selectFrom('petitions as p')
      .leftJoin('petition_signatures as g', 'g.petition_id', 'p.id')
      .select(['p.id', 'p.title', 'p.content'])
      .where('p.id', '>', after)
      .where('g.petition_id', 'is', null)
      .orderBy('p.id')
      .limit(limit)
      .execute();
  },

  /** A petition's signature, new or after its text was corrected. */
  async sign(db: Executor, rows: { id: number; signature: Signature }[]) {
    if (!rows.length) return;
    const literal = (xs: number[]) => `{${xs.join(',')}}`;
    await sql`insert into petition_signatures (petition_id, signature, keys)
      select id, signature, keys::int4[] from unnest(${rows.map((r) => r.id)}::bigint[],
        ${rows.map((r) => packed(r.signature.minhash))}::bytea[], ${rows.map((r) => literal(r.signature.keys))}::text[]) as v(id, signature, keys)
      on conflict (petition_id) do update set signature = excluded.signature, keys = excluded.keys`.execute(db);
  },
};
