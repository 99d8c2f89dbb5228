import { STATE_MEASURES, VOLUME_FIELDS, type VolumeField, addDays } from '@xinfang/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { Database, Executor } from '../../db/database.js';
import { hiddenFacts, notAccusing, type Reader } from '../../access/visibility.js';
import { dimKey, factsQuery, measureContributions, volumeContributions, type VolumeDim } from './stats.measures.js';
import { daysBetween, monthEnd, monthsWithin } from './stats.periods.js';

/** One refresher at a time across instances (docs/STATISTICS.md). */
const REFRESH_LOCK = 7246160;

export type Bucket = 'day' | 'week' | 'month' | 'quarter' | 'year';
export interface DayRange {
  from: string;
  to: string;
}
export type VolumeSums = Record<VolumeField, number>;

const volumeSums = sql.join(VOLUME_FIELDS.map((f) => sql`coalesce(sum(${sql.ref(f)}), 0)::int as ${sql.ref(f)}`));
const volumeAssign = sql.join(VOLUME_FIELDS.map((f) => sql`${sql.ref(f)} = stat_volume.${sql.ref(f)} + excluded.${sql.ref(f)}`));
const volumeChanged = sql.join(
  VOLUME_FIELDS.map((f) => sql`sum(${sql.ref(f)}) <> 0`),
  sql` or `,
);
const volumeColumns = sql.join(VOLUME_FIELDS.map((f) => sql.ref(f)));

const monthSums = sql.join(VOLUME_FIELDS.map((f) => sql`sum(${sql.ref(f)})`));
const monthAssign = sql.join(VOLUME_FIELDS.map((f) => sql`${sql.ref(f)} = stat_volume_months.${sql.ref(f)} + excluded.${sql.ref(f)}`));

/**
 * The summary rows of the given facts minus those of the old ones, added to the day rows and the month rows. Rows
 * go in in key order: a full rebuild's 1.5 million per 100,000 petitions then fill the indexes page after page
 * instead of at random (docs/PERFORMANCE.md § Measurements behind code choices).
 */
async function applyDelta(db: Executor, added: RawBuilder<unknown>, removed: RawBuilder<unknown>) {
  await sql`
    with delta as (
      select scope_org_id, dim, key, day, ${volumeSums}
      from (${volumeContributions(added, 1)} union all ${volumeContributions(removed, -1)}) x
      group by scope_org_id, dim, key, day
      having ${volumeChanged}
    ), days as (
      insert into stat_volume (scope_org_id, dim, key, day, ${volumeColumns})
      select * from delta order by scope_org_id, dim, day, key
      on conflict (scope_org_id, dim, day, key) do update set ${volumeAssign}
    )
    insert into stat_volume_months (scope_org_id, dim, key, month, ${volumeColumns})
    select scope_org_id, dim, key, date_trunc('month', day)::date, ${monthSums}
    from delta group by 1, 2, 3, 4 order by 1, 2, 4, 3
    on conflict (scope_org_id, dim, month, key) do update set ${monthAssign}`.execute(db);
  await sql`
    with delta as (
      select scope_org_id, measure, day, sum(value) as value
      from (${measureContributions(added, 1)} union all ${measureContributions(removed, -1)}) x
      group by scope_org_id, measure, day
      having sum(value) <> 0
    ), days as (
      insert into stat_measures (scope_org_id, measure, day, value)
      select * from delta order by scope_org_id, measure, day
      on conflict (scope_org_id, measure, day) do update set value = stat_measures.value + excluded.value
    )
    insert into stat_measures_months (scope_org_id, measure, month, value)
    select scope_org_id, measure, date_trunc('month', day)::date, sum(value)
    from delta group by 1, 2, 3 order by 1, 2, 3
    on conflict (scope_org_id, measure, month) do update set value = stat_measures_months.value + excluded.value`.execute(db);
}

/**
 * The rows of one summary table in a range (its `keys` and figures `values`): whole months from its month rows, the
 * days at the edges from its day rows (day and week buckets read days only). An edge covering most of its month is
 * read as the month row less the days outside the range (those days' figures negated), so a year to the 28th reads a month row and
 * two days instead of 28 days, and this month so far a month row and the days after today (none: figures are
 * dated by what has happened). Each part is a range scan of the primary key.
 */
