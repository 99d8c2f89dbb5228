import { sql, type Kysely } from 'kysely';

/**
 * Petition data is never deleted: corrections retire rows (`removed_at`) or add events, so a DELETE or TRUNCATE
 * of these tables is refused whoever runs it, the owner included, until the trigger itself is dropped. Documents
 * already refuse both (migration 0006). An attachment may go only while it belongs to no petition: a public upload
 * never submitted is purged after a day (migration 0025). Left out on purpose: petition_scopes and the statistics' tables (derived,
 * rebuilt by triggers and jobs), counters, and operational tables (sessions, outbox, portal limits).
 */
export const NO_DELETE_TABLES = [
  'petitions',
  'petitioners',
  'petition_events',
  'attachments',
  'petition_access',
  'petition_assignments',
  'petition_clocks',
  'clock_warnings',
  'handling_records',
  'extensions',
  'decisions',
  'proceedings',
  'supervisions',
  'instructions',
  'ownerships',
  'ownership_items',
  'evaluations',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function petition_data_no_delete() returns trigger language plpgsql as $$
    begin
      raise exception '% is petition data and is never deleted: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`
    create function attachments_no_delete() returns trigger language plpgsql as $$
    begin
      if old.petition_id is null then
        return old;
      end if;
      raise exception 'attachments of a petition are petition data and are never deleted: DELETE refused'
        using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  for (const table of NO_DELETE_TABLES) {
    const guard = table === 'attachments' ? sql`attachments_no_delete()` : sql`petition_data_no_delete()`;
    await sql`create trigger ${sql.id(`${table}_no_delete`)} before delete on ${sql.id(table)}
              for each row execute function ${guard}`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.id(table)}
              for each statement execute function petition_data_no_delete()`.execute(db);
  }
  // The server's role may only read the chain and record into audit_pending (db/roles.ts): moving committed rows
  // into the chain runs with the rights of the function's owner.
  await sql`alter function audit_link(integer) security definer set search_path = public, pg_temp`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter function audit_link(integer) security invoker reset search_path`.execute(db);
  for (const table of NO_DELETE_TABLES) {
    await sql`drop trigger if exists ${sql.id(`${table}_no_delete`)} on ${sql.id(table)}`.execute(db);
    await sql`drop trigger if exists ${sql.id(`${table}_no_truncate`)} on ${sql.id(table)}`.execute(db);
  }
  await sql`drop function if exists petition_data_no_delete(), attachments_no_delete()`.execute(db);
}
