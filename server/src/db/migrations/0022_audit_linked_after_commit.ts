import { sql, type Kysely } from 'kysely';

/**
 * The audit chain's lock was held from a transaction's first audit row to its commit, so every audited write in
 * the system committed one at a time behind the others' disk flushes (intake: 11 ms of each audit row was waiting
 * for it; docs/PERFORMANCE.md § Intake). A change now writes its audit rows to `audit_pending`, in its own
 * transaction as before, and takes no lock; `audit_link` moves committed pending rows into `audit_events` in
 * their order, where the chain trigger of migration 0001 numbers and hashes them as it always did, now with a
 * single writer. The server links right after each request that recorded something, before answering, and
 * every second for the rest (src/audit/audit.service.ts). `audit_events` and its chain are unchanged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The columns of audit_events less the chain's (seq, prev_hash, hash), which linking sets.
  await sql`create table audit_pending (id bigserial primary key, like audit_events including defaults)`.execute(db);
  await sql`alter table audit_pending drop column seq, drop column prev_hash, drop column hash`.execute(db);
  // Rows leave only by being linked: audit_link marks its own transaction as the one allowed to delete them.
  await sql`
    create function audit_pending_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and current_setting('xinfang.audit_linking', true) = 'on' then
        return old;
      end if;
      raise exception 'audit_pending is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`create trigger audit_pending_append_only before update or delete on audit_pending
            for each row execute function audit_pending_guard()`.execute(db);
  await sql`create trigger audit_pending_no_truncate before truncate on audit_pending
            for each statement execute function audit_pending_guard()`.execute(db);
  // The lock is the chain trigger's: taken first, so two linkers (two server processes) take turns, and the second
  // sees what the first moved.
  await sql`
    create function audit_link(batch integer) returns integer language plpgsql as $$
    declare moved integer;
    begin
      perform pg_advisory_xact_lock(7246151);
      perform set_config('xinfang.audit_linking', 'on', true);
      with taken as (
        delete from audit_pending where id in (select id from audit_pending order by id limit batch) returning *
      )
      insert into audit_events (at, actor_id, actor_username, actor_org_id, org_id, ip, request_id, action, object_type,
        object_id, before, after)
      select at, actor_id, actor_username, actor_org_id, org_id, ip, request_id, action, object_type, object_id, before, after
      from taken order by id;
      get diagnostics moved = row_count;
      perform set_config('xinfang.audit_linking', 'off', true);
      return moved;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`select audit_link(2147483647)`.execute(db);
  await sql`drop function if exists audit_link(integer)`.execute(db);
  await sql`drop table if exists audit_pending`.execute(db);
  await sql`drop function if exists audit_pending_guard()`.execute(db);
}
