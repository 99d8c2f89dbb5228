import { sql, type Kysely } from 'kysely';

/**
 * Similar matters are found by their title alone too (petitionsRepository.similar): while a registrar has typed only
 * the title, an existing matter with the same title scored low against its stored summary, which goes on with the
 * text, and was not offered. A trigram index of the titles finds them as the summaries' index does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index petitions_title_trgm on petitions using gin (title gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists petitions_title_trgm`.execute(db);
}
