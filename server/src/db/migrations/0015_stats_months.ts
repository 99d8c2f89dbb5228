import { sql, type Kysely } from 'kysely';

/**
 * Month rows beside the day rows: a year's breakdown of a province summed 365 days × every key (1,853 townships),
 * 300–460 ms at 300k petitions. Whole months are now read from month rows and only the days at a range's edges
 * from day rows (docs/STATISTICS.md). `month` is the first day of the month.
 */
const VOLUME = 'registered, persons, first_time, repeat, merged, grouped, skip_level, litigation, major_urgent, backlog';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The same columns as the day tables, `day` named `month`; the keys carry the figures as in 0014.
  for (const [table, key, include] of [
    ['stat_volume', 'scope_org_id, dim, month, key', VOLUME],
    ['stat_measures', 'scope_org_id, measure, month', 'value'],
  ] as const) {
    const months = sql.raw(`${table}_months`);
    await sql`create table ${months} (like ${sql.raw(table)} including defaults) with (fillfactor = 80)`.execute(db);
    await sql`alter table ${months} rename column day to month`.execute(db);
    await sql`alter table ${months} add primary key (${sql.raw(key)}) include (${sql.raw(include)})`.execute(db);
  }
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
