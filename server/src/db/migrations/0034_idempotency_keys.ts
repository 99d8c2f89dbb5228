import { sql, type Kysely } from 'kysely';

/**
 * A staff write sent again under its Idempotency-Key is answered from here instead of being done twice
 * (http/idempotency.ts). A row is claimed before the route runs, marked `written` inside the route's own
 * transactions (so a lost answer is known to have had its write), and given the answer once it is sent. Not petition
 * data: rows older than a day are pruned.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table idempotency_keys (
      user_id integer not null references users(id),
      key text not null,
      fingerprint text not null,
      written boolean not null default false,
      status smallint,
      content_type text,
      body bytea,
      created_at timestamptz not null default now(),
      primary key (user_id, key)
    )`.execute(db);
  await sql`create index idempotency_keys_created on idempotency_keys (created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists idempotency_keys`.execute(db);
}
