/**
 * node --conditions=source --import tsx bench/scale-stats.ts --data-dir DIR [--times 10]: turns a COPY of a generated data set into
 * the summary tables of `times` as many petitions, for the dashboards at 10M (docs/PERFORMANCE.md). A full 10M
 * set needs about 170 GB of disk (17 GB per million) and five hours to build; the dashboards read the summary
 * tables (and, for the hot-issue sample, a scope's newest `petition_scopes` rows, a walk that costs the same at any
 * volume), so the summary tables are what is multiplied.
 *
 * Copy k (k = 0 … times-1) is the whole petition history moved by k/times of the data's span, rotating inside
 * that span: every summary row's day d becomes start + (d - start + offset_k) mod span. The same bodies, keys and
 * figures then fall on other days, so the tables fill the way a busier province's would (more rows per body and
 * day), and every month holds `times` × its petitions. `stat_facts` gets the copies' facts too (ids from 10^9·k,
 * same bodies, days moved the same way; no dated items, which only the work list's drill-down reads): the
 * benchmark counts them as the set's size. The petitions themselves are not copied.
 *
 * The set is changed in place and is for the dashboards benchmark only (`--only dashboards`): its summary tables
 * no longer agree with its petitions.
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, times: { type: 'string', default: '10' } } });
if (!values['data-dir']) throw new Error('--data-dir DIR (a copy of a generated data set) is required');
process.env.DATA_DIR = values['data-dir'];
process.env.DATABASE_URL = '';
const { loadConfig } = await import('../server/src/config.js');
const { connect, DATABASE_NAME } = await import('../server/src/db/connect.js');
const { createDatabase } = await import('../server/src/db/database.js');
const { VOLUME_FIELDS } = await import('../server/src/features/stats/stats.measures.js');

const COPY_BASE = 1_000_000_000;
const times = Number(values.times);
const conn = await connect(loadConfig(), () => undefined);
// Rewriting the summary tables with triggers off (session_replication_role) is the superuser's.
const db = createDatabase(conn.embedded!.url(DATABASE_NAME));
const started = performance.now();
const log = (line: string) => console.log(`scale-stats: ${line} (${((performance.now() - started) / 1000).toFixed(0)} s)`);

try {
  const { rows: state } = await sql<{ copies: string; dirty: string; start: string; span: number; facts: string }>`
    select (select count(*) from stat_facts where petition_id >= ${COPY_BASE}) as copies,
      (select count(*) from stat_dirty) as dirty, (select count(*) from stat_facts) as facts,
      min(received_day)::text as start, max(received_day) - min(received_day) + 1 as span
    from stat_facts`.execute(db);
  const { copies, dirty, start, span, facts } = state[0]!;
  if (Number(copies) > 0) throw new Error('this data set is already scaled');
  if (Number(dirty) > 0) throw new Error(`${dirty} petitions wait for the refresher: start the server on it first`);
  const offsets = Array.from({ length: times }, (_, k) => Math.round((k * span) / times));
  log(
    `${Number(facts).toLocaleString('en')} petitions from ${start} over ${span} days, ${times} copies moved by ${offsets.join(', ')} days`,
  );
  const rotated = (day: string) => sql`${start}::date + ((${sql.ref(day)} - ${start}::date + o.off) % ${span} + ${span}) % ${span}`;

  // Day and month rows, body by body: each body's rows of all copies are summed and appended in key order.
  const volume = sql.join(VOLUME_FIELDS.map((f) => sql.ref(f)));
  const volumeSums = sql.join(VOLUME_FIELDS.map((f) => sql`sum(${sql.ref(f)}) as ${sql.ref(f)}`));
  const tables = [
    {
      name: 'stat_volume',
      keys: sql`scope_org_id, dim, key`,
      order: sql`scope_org_id, dim, d, key`,
      monthOrder: sql`scope_org_id, dim, m, key`,
      columns: volume,
      sums: volumeSums,
    },
    {
      name: 'stat_measures',
      keys: sql`scope_org_id, measure`,
      order: sql`scope_org_id, measure, d`,
      monthOrder: sql`scope_org_id, measure, m`,
      columns: sql`value`,
      sums: sql`sum(value) as value`,
    },
  ];
  const { rows: scopes } = await sql<{ scope: number }>`select distinct scope_org_id as scope from stat_measures
    union select distinct scope_org_id from stat_volume order by 1`.execute(db);
  for (const t of tables) {
    const src = sql.table(`scale_src_${t.name}`);
    const table = sql.table(t.name);
    const months = sql.table(`${t.name}_months`);
    await sql`drop table if exists ${src}`.execute(db);
    await sql`create unlogged table ${src} as select * from ${table}`.execute(db);
    await sql`create index on ${src} (scope_org_id)`.execute(db);
    await sql`truncate ${table}, ${months}`.execute(db);
    log(`${t.name}: kept rows copied aside`);
    for (let i = 0; i < scopes.length; i += 25) {
      const chunk = scopes.slice(i, i + 25).map((s) => s.scope);
      await db.transaction().execute(async (trx) => {
        await sql`create temp table scale_days on commit drop as
          select ${t.keys}, ${rotated('day')} as d, ${t.sums}
          from ${src} cross join unnest(${offsets}::int[]) o(off)
          where scope_org_id = any(${chunk}::int[])
          group by ${t.keys}, d`.execute(trx);
        await sql`insert into ${table} (${t.keys}, day, ${t.columns})
          select * from scale_days order by ${t.order}`.execute(trx);
        await sql`insert into ${months} (${t.keys}, month, ${t.columns})
          select ${t.keys}, date_trunc('month', d)::date as m, ${t.sums}
          from scale_days group by ${t.keys}, m order by ${t.monthOrder}`.execute(trx);
      });
      if ((i / 25) % 20 === 0) log(`${t.name}: ${Math.min(i + 25, scopes.length)} of ${scopes.length} bodies`);
    }
    await sql`drop table ${src}`.execute(db);
  }

  // The copies' facts: same bodies and figures, days moved like their summary rows.
  await db.connection().execute(async (c) => {
    // Bulk loading of rows without petitions: the foreign key to petitions is what this skips.
    await sql`set session_replication_role = replica`.execute(c);
    for (let k = 1; k < times; k++) {
      await sql`insert into stat_facts
        select f.petition_id + ${k * COPY_BASE}::bigint, ${rotated('received_day')}, f.channel, f.type, f.category_id, f.region,
          f.accused_org_id, f.persons, f.first_time, f.repeat, f.merged, f.grouped, f.skip_level, f.litigation,
          f.major_urgent, f.backlog, f.scopes, '[]'::jsonb
        from stat_facts f cross join (select ${offsets[k]!}::int as off) o
        where f.petition_id < ${COPY_BASE}`.execute(c);
      log(`stat_facts: copy ${k} of ${times - 1}`);
    }
  });
  await sql`vacuum analyze stat_facts, stat_volume, stat_volume_months, stat_measures, stat_measures_months`.execute(db);
  const { rows: sizes } = await sql<{ name: string; n: string; size: string }>`
    select relname as name, reltuples::bigint::text as n, pg_size_pretty(pg_total_relation_size(oid)) as size
    from pg_class where relname in ('stat_facts', 'stat_volume', 'stat_volume_months', 'stat_measures', 'stat_measures_months')
    order by 1`.execute(db);
  log(`done: ${sizes.map((s) => `${s.name} ${Number(s.n).toLocaleString('en')} rows, ${s.size}`).join('; ')}`);
} finally {
  await db.destroy();
  await conn.close();
}
