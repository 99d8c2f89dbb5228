import { sql, type Kysely } from 'kysely';

/**
 * Who may see a petition, one row per body: the registering body, every body it reached (petition_access) and
 * every body above them (docs/PERFORMANCE.md § Lists). The visibility test is one index lookup, and a work list
 * walks its body's rows newest first and stops at the page's end, for a township as for the province; the old
 * test (an OR of two subqueries over the body's subtree) could only filter a province-wide index. Kept by
 * triggers in the writing transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table petition_scopes (
      org_id integer not null,
      petition_id bigint not null,
      received_at timestamptz not null,
      created_at timestamptz not null,
      -- The filters of most work lists, so a walk reads this narrow row and not the petition's wide one.
      status text not null,
      channel text not null,
      type text not null,
      category_id integer
    ) with (fillfactor = 80)`.execute(db);
  // The rows a petition should have, derived from the petition, its access and the body tree.
  await sql`
    create view petition_scope_rows as
    select distinct s.org_id, p.id as petition_id, p.received_at, p.created_at, p.status, p.channel, p.type, p.category_id
    from petitions p
    cross join lateral (select p.org_id union select a.org_id from petition_access a where a.petition_id = p.id) b(org)
    join orgs o on o.id = b.org
    cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')::int[]) s(org_id)`.execute(db);
  await sql`insert into petition_scopes select * from petition_scope_rows`.execute(db);
  await sql`create unique index petition_scopes_received on petition_scopes (org_id, received_at, petition_id)`.execute(db);
  await sql`create index petition_scopes_created on petition_scopes (org_id, created_at, petition_id)`.execute(db);
  await sql`create index petition_scopes_petition on petition_scopes (petition_id, org_id)`.execute(db);
  // A rare status or category (40 of a million petitions) is found directly, not by walking every row.
  await sql`create index petition_scopes_status on petition_scopes (org_id, status, received_at)`.execute(db);
  await sql`create index petition_scopes_category on petition_scopes (org_id, category_id, received_at)`.execute(db);
  // Categories are few (hundreds) and very unevenly used: statistics of all of them let the planner tell a
  // category of 40 petitions from one of 100,000 and pick the index or the walk accordingly.
  await sql`alter table petition_scopes alter column category_id set statistics 1000`.execute(db);
  await sql`analyze petition_scopes`.execute(db);

  await sql`
    create function petition_scopes_add(petition bigint, org integer) returns void language sql as $$
      insert into petition_scopes (org_id, petition_id, received_at, created_at, status, channel, type, category_id)
      select s, p.id, p.received_at, p.created_at, p.status, p.channel, p.type, p.category_id
      from petitions p, orgs o, unnest(string_to_array(trim(both '/' from o.path), '/')::int[]) s
      where p.id = petition and o.id = org
      on conflict (org_id, received_at, petition_id) do nothing
    $$`.execute(db);
  await sql`
    create function petition_scopes_on_petition() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform petition_scopes_add(new.id, new.org_id);
      else
        update petition_scopes set received_at = new.received_at, created_at = new.created_at, status = new.status,
          channel = new.channel, type = new.type, category_id = new.category_id
        where petition_id = new.id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger petitions_scopes after insert on petitions
      for each row execute function petition_scopes_on_petition()`.execute(db);
  await sql`
    create trigger petitions_scopes_update after update of received_at, created_at, status, channel, type, category_id on petitions
      for each row when ((old.received_at, old.created_at, old.status, old.channel, old.type, old.category_id)
        is distinct from (new.received_at, new.created_at, new.status, new.channel, new.type, new.category_id))
      execute function petition_scopes_on_petition()`.execute(db);
  await sql`
    create function petition_scopes_on_access() returns trigger language plpgsql as $$
    begin
      perform petition_scopes_add(new.petition_id, new.org_id);
      return null;
    end $$`.execute(db);
  await sql`
    create trigger petition_access_scopes after insert on petition_access
      for each row execute function petition_scopes_on_access()`.execute(db);
  // A body moved under another parent: the petitions it registered or reached get their rows derived again.
  await sql`
    create function petition_scopes_on_move() returns trigger language plpgsql as $$
    declare
      moved bigint[];
    begin
      select array_agg(id) into moved from (
        select p.id from petitions p join changed_new n on n.id = p.org_id join changed_old o on o.id = n.id where n.path <> o.path
        union
        select a.petition_id from petition_access a join changed_new n on n.id = a.org_id join changed_old o on o.id = n.id
        where n.path <> o.path
      ) x;
      if moved is not null then
        delete from petition_scopes where petition_id = any(moved);
        insert into petition_scopes select * from petition_scope_rows where petition_id = any(moved);
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger orgs_move_scopes after update on orgs
      referencing old table as changed_old new table as changed_new
      for each statement execute function petition_scopes_on_move()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists orgs_move_scopes on orgs`.execute(db);
  await sql`drop trigger if exists petition_access_scopes on petition_access`.execute(db);
  await sql`drop trigger if exists petitions_scopes_update on petitions`.execute(db);
  await sql`drop trigger if exists petitions_scopes on petitions`.execute(db);
  await sql`drop function if exists petition_scopes_on_move(), petition_scopes_on_access(), petition_scopes_on_petition(),
    petition_scopes_add(bigint, integer)`.execute(db);
  await sql`drop view if exists petition_scope_rows`.execute(db);
  await sql`drop table if exists petition_scopes`.execute(db);
}
