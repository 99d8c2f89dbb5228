import { sql, type Kysely } from 'kysely';

/**
 * Similar matters by MinHash (server/src/shared/resemblance.ts): each petition's text signature and the keys
 * near-duplicates share, found by array overlap in a GIN index, instead of scoring trigrams across the table. A table
 * of its own, not columns of petitions: signing the rows registered before this migration (backfillSignatures, at
 * start) then inserts here, where updating petitions would rewrite every one of its indexes for each row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table petition_signatures (
    petition_id bigint primary key references petitions (id),
    signature int4[] not null,
    keys int4[] not null
  )`.execute(db);
  await sql`create index petition_signatures_keys on petition_signatures using gin (keys)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists petition_signatures`.execute(db);
}
