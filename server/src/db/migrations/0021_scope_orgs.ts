import { sql, type Kysely } from 'kysely';

/**
 * A county searching a word of middling rarity (拖欠工资: 15,000 petitions at 1M, 150 of them the county's) read
 * every candidate's row to learn it belonged elsewhere, or walked all the county's rows testing text: 100–160 ms
 * warm, up to 1 s cold, either way. Each petition now carries the bodies that see it (`scope_orgs`, the org ids of
 * its `petition_scopes` rows) in the grams index, so the index itself intersects the term with the body
 * (docs/PERFORMANCE.md § Search). Kept by triggers: set on insert from the registering body's path (so a
 * registration writes its row once), brought up to date whenever `petition_scopes` gains rows (a matter reaching
 * another body; a body moved, whose petitions' rows are derived again).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`set local maintenance_work_mem = '256MB'`.execute(db);
  // Every row is written again: with its indexes dropped first and built after, that takes a third of the time
  // (measured at 1M: 54 minutes keeping them), and they come out compact instead of twice their size.
  const { rows: indexes } = await sql<{ name: string; def: string }>`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def from pg_index i
    where i.indrelid = 'petitions'::regclass and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      and i.indexrelid <> 'petitions_grams'::regclass`.execute(db);
  for (const i of indexes) await sql`drop index ${sql.raw(i.name)}`.execute(db);
  await sql`drop index petitions_grams`.execute(db);
  await sql`alter table petitions add column scope_orgs integer[] not null default '{}'`.execute(db);
  await sql`
    update petitions p set scope_orgs = x.orgs
    from (select petition_id, array_agg(org_id order by org_id) as orgs from petition_scopes group by petition_id) x
    where p.id = x.petition_id`.execute(db);
  await sql`
    create index petitions_grams on petitions
    using gin (search_grams, scope_orgs, ((received_at at time zone 'Asia/Shanghai')::date))`.execute(db);
  for (const i of indexes) await sql.raw(i.def).execute(db);

  await sql`
    create function petition_scope_orgs_first() returns trigger language plpgsql as $$
    begin
      new.scope_orgs := array(select unnest(string_to_array(trim(both '/' from o.path), '/')::int[]) as s from orgs o
        where o.id = new.org_id order by s);
      return new;
    end $$`.execute(db);
  await sql`
    create trigger petitions_scope_orgs before insert on petitions
      for each row execute function petition_scope_orgs_first()`.execute(db);
  // A statement trigger: a move derives the rows of thousands of petitions again in one statement (deleting, then
  // inserting them), and each petition is then written once. A registration's rows match what was set on insert,
  // and nothing is written.
  await sql`
    create function petition_scope_orgs_sync() returns trigger language plpgsql as $$
    begin
      update petitions p set scope_orgs = x.orgs
      from (
        select s.petition_id, array_agg(s.org_id order by s.org_id) as orgs from petition_scopes s
        where s.petition_id in (select petition_id from added)
        group by s.petition_id
      ) x
      where p.id = x.petition_id and p.scope_orgs is distinct from x.orgs;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger petition_scopes_orgs after insert on petition_scopes
      referencing new table as added for each statement execute function petition_scope_orgs_sync()`.execute(db);
  await sql`analyze petitions`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists petition_scopes_orgs on petition_scopes`.execute(db);
  await sql`drop trigger if exists petitions_scope_orgs on petitions`.execute(db);
  await sql`drop function if exists petition_scope_orgs_sync(), petition_scope_orgs_first()`.execute(db);
  await sql`drop index petitions_grams`.execute(db);
  await sql`alter table petitions drop column scope_orgs`.execute(db);
  await sql`
    create index petitions_grams on petitions
    using gin (search_grams, ((received_at at time zone 'Asia/Shanghai')::date))`.execute(db);
}
