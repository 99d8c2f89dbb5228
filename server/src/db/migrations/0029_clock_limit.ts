import { sql, type Kysely } from 'kysely';

/**
 * A due time the assigning body set in its 交办, earlier than the statute's: the handling clock's due time never
 * passes it, whatever an extension or a hearing does to the statutory period (the statute stays the outer limit).
 * Null when nobody set one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table petition_clocks add column limit_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table petition_clocks drop column if exists limit_at`.execute(db);
}
