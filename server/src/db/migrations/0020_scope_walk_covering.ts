import { sql, type Kysely } from 'kysely';

/**
 * A work list walks its body's `petition_scopes` rows newest first and tests status, channel, type and category on
 * each. Those were read from the table: a province's `channel=online&status=concluded` read 12,700 rows from the
 * heap to find 51, 0.5–1.1 s when not cached. The walk's index now carries them (INCLUDE), so the walk reads
 * the index alone (docs/PERFORMANCE.md § Lists).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`set local maintenance_work_mem = '256MB'`.execute(db);
  await sql`
    create unique index petition_scopes_received_covering on petition_scopes (org_id, received_at, petition_id)
      include (status, channel, type, category_id)`.execute(db);
  await sql`drop index petition_scopes_received`.execute(db);
  await sql`alter index petition_scopes_received_covering rename to petition_scopes_received`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index petition_scopes_received`.execute(db);
  await sql`create unique index petition_scopes_received on petition_scopes (org_id, received_at, petition_id)`.execute(db);
}
