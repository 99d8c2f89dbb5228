import { sql, type Kysely } from 'kysely';

/** Holiday arrangements entered by administrators, and the deadline policy pack a body uses. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table calendar_years (
      year smallint primary key check (year between 2000 and 2100),
      notice text not null,
      entered_by integer references users(id),
      entered_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table calendar_days (
      date date primary key,
      kind text not null check (kind in ('holiday','workday')),
      name text not null
    )`.execute(db);
  // Null: the body follows the pack of the body above it (national-2022 at the top).
  await sql`alter table orgs add column policy_pack text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table orgs drop column if exists policy_pack`.execute(db);
  await sql`drop table if exists calendar_days, calendar_years`.execute(db);
}
