import { sql, type ExpressionBuilder, type RawBuilder } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { Executor } from '../../db/database.js';
import type { DB, PetitionTable } from '../../db/types.js';
import { notAccusing, visibleTo } from '../../access/visibility.js';
import { contains, termGrams } from '../../shared/search.js';
import { bodyClock, gradeAt, hasGrade } from '../deadlines/index.js';
import { matterCondition, statCondition, type StatFigure } from '../stats/index.js';
import type { SearchPath } from './worklist.planner.js';
import type { ListQuery } from './worklist.schema.js';

type P = ExpressionBuilder<DB & { p: PetitionTable }, 'p'>;

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

/**
 * Keyset position: [title hit (search only), sort time in ms, id]; sorted by due time, [hit, due time in ms,
 * registration time in ms, id].
 */
export type Cursor = [number, number, number] | [number, number, number, number];

/** What a list or a count is narrowed by, besides its page. */
type ListFilter = Omit<ListQuery, 'cursor'> & {
  terms: string[];
  categoryIds?: number[] | undefined;
  /** A further condition from another feature (the inbox sections). */
  where?: RawBuilder<boolean> | undefined;
  /** How a search finds its candidates (the planner's choice; the tests compare all three). */
  path: SearchPath;
  /** The breakdown row of a drill-down: the stored keys it sums. */
  statRow?: StatFigure['row'];
  /** `dueWithin` resolved by the working-day calendar: the instant it reaches. */
  dueBy?: Date | undefined;
};

/**
 * Sorted by due time, a petition without an open clock of a body comes after every one with a clock: its key is
 * this instant, which a clock never reaches, so the keyset stays one comparison of plain values.
 */
export const NO_DUE = new Date('9999-12-31T00:00:00Z');

/** The petitions of the actor's body's scope that pass the filters (search terms included), rows `sc` and `p`. */
function filteredRows(db: Executor, actor: Pick<Actor, 'orgPath' | 'orgId'>, f: ListFilter) {
  const path = f.path;
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
    q = q.where(statCondition({ stat: f.stat, statOrg: f.statOrg, statFrom: f.statFrom, statTo: f.statTo, row: f.statRow }));
  if (f.receptionFigure && f.receptionLeader && f.receptionFrom && f.receptionTo)
    q = q.where(matterCondition({ leaderIds: f.receptionLeader, from: f.receptionFrom, to: f.receptionTo }, f.receptionFigure));
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
  // The deadline, the working days left and the 承办人 (or that there is none yet) are all of one open clock of a body.
  if (f.deadline || f.dueBy || f.handlerId || f.unhandled) {
    const clock = [
      bodyClock(),
      ...(f.deadline && f.deadline !== 'open' ? [hasGrade(f.deadline)] : []),
      ...(f.dueBy ? [sql<boolean>`c.due_at >= now() and c.due_at <= ${f.dueBy}`] : []),
      ...(f.handlerId ? [sql<boolean>`${handlerOf} = ${f.handlerId}`] : []),
      ...(f.unhandled ? [sql<boolean>`c.org_id = ${actor.orgId} and ${handlerOf} is null`] : []),
    ];
    q = q.where(
      sql<boolean>`sc.petition_id in (select c.petition_id from petition_clocks c where c.stopped_at is null and ${sql.join(clock, sql` and `)})`,
    );
  }
  return q;
}

/**
 * The 承办人 of clock `c`: the user with the handler role who last acted on its petition for the clock's body (签收,
 * 办理记录, 答复…). Derived from the events, so it needs no assignment of its own; before any handler has acted, none.
 */
const handlerOf = sql<number | null>`(select e.actor_id from petition_events e join users u on u.id = e.actor_id
  where e.petition_id = c.petition_id and e.actor_org_id = c.org_id and 'handler' = any(u.roles)
  order by e.id desc limit 1)`;
/** The due time of a petition `sc`: its nearest open duty of a body (a petitioner's window is no one's duty). */
const dueKey = sql<Date>`coalesce((select min(c.due_at) from petition_clocks c
  where c.petition_id = sc.petition_id and c.stopped_at is null and ${bodyClock()}), ${NO_DUE}::timestamptz)`;

/** The work list's SQL: the page of a list or search, its count, and the deadlines of what the actor sees. */
export const worklistRepository = {
  /**
   * The work list: filters, search terms, keyset paging. A page is found first, walking the actor's body's rows
   * of `petition_scopes` in sort order (title hits first when searching: two walks, each stopping at the page's
   * end), and only its rows are then joined to names (docs/PERFORMANCE.md § Lists). Sorted by due time the walk
   * cannot follow an index: every row that passes is keyed before the page is cut (fine for the inbox
   * sections, which are narrowed to one body's work first).
   */
  async list(db: Executor, actor: Pick<Actor, 'orgPath' | 'orgId'>, f: ListFilter & { cursor?: Cursor | undefined }) {
    const byDue = f.sort === 'dueAt';
    const sortCol = f.sort === 'registeredAt' ? 'sc.created_at' : 'sc.received_at';
    const searching = f.terms.length > 0;
    const path = f.path;
    const desc = searching || f.order === 'desc';
    const dir = desc ? 'desc' : 'asc';
    const after = (q: ReturnType<typeof filtered>) => {
      if (!f.cursor) return q;
      const cmp = sql.raw(desc ? '<' : '>');
      if (f.cursor.length === 4) {
        const [, due, created, id] = f.cursor;
        return q.where(
          sql<boolean>`(${dueKey}, sc.created_at, sc.petition_id) ${cmp} (${new Date(due)}::timestamptz, ${new Date(created)}, ${id})`,
        );
      }
      const [, t, id] = f.cursor;
      return q.where(sql<boolean>`(${sql.ref(sortCol)}, sc.petition_id) ${cmp} (${new Date(t)}, ${id})`);
    };
    const filtered = () => filteredRows(db, actor, f);
    const walk = (q: ReturnType<typeof filtered>, hit: 0 | 1, limit: number) =>
      (byDue ? q.orderBy(dueKey, dir).orderBy('sc.created_at', dir) : q.orderBy(sql.ref(sortCol), dir))
        .select(['sc.petition_id as id', sql<number>`${sql.lit(hit)}`.as('hit'), (byDue ? dueKey : sql<Date | null>`null`).as('due_key')])
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
        for (const window of searchWindows(newest, f.from, path === 'grams' && f.sort === 'receivedAt')) {
          const q = resume ? after(filtered().where(window)) : filtered().where(window);
          yield [hit ? q.where(titleMatches(f.terms, path !== 'scope')) : q.where(sql<boolean>`not ${titleMatches(f.terms, false)}`), hit];
        }
      }
    }
    const need = f.limit + 1;
    const page: { id: number; hit: number; due_key: Date | null }[] = [];
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
    return page.map((x) => ({ ...byId.get(x.id)!, title_hit: x.hit === 1, due_key: x.due_key }));
  },

  /** How many petitions pass the filters: the true size of what `list` pages through. */
  async count(db: Executor, actor: Pick<Actor, 'orgPath' | 'orgId'>, f: ListFilter) {
    const row = await filteredRows(db, actor, f)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** The body's active users with the handler role, by name (the head's overdue by handler). */
  handlersOf(db: Executor, orgId: number) {
    return db
      .selectFrom('users')
      .select(['id', 'display_name as name'])
      .where('org_id', '=', orgId)
      .where('active', '=', true)
      .where(sql<boolean>`'handler' = any(roles)`)
      .orderBy('display_name')
      .orderBy('id')
      .execute();
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
};
