import { sql, type Kysely } from 'kysely';

/**
 * The statistics count each petition once per figure and body, and count the 督办 proposals for the proposing body
 * too (docs/STATISTICS.md): every petition's facts are derived again by the refresher under the new definitions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into stat_dirty (petition_id) select id from petitions order by id`.execute(db);
}

/** The older definitions derive every petition's facts again as well. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`insert into stat_dirty (petition_id) select id from petitions order by id`.execute(db);
}
