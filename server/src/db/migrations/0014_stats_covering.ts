import { sql, type Kysely } from 'kysely';

/**
 * A body's summary rows lie scattered over the heap (the refresher and the rebuild write them in petition
 * order), so a province's year read thousands of random pages. The primary keys now carry the figures
 * (INCLUDE), and the figures are read by index-only scans from pages ordered by body and day.
 */
const VOLUME = 'registered, persons, first_time, repeat, merged, grouped, skip_level, litigation, major_urgent, backlog';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stat_measures drop constraint stat_measures_pkey,
    add primary key (scope_org_id, measure, day) include (value)`.execute(db);
  await sql`alter table stat_volume drop constraint stat_volume_pkey,
    add primary key (scope_org_id, dim, day, key) include (${sql.raw(VOLUME)})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stat_measures drop constraint stat_measures_pkey, add primary key (scope_org_id, measure, day)`.execute(db);
  await sql`alter table stat_volume drop constraint stat_volume_pkey, add primary key (scope_org_id, dim, day, key)`.execute(db);
}
