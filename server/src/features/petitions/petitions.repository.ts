import { sql, type ExpressionBuilder, type Insertable, type RawBuilder, type Updateable } from 'kysely';
import type { PayloadInput, PetitionEventKind } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import type { Database, Executor } from '../../db/database.js';
import type { DB, PetitionerTable, PetitionTable } from '../../db/types.js';
import type { PetitionStatus } from '@xinfang/domain';
import { termGrams } from '../../shared/search.js';
import { bodyClock, gradeAt, hasGrade } from '../deadlines/clocks.repository.js';
import { allTimeRegistered, statCondition } from '../stats/stats.repository.js';
import { policyColumns } from '../workflow/workflow.repository.js';
import type { ListQuery } from './petitions.schema.js';
import { notAccusing, visibleTo } from '../../access/visibility.js';

type P = ExpressionBuilder<DB & { p: PetitionTable }, 'p'>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

/**
 * `column` contains `term`, case-insensitively. A term without letters that have case (Chinese, digits) is the
 * same under `like`, which compares bytes; `ilike` lower-cases the whole text first (a third slower on 17,000
 * texts).
 */
function contains(column: RawBuilder<unknown>, term: string) {
  const op = term.toLowerCase() === term.toUpperCase() ? sql`like` : sql`ilike`;
  return sql<boolean>`${column} ${op} ${`%${escapeLike(term)}%`}`;
}

/**
 * One search term. Through the grams index (paths `grams`, `body`) the grams narrow and the substring test makes
 * it exact; a 2-character term is a single gram, and the grams (of the number, title, content and the names that
 * may be shown) answer it exactly already. Walking the body's rows (`scope`) each row is tested by the substring
 * test alone: the grams array of a row is stored out of line, and reading it costs more than reading the text.
 */
function termMatches(term: string, path: SearchPath) {
  const grams = termGrams(term);
  const exact = sql<boolean>`(${contains(sql`p.title`, term)} or ${contains(sql`p.content`, term)} or ${contains(sql`p.number`, term)}
    or (not p.confidential and exists (
      select 1 from petitioners s where s.petition_id = p.id and s.removed_at is null and ${contains(sql`s.name`, term)})))`;
  if (path === 'scope' || !grams.length) return exact;
  const has = sql<boolean>`p.search_grams @> ${grams}::text[]`;
  return grams.length === 1 && [...term].length === 2 ? has : sql<boolean>`(${has} and ${exact})`;
}

/**
 * A term in the title. `indexed` adds a condition the title bigram index (migration 0017) answers: the title has
 * a gram of some term, a superset of the hits the substring test then makes exact.
 */
function titleMatches(terms: string[], indexed: boolean) {
  const like = sql<boolean>`(${sql.join(
    terms.map((t) => contains(sql`p.title`, t)),
    sql` or `,
  )})`;
  const grams = terms.map(termGrams);
  return indexed && grams.every((g) => g.length) ? sql<boolean>`(title_bigrams(p.title) && ${grams.flat()}::text[] and ${like})` : like;
}

/**
 * How a search finds its candidates (docs/PERFORMANCE.md § Search):
 * - `grams`: the grams index alone, window by window: the top body, whose scope is every petition.
 * - `body`: the grams index intersected with the body's token (`scope_orgs`, migration 0021), all at once: the
 *   candidates are the body's own hits.
 * - `scope`: the body's own rows newest first, each tested: for a term so common that a page fills after a few
 *   hundred rows.
 * A body below the top takes the way that reads fewer rows: the walk about min(own, page ÷ share), the index
 * own × share, where `share` is the share of petitions holding the term's grams (the planner's statistics).
 */
export type SearchPath = 'grams' | 'body' | 'scope';
const PLAN_CACHE_MS = 10 * 60_000;
let gramStats: { at: number; freq: Map<string, number>; floor: number } | undefined;
const scopeSizes = new Map<number, { at: number; own: number }>();

async function searchPath(db: Executor, actor: Pick<Actor, 'orgPath' | 'orgId'>, terms: string[], page: number): Promise<SearchPath> {
  if (actor.orgPath === `/${actor.orgId}/`) return 'grams'; // the top body: its scope is every petition
  const grams = [...new Set(terms.flatMap(termGrams))];
  if (!grams.length) return 'scope';
  if (!gramStats || Date.now() - gramStats.at > PLAN_CACHE_MS) {
    const { rows } = await sql<{ e: string[] | null; f: number[] | null }>`
      select most_common_elems::text::text[] as e, most_common_elem_freqs as f from pg_stats
      where schemaname = current_schema() and tablename = 'petitions' and attname = 'search_grams'`.execute(db);
    const e = rows[0]?.e ?? [];
    const f = rows[0]?.f ?? [];
    // After the listed elements' frequencies comes the lowest of them: every element not listed is rarer.
    gramStats = { at: Date.now(), freq: new Map(e.map((x, i) => [x, f[i]!])), floor: f[e.length] ?? 0 };
  }
  let scope = scopeSizes.get(actor.orgId);
  if (!scope || Date.now() - scope.at > PLAN_CACHE_MS) {
    const registered = await allTimeRegistered(db, [actor.orgId]);
    scope = { at: Date.now(), own: registered.get(actor.orgId) ?? 0 };
    scopeSizes.set(actor.orgId, scope);
  }
  const { freq, floor } = gramStats;
  // A gram too rare to be listed counts as half the rarest listed (measured at 1M: the unlisted grams of the
  // benchmark's terms have 0.5–2.2 %, the rarest listed 2.7 %). A phrase's grams go together (违章, 章建 of
  // 违章建筑), so the phrase counts as its rarest gram. Measured at 1M for a county of 11,000 petitions: 物业
  // (9 %) 12 ms walking against 36 ms by the index, 拖欠工资 7 ms by the index against 177 ms walking.
  const share = Math.min(...grams.map((g) => freq.get(g) ?? floor / 2));
  return Math.min(scope.own, page / share) < scope.own * share ? 'scope' : 'body';
}