function rowsIn(
  table: 'stat_volume' | 'stat_measures',
  keys: string[],
  values: readonly string[],
  where: RawBuilder<unknown>,
  r: DayRange,
  bucket?: Bucket,
) {
  const columns = (sign: 1 | -1) =>
    sql.join([...keys.map((k) => sql.ref(k)), ...values.map((v) => (sign === 1 ? sql.ref(v) : sql`-${sql.ref(v)} as ${sql.ref(v)}`))]);
  const days = (from: string, to: string, sign: 1 | -1 = 1) =>
    sql`select day, ${columns(sign)} from ${sql.table(table)} where ${where} and day between ${from}::date and ${to}::date`;
  const monthRows = (from: string, to: string) =>
    sql`select month as day, ${columns(1)} from ${sql.table(`${table}_months`)}
    where ${where} and month between ${from}::date and ${to}::date`;
  // Days from..to of one calendar month.
  const partOfMonth = (from: string, to: string) => {
    const start = `${from.slice(0, 8)}01`;
    const end = monthEnd(from);
    if (2 * (daysBetween(from, to) + 1) <= daysBetween(start, end) + 1) return [days(from, to)];
    const parts = [monthRows(start, start)];
    if (start < from) parts.push(days(start, addDays(from, -1), -1));
    if (to < end) parts.push(days(addDays(to, 1), end, -1));
    return parts;
  };
  if (bucket === 'day' || bucket === 'week') return days(r.from, r.to);
  const months = monthsWithin(r);
  const parts: RawBuilder<unknown>[] = [];
  if (!months) {
    // At most two partial months.
    const firstEnd = monthEnd(r.from);
    if (r.to <= firstEnd) parts.push(...partOfMonth(r.from, r.to));
    else parts.push(...partOfMonth(r.from, firstEnd), ...partOfMonth(addDays(firstEnd, 1), r.to));
  } else {
    parts.push(monthRows(months.from, months.to));
    if (r.from < months.from) parts.push(...partOfMonth(r.from, addDays(months.from, -1)));
    if (months.to < r.to) parts.push(...partOfMonth(addDays(months.to, 1), r.to));
  }
  return sql.join(parts, sql` union all `);
}

const inRange = (r: DayRange) => sql`day between ${r.from}::date and ${r.to}::date`;
const bucketOf = (b: Bucket) => (b === 'day' ? sql`day` : sql`date_trunc(${b}, day)::date`);

