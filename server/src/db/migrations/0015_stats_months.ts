import { sql, type Kysely } from 'kysely';

/**
 * Month rows beside the day rows: a year's breakdown of a province summed 365 days × every key (1,853 townships),
 * 300–460 ms at 300k petitions. Whole months are now read from month rows and only the days at a range's edges
 * from day rows (docs/STATISTICS.md). `month` is the first day of the month.
 */
const VOLUME = 'registered, persons, first_time, repeat, merged, grouped, skip_level, litigation, major_urgent, backlog';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table stat_volume_months (
      scope_org_id integer not null,
      dim text not null,
      key text not null,
      month date not null,
      registered integer not null default 0,
      persons integer not null default 0,
      first_time integer not null default 0,
      repeat integer not null default 0,
      merged integer not null default 0,
      grouped integer not null default 0,
      skip_level integer not null default 0,
      litigation integer not null default 0,
      major_urgent integer not null default 0,
      backlog integer not null default 0,
      primary key (scope_org_id, dim, month, key) include (${sql.raw(VOLUME)})
    ) with (fillfactor = 80)`.execute(db);
  await sql`
    create table stat_measures_months (
      scope_org_id integer not null,
      measure text not null,
      month date not null,
      value bigint not null default 0,
      primary key (scope_org_id, measure, month) include (value)
    ) with (fillfactor = 80)`.execute(db);
  const sums = sql.raw(
    VOLUME.split(', ')
      .map((f) => `sum(${f})`)
      .join(', '),
  );
  await sql`
    insert into stat_volume_months (scope_org_id, dim, key, month, ${sql.raw(VOLUME)})
    select scope_org_id, dim, key, date_trunc('month', day)::date, ${sums}
    from stat_volume group by 1, 2, 3, 4 order by 1, 2, 4, 3`.execute(db);
  await sql`
    insert into stat_measures_months (scope_org_id, measure, month, value)
    select scope_org_id, measure, date_trunc('month', day)::date, sum(value)
    from stat_measures group by 1, 2, 3 order by 1, 2, 3`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists stat_volume_months, stat_measures_months`.execute(db);
}
