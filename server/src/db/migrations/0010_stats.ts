import { sql, type Kysely } from 'kysely';

/**
 * Summary tables of the statistics (docs/STATISTICS.md): facts per petition, volume and dated measures rolled
 * up to every body above, and the log of petitions whose facts must be derived again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table stat_facts (
      petition_id bigint primary key references petitions(id),
      received_day date not null,
      channel text not null,
      type text not null,
      category_id integer,
      region text,
      accused_org_id integer,
      persons integer not null,
      first_time boolean not null,
      repeat boolean not null,
      merged boolean not null,
      grouped boolean not null,
      skip_level boolean not null,
      litigation boolean not null,
      major_urgent boolean not null,
      backlog boolean not null,
      -- Every body the petition counts for (with those above): the volume scopes.
      scopes integer[] not null,
      -- [measure, day, value, [body and those above]] per dated measure.
      items jsonb not null
    )`.execute(db);
  await sql`create index stat_facts_received on stat_facts (received_day)`.execute(db);

  await sql`
    create table stat_volume (
      scope_org_id integer not null,
      dim text not null,
      key text not null,
      day date not null,
      registered integer not null default 0,
      persons integer not null default 0,
      first_time integer not null default 0,
      repeat integer not null default 0,
      merged integer not null default 0,
      grouped integer not null default 0,
      skip_level integer not null default 0,
      litigation integer not null default 0,
      major_urgent integer not null default 0,
      backlog integer not null default 0,
      primary key (scope_org_id, dim, day, key)
    ) with (fillfactor = 80)`.execute(db);
  await sql`
    create table stat_measures (
      scope_org_id integer not null,
      measure text not null,
      day date not null,
      value bigint not null default 0,
      primary key (scope_org_id, measure, day)
    ) with (fillfactor = 80)`.execute(db);

  // Append-only, so a mark made while a refresh runs is never swallowed by the row it is deleting.
  await sql`create table stat_dirty (id bigint generated always as identity primary key, petition_id bigint not null)`.execute(db);
  await sql`
    create function stat_mark_dirty() returns trigger language plpgsql as $$
    begin
      insert into stat_dirty (petition_id) values (new.petition_id);
      return null;
    end $$`.execute(db);
  // Every change of a petition is an event in its transaction; ratings are the one change that is not.
  for (const table of ['petition_events', 'evaluations'])
    await sql`create trigger ${sql.raw(`${table}_stat_dirty`)} after insert or update on ${sql.table(table)}
      for each row execute function stat_mark_dirty()`.execute(db);
  // A clock entering or leaving 已超期 (the sweep, an extension) changes overdue_now / overdue_ever.
  await sql`
    create trigger petition_clocks_stat_dirty after update of grade on petition_clocks
      for each row when ((old.grade = 'overdue') is distinct from (new.grade = 'overdue'))
      execute function stat_mark_dirty()`.execute(db);
  await sql`insert into stat_dirty (petition_id) select id from petitions order by id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists petition_clocks_stat_dirty on petition_clocks`.execute(db);
  for (const table of ['petition_events', 'evaluations'])
    await sql`drop trigger if exists ${sql.raw(`${table}_stat_dirty`)} on ${sql.table(table)}`.execute(db);
  await sql`drop function if exists stat_mark_dirty()`.execute(db);
  await sql`drop table if exists stat_dirty, stat_measures, stat_volume, stat_facts`.execute(db);
}
