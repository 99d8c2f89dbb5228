import { sql, type Kysely } from 'kysely';

/**
 * A reception record names who of the desk's visits (booked or walking in) it received: each visit is recorded at
 * most once, so the desk's day list shows who is still waiting to be recorded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reception_visits add column record_id bigint references reception_records(id)`.execute(db);
  await sql`create index reception_visits_record on reception_visits (record_id) where record_id is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reception_visits drop column if exists record_id`.execute(db);
}
