import { sql, type Kysely } from 'kysely';

/**
 * Search reads back in time window by window and stops when its page is full. The grams index now also holds each
 * petition's received day (Beijing time), so a window is one scan of it: a common phrase (物业管理: 17,000 hits at
 * 1M) reads only its recent hits' rows instead of all of them (docs/PERFORMANCE.md § Search). `btree_gin` makes a
 * date a GIN column.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists btree_gin`.execute(db);
  // A large installation's index builds in one pass when it fits; a small one never uses this much.
  await sql`set local maintenance_work_mem = '256MB'`.execute(db);
  await sql`drop index petitions_grams`.execute(db);
  await sql`
    create index petitions_grams on petitions
    using gin (search_grams, ((received_at at time zone 'Asia/Shanghai')::date))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index petitions_grams`.execute(db);
  await sql`create index petitions_grams on petitions using gin (search_grams)`.execute(db);
}
