import { sql, type Kysely } from 'kysely';

/**
 * The accused body is compared by id with the reader's chain of bodies (server/src/access/visibility.ts), so the
 * rule follows a body that is moved; the path stored at registration went stale on a move and is dropped.
 * `accused_org_unknown`: an accusation whose accused body nobody has determined yet (an online submission whose
 * petitioner was not sure, or a registration naming only a person). It cannot be routed until a registrar sets
 * the body or confirms there is none. Statistics subtract the accusations a reader may not see: a partial index
 * finds them among the facts. A body moved in the tree changes which bodies its petitions count for: they are marked
 * for the statistics refresher (after `orgs_move_scopes` has derived their scope rows again: triggers of one event
 * fire in name order).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table petitions drop column accused_org_path`.execute(db);
  await sql`alter table petitions add column accused_org_unknown boolean not null default false`.execute(db);
  await sql`
    update petitions set accused_org_unknown = true
    where type = 'accusation' and accused_org_id is null and status not in ('concluded', 'final', 'declined')`.execute(db);
  await sql`create index stat_facts_accused on stat_facts (accused_org_id) where accused_org_id is not null`.execute(db);
  await sql`
    create function stat_dirty_on_move() returns trigger language plpgsql as $$
    begin
      insert into stat_dirty (petition_id)
      select distinct s.petition_id from petition_scopes s
      where s.org_id in (select n.id from changed_new n join changed_old o on o.id = n.id where n.path <> o.path);
      return null;
    end $$`.execute(db);
  await sql`
    create trigger orgs_move_stats after update on orgs
      referencing old table as changed_old new table as changed_new
      for each statement execute function stat_dirty_on_move()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists orgs_move_stats on orgs`.execute(db);
  await sql`drop function if exists stat_dirty_on_move()`.execute(db);
  await sql`drop index if exists stat_facts_accused`.execute(db);
  await sql`alter table petitions drop column if exists accused_org_unknown`.execute(db);
  await sql`alter table petitions add column accused_org_path text`.execute(db);
  await sql`update petitions p set accused_org_path = o.path from orgs o where o.id = p.accused_org_id`.execute(db);
}