export const statsRepository = {
  /**
   * Derives the facts of up to `batch` dirty petitions again and applies the difference to the summary tables,
   * in one transaction. Returns how many petitions were refreshed (0 when none was dirty or another refresh runs).
   */
  async refreshBatch(db: Database, batch: number): Promise<number> {
    return db.transaction().execute(async (trx) => {
      const { rows: lock } = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${REFRESH_LOCK}) as ok`.execute(trx);
      if (!lock[0]!.ok) return 0;
      const { rows } = await sql<{ petition_id: string }>`
        delete from stat_dirty where id in (select id from stat_dirty order by id limit ${batch})
        returning petition_id`.execute(trx);
      if (!rows.length) return 0;
      const ids = [...new Set(rows.map((r) => Number(r.petition_id)))];
      await sql`create temp table stat_new on commit drop as ${factsQuery(sql`select unnest(${ids}::bigint[]) as id`)}`.execute(trx);
      await sql`create temp table stat_old on commit drop as select * from stat_facts where petition_id = any(${ids}::bigint[])`.execute(
        trx,
      );
      await applyDelta(trx, sql`select * from stat_new`, sql`select * from stat_old`);
      await sql`delete from stat_facts where petition_id = any(${ids}::bigint[])`.execute(trx);
      await sql`insert into stat_facts select * from stat_new`.execute(trx);
      return ids.length;
    });
  },

  /** Everything derived again from the petitions (after a restore, or `npm run stats:rebuild`). */
  async rebuild(db: Database): Promise<number> {
    const n = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${REFRESH_LOCK})`.execute(trx);
      await sql`truncate stat_facts, stat_volume, stat_volume_months, stat_measures, stat_measures_months, stat_dirty`.execute(trx);
      const facts = await sql`insert into stat_facts ${factsQuery(sql`select id from petitions`)}`.execute(trx);
      await applyDelta(trx, sql`select * from stat_facts`, sql`select * from stat_facts where false`);
      return Number(facts.numAffectedRows ?? 0);
    });
    // Marks the new rows all-visible, so dashboards read them by index-only scans at once.
    await sql`vacuum analyze stat_volume, stat_volume_months, stat_measures, stat_measures_months`.execute(db);
    return n;
  },

  /**
   * Rows that differ between the kept summary tables and a full recomputation from the petitions (zero rows
   * are no figure): the tests' oracle. Both lists empty means the tables are right.
   */
  async differences(db: Executor) {
    const facts = factsQuery(sql`select id from petitions`);
    const nonZero = sql.join(
      VOLUME_FIELDS.map((f) => sql`${sql.ref(f)} <> 0`),
      sql` or `,
    );
    const { rows: volume } = await sql<Record<string, unknown>>`
      with contributions as materialized (${volumeContributions(facts, 1)}),
      kept as (
        select 'day' as grain, scope_org_id, dim, key, day, ${volumeColumns} from stat_volume where ${nonZero}
        union all
        select 'month', scope_org_id, dim, key, month, ${volumeColumns} from stat_volume_months where ${nonZero}
      ), fresh as (
        select 'day' as grain, scope_org_id, dim, key, day, ${volumeSums} from contributions group by 2, 3, 4, 5
        union all
        select 'month', scope_org_id, dim, key, date_trunc('month', day)::date, ${volumeSums} from contributions group by 2, 3, 4, 5
      )
      (select 'kept' as side, * from kept except select 'kept', * from fresh)
      union all
      (select 'fresh', * from fresh except select 'fresh', * from kept)`.execute(db);
    const { rows: measures } = await sql<Record<string, unknown>>`
      with contributions as materialized (${measureContributions(facts, 1)}),
      kept as (
        select 'day' as grain, scope_org_id, measure, day, value from stat_measures where value <> 0
        union all
        select 'month', scope_org_id, measure, month, value from stat_measures_months where value <> 0
      ), fresh as (
        select 'day' as grain, scope_org_id, measure, day, sum(value)::bigint as value from contributions
        group by 2, 3, 4 having sum(value) <> 0
        union all
        select 'month', scope_org_id, measure, date_trunc('month', day)::date, sum(value)::bigint from contributions
        group by 2, 3, 4 having sum(value) <> 0
      )
      (select 'kept' as side, * from kept except select 'kept', * from fresh)
      union all
      (select 'fresh', * from fresh except select 'fresh', * from kept)`.execute(db);
    return { volume, measures };
  },

  async pending(db: Executor): Promise<number> {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from stat_dirty`.execute(db);
    return rows[0]!.n;
  },

  /**
   * Volume of the scopes in the range, by key of one breakdown (`all` has key '') and optionally by bucket, less the
   * accusations the reader may not see (条例 Art. 30), so each figure equals its drill-down.
   */
  async volume(db: Executor, reader: Reader, q: { scopes: number[]; dim: string; range: DayRange; bucket?: Bucket }) {
    const bucket = q.bucket ? bucketOf(q.bucket) : sql`null::date`;
    const rows = rowsIn(
      'stat_volume',
      ['scope_org_id', 'key'],
      VOLUME_FIELDS,
      sql`scope_org_id = any(${q.scopes}::int[]) and dim = ${q.dim}`,
      q.range,
      q.bucket,
    );
    const hidden = sql`select day, scope_org_id, key, ${volumeColumns} from (${volumeContributions(hiddenFacts(reader), -1)}) h
      where scope_org_id = any(${q.scopes}::int[]) and dim = ${q.dim} and ${inRange(q.range)}`;
    const { rows: sums } = await sql<VolumeSums & { scope: number; key: string; bucket: string | null }>`
      select scope_org_id as scope, key, ${bucket}::text as bucket, ${volumeSums}
      from (${rows} union all ${hidden}) r
      group by 1, 2, 3`.execute(db);
    return sums;
  },

  /** Dated measures of the scopes in the range, optionally by bucket, less the accusations the reader may not see. */
  async measures(db: Executor, reader: Reader, q: { scopes: number[]; range: DayRange; bucket?: Bucket; measures?: readonly string[] }) {
    const bucket = q.bucket ? bucketOf(q.bucket) : sql`null::date`;
    const only = q.measures ? sql`and measure = any(${q.measures}::text[])` : sql``;
    const rows = rowsIn(
      'stat_measures',
      ['scope_org_id', 'measure'],
      ['value'],
      sql`scope_org_id = any(${q.scopes}::int[]) ${only}`,
      q.range,
      q.bucket,
    );
    const hidden = sql`select day, scope_org_id, measure, value from (${measureContributions(hiddenFacts(reader), -1)}) h
      where scope_org_id = any(${q.scopes}::int[]) ${only} and ${inRange(q.range)}`;
    const { rows: sums } = await sql<{ scope: number; measure: string; bucket: string | null; value: string }>`
      select scope_org_id as scope, measure, ${bucket}::text as bucket, sum(value)::text as value
      from (${rows} union all ${hidden}) r
      group by 1, 2, 3`.execute(db);
    return sums.map((r) => ({ ...r, value: Number(r.value) }));
  },

  /**
   * Recent petitions of a scope (the actor's body or one below it) in a range, for grouping similar matters by
   * text: the scope's own rows of `petition_scopes` walked newest first, so the sample costs the same at any
   * volume. An accusation never reaches the accused body through a group's words or samples (条例 Art. 30).
   */
  async texts(db: Executor, actor: Pick<Actor, 'orgPath' | 'orgId'>, q: { scope: number; range: DayRange; limit: number }) {
    const { rows } = await sql<{ id: number; number: string; title: string; text: string }>`
      select p.id, p.number, p.title, p.title || '。' || left(p.content, 400) as text
      from petition_scopes s join petitions p on p.id = s.petition_id
      where s.org_id = ${q.scope}
        and s.received_at >= ${q.range.from}::timestamp at time zone 'Asia/Shanghai'
        and s.received_at < (${q.range.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'
        and p.merged_into_id is null and ${notAccusing(actor)}
      order by s.received_at desc, s.petition_id desc
      limit ${q.limit}`.execute(db);
    return rows;
  },

  /** Changes whenever a body is changed or moved: what a cached answer's reader may see can have changed with it. */
  async treeVersion(db: Executor): Promise<string> {
    const { rows } = await sql<{ v: string }>`select coalesce(max(updated_at), 'epoch')::text as v from orgs`.execute(db);
    return rows[0]!.v;
  },

  /** The keys a breakdown of a scope has rows for in the months around a range (a superset of the range's). */
  async storedKeys(db: Executor, q: { scope: number; dim: VolumeDim; range: DayRange }): Promise<string[]> {
    const { rows } = await sql<{ key: string }>`
      select distinct key from stat_volume_months
      where scope_org_id = ${q.scope} and dim = ${q.dim}
        and month between date_trunc('month', ${q.range.from}::date)::date and ${q.range.to}::date`.execute(db);
    return rows.map((r) => r.key);
  },

  /** Bodies directly below a body. */
  children(db: Executor, orgId: number) {
    return db.selectFrom('orgs').select(['id', 'name', 'kind', 'region_code']).where('parent_id', '=', orgId).orderBy('id').execute();
  },
};

/** Petitions registered for each of the scopes, all time (from the month rows). */
export async function allTimeRegistered(db: Executor, scopes: number[]) {
  const { rows } = await sql<{ scope: number; n: number }>`
    select scope_org_id as scope, sum(registered)::int as n from stat_volume_months
    where scope_org_id = any(${scopes}::int[]) and dim = 'all' group by 1`.execute(db);
  return new Map(rows.map((r) => [r.scope, r.n]));
}

/** A figure to drill: `stat` of body `statOrg` in the days given, optionally one row of a breakdown. */
export interface StatFigure {
  stat: string;
  statOrg: number;
  statFrom: string;
  statTo: string;
  /** A breakdown's row: the stored keys it sums (`stat_volume.key` of `dim`). */
  row?: { dim: VolumeDim; keys: string[] } | undefined;
}

/**
 * The drill-down condition of the work list: the petitions behind a figure, read from the facts the figure's
 * summary rows are made of (the same keys, days and bodies), so the list has exactly as many petitions as the
 * figure counts. A state (overdue_now) is counted whatever the days, and drilled likewise.
 */
export function statCondition(f: StatFigure) {
  const facts = sql`
    select 1 from stat_facts f where f.petition_id = p.id and f.scopes @> array[${f.statOrg}::int]
      ${f.row ? sql`and ${dimKey(f.row.dim)} = any(${f.row.keys}::text[])` : sql``}`;
  if ((VOLUME_FIELDS as readonly string[]).includes(f.stat)) {
    const flag = f.stat === 'registered' || f.stat === 'persons' ? sql`` : sql`and ${sql.ref(`f.${f.stat}`)}`;
    return sql<boolean>`exists (${facts} and f.received_day between ${f.statFrom}::date and ${f.statTo}::date ${flag})`;
  }
  const days = (STATE_MEASURES as readonly string[]).includes(f.stat)
    ? sql``
    : sql`and (i->>1)::date between ${f.statFrom}::date and ${f.statTo}::date`;
  return sql<boolean>`exists (
    ${facts} and exists (
      select 1 from jsonb_array_elements(f.items) i
      where i->>0 = ${f.stat} ${days} and i->3 @> to_jsonb(${f.statOrg}::int)
    ))`;
}
