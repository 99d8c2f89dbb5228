import { sql, type Kysely } from 'kysely';

/** One-time codes sent by SMS so a petitioner can follow a matter with their phone instead of the query code. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table portal_phone_codes (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      phone text not null,
      code_hash text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      attempts integer not null default 0,
      used_at timestamptz
    )`.execute(db);
  await sql`create index portal_phone_codes_phone on portal_phone_codes (phone, created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists portal_phone_codes`.execute(db);
}
