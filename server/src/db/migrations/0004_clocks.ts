import { sql, type Kysely } from 'kysely';

/** Running deadlines of petitions (one row per clock started) and the warnings raised for them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table petition_clocks (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      org_id integer not null references orgs(id),
      key text not null,
      pack text not null,
      label text not null,
      started_at timestamptz not null,
      due_at timestamptz not null,
      provisional boolean not null default false,
      grade text not null default 'normal' check (grade in ('normal','due_soon','due_today','overdue')),
      stopped_at timestamptz,
      stop_event text
    )`.execute(db);
  await sql`create index petition_clocks_open on petition_clocks (due_at) where stopped_at is null`.execute(db);
  await sql`create index petition_clocks_petition on petition_clocks (petition_id)`.execute(db);
  // One row per clock and grade: the sweep raises each warning exactly once, however many instances run it.
  await sql`
    create table clock_warnings (
      clock_id bigint not null references petition_clocks(id),
      grade text not null,
      created_at timestamptz not null default now(),
      primary key (clock_id, grade)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists clock_warnings, petition_clocks`.execute(db);
}