/**
 * The windows of receipt a grams search reads in turn, newest first: the last 31 days (the grams index holds the
 * received day, migration 0018, so that is one index scan), then all that is older. A common term fills its page
 * from the first and never reads its older hits. Sorted by registration time, with a body's token (its hits are
 * few; the window's range of days would cost more than it saves) or walking a body's rows (already in time order),
 * a search reads everything at once.
 */
const FIRST_WINDOW_DAYS = 31;
const DAY_MS = 86_400_000;

function* searchWindows(newest: Date, oldest: Date | undefined, windowed: boolean): Generator<RawBuilder<boolean>> {
  if (!windowed) {
    yield sql<boolean>`true`;
    return;
  }
  const start = sql`((${newest}::timestamptz at time zone 'Asia/Shanghai')::date - ${FIRST_WINDOW_DAYS}::int)`;
  yield sql<boolean>`(p.received_at at time zone 'Asia/Shanghai')::date >= ${start}`;
  // Nothing older than the first window when the oldest receipt asked for is inside it.
  if (oldest && oldest.getTime() >= newest.getTime() - FIRST_WINDOW_DAYS * DAY_MS) return;
  yield sql<boolean>`p.received_at < ${start}::timestamp at time zone 'Asia/Shanghai'`;
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

/** Keyset position: [title hit (search only), sort time in ms, id]. */
export type Cursor = [number, number, number];

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

  /**
   * The work list: filters, search terms, keyset paging. A page is found first, walking the actor's body's rows
   * of `petition_scopes` in sort order (title hits first when searching: two walks, each stopping at the page's
   * end), and only its rows are then joined to names (docs/PERFORMANCE.md § Lists).
   */
  async list(
    db: Executor,
    actor: Pick<Actor, 'orgPath' | 'orgId'>,
    f: Omit<ListQuery, 'cursor'> & {
      terms: string[];
      categoryIds?: number[] | undefined;
      cursor?: Cursor | undefined;
      /** A further condition from another feature (the inbox sections). */
      where?: RawBuilder<boolean> | undefined;
      /** How a search finds its candidates, instead of choosing (the tests compare both). */
      path?: SearchPath | undefined;
    },
  ) {
    const sortCol = f.sort === 'registeredAt' ? 'sc.created_at' : 'sc.received_at';
    const searching = f.terms.length > 0;
    const path = f.path ?? (searching ? await searchPath(db, actor, f.terms, f.limit + 1) : 'grams');
    const desc = searching || f.order === 'desc';
    const dir = desc ? 'desc' : 'asc';
    const after = (q: ReturnType<typeof filtered>) => {
      if (!f.cursor) return q;
      const [, t, id] = f.cursor;
      return q.where(sql<boolean>`(${sql.ref(sortCol)}, sc.petition_id) ${sql.raw(desc ? '<' : '>')} (${new Date(t)}, ${id})`);
    };
    const filtered = () => {
      let q = db
        .selectFrom('petition_scopes as sc')
        .innerJoin('petitions as p', 'p.id', 'sc.petition_id')
        .where('sc.org_id', '=', actor.orgId)
        .where(notAccusing(actor));
      if (f.where) q = q.where(f.where);
      for (const t of f.terms) q = q.where(termMatches(t, path));
      if (path === 'body') q = q.where(sql<boolean>`p.scope_orgs @> array[${actor.orgId}::int]`);
      if (f.status) q = q.where('sc.status', 'in', f.status);
      if (f.channel) q = q.where('sc.channel', 'in', f.channel);
      if (f.type) q = q.where('sc.type', '=', f.type);
      if (f.categoryIds) q = q.where('sc.category_id', 'in', f.categoryIds.length ? f.categoryIds : [-1]);
      if (f.regionCode) q = q.where('p.place_region_code', 'like', `${f.regionCode}%`);
      if (f.orgId)
        q = q.where(sql<boolean>`p.org_id in (select id from orgs where path like (select path from orgs where id = ${f.orgId}) || '%')`);
      if (f.from) q = q.where('sc.received_at', '>=', f.from);
      if (f.to) q = q.where('sc.received_at', '<', f.to);
      if (f.accusedOrgId) q = q.where('p.accused_org_id', '=', f.accusedOrgId);
      if (f.stat && f.statOrg && f.statFrom && f.statTo)
        q = q.where(statCondition({ stat: f.stat, statOrg: f.statOrg, statFrom: f.statFrom, statTo: f.statTo }));
      const flag = (value: boolean | undefined, expr: (eb: P) => ReturnType<P>) => {
        if (value !== undefined) q = q.where((eb) => (value ? expr(eb as P) : eb.not(expr(eb as P))));
      };
      flag(f.skipLevel, (eb) => eb('p.skip_level', '=', true));
      flag(f.litigation, (eb) => eb('p.litigation', '=', true));
      flag(f.majorUrgent, (eb) => eb('p.major_urgent', '=', true));
      flag(f.confidential, (eb) => eb('p.confidential', '=', true));
      flag(f.anonymous, (eb) => eb('p.anonymous', '=', true));
      flag(f.firstTime, (eb) => eb('p.first_time', '=', true));
      flag(f.group, (eb) => eb('p.persons_count', '>=', 5));
      flag(f.repeat, (eb) => eb('p.repeat_of_id', 'is not', null));
      flag(f.merged, (eb) => eb('p.merged_into_id', 'is not', null));
      if (f.deadline) {
        const grade = f.deadline === 'open' ? sql`true` : hasGrade(f.deadline);
        q = q.where(
          sql<boolean>`sc.petition_id in (select c.petition_id from petition_clocks c where c.stopped_at is null and ${bodyClock()} and ${grade})`,
        );
      }
      return q;
    };
    const walk = (q: ReturnType<typeof filtered>, hit: 0 | 1, limit: number) =>
      q
        .select(['sc.petition_id as id', sql<number>`${sql.lit(hit)}`.as('hit')])
        .orderBy(sql.ref(sortCol), dir)
        .orderBy('sc.petition_id', dir)
        .limit(limit)
        .execute();
    // The walks of a page, in order: the list itself; or, searching, the title hits first (while the cursor is
    // among them they go on after it and the others start afresh), each going back in time window by window.
    function* walks(): Generator<[ReturnType<typeof filtered>, 0 | 1]> {
      if (!searching) return yield [after(filtered()), 0];
      const phases = f.cursor?.[0] === 0 ? [0 as const] : [1 as const, 0 as const];
      for (const hit of phases) {
        const resume = hit === 1 || f.cursor?.[0] === 0;
        const newest = (resume && f.cursor ? new Date(f.cursor[1]) : f.to) ?? new Date();
        for (const window of searchWindows(newest, f.from, path === 'grams' && f.sort !== 'registeredAt')) {
          const q = resume ? after(filtered().where(window)) : filtered().where(window);
          yield [hit ? q.where(titleMatches(f.terms, path !== 'scope')) : q.where(sql<boolean>`not ${titleMatches(f.terms, false)}`), hit];
        }
      }
    }
    const need = f.limit + 1;
    const page: { id: number; hit: number }[] = [];
    for (const [q, hit] of walks()) {
      page.push(...(await walk(q, hit, need - page.length)));
      if (page.length >= need) break;
    }
    if (!page.length) return [];
    const rows = await db
      .selectFrom('petitions as p')
      .innerJoin('orgs as o', 'o.id', 'p.org_id')
      .leftJoin('categories as c', 'c.id', 'p.category_id')
      .leftJoin('petitioners as mp', (j) =>
        j.onRef('mp.petition_id', '=', 'p.id').on('mp.is_main', '=', true).on('mp.removed_at', 'is', null),
      )
      .select([
        'p.id',
        'p.number',
        'p.title',
        'p.content',
        'p.channel',
        'p.type',
        'p.status',
        'p.received_at',
        'p.created_at',
        'p.org_id',
        'o.name as org_name',
        'p.category_id',
        'c.path as category_path',
        'p.place_region_code',
        'p.persons_count',
        'p.repeat_of_id',
        'p.merged_into_id',
        'p.first_time',
        'p.skip_level',
        'p.litigation',
        'p.major_urgent',
        'p.confidential',
        'p.anonymous',
        'mp.name as main_name',
        'mp.phone as main_phone',
      ])
      .where(
        'p.id',
        'in',
        page.map((x) => x.id),
      )
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return page.map((x) => ({ ...byId.get(x.id)!, title_hit: x.hit === 1 }));
  },

  /** Open deadlines of the petitions the actor sees, counted by grade (for the workbench). */
  async deadlineSummary(db: Executor, actor: Pick<Actor, 'orgPath' | 'orgId'>) {
    const rows = await db
      .selectFrom('petition_clocks as c')
      .innerJoin('petitions as p', 'p.id', 'c.petition_id')
      .select([gradeAt('now').as('grade'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('c.stopped_at', 'is', null)
      .where(bodyClock())
      .where(visibleTo(actor))
      .groupBy(sql`1`)
      .execute();
    const counts = { normal: 0, due_soon: 0, due_today: 0, overdue: 0 };
    for (const r of rows) counts[r.grade] = r.n;
    return counts;
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
