import { sql, type Kysely } from 'kysely';

/** Bodies, users, sessions and the append-only, hash-chained audit trail. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`
    create table orgs (
      id integer generated always as identity primary key,
      parent_id integer references orgs(id),
      path text not null,
      depth integer not null,
      kind text not null check (kind in ('bureau','department','government','township','village',
                                         'court','procuratorate','discipline','arbitration','reconsideration')),
      name text not null check (length(btrim(name)) between 1 and 100),
      short_name text,
      code text,
      region_code text check (region_code ~ '^[0-9]{6}([0-9]{3})?$'),
      contact_person text,
      contact_phone text,
      address text,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index orgs_sibling_name on orgs (coalesce(parent_id, 0), name)`.execute(db);
  await sql`create unique index orgs_code on orgs (lower(code)) where code is not null`.execute(db);
  await sql`create index orgs_path on orgs (path text_pattern_ops)`.execute(db);
  await sql`create index orgs_parent on orgs (parent_id)`.execute(db);

  await sql`
    create table users (
      id integer generated always as identity primary key,
      username text not null check (username ~ '^[A-Za-z0-9_.-]{2,40}$'),
      display_name text not null,
      org_id integer not null references orgs(id),
      roles text[] not null check (cardinality(roles) >= 1
        and roles <@ array['admin','registrar','handler','supervisor','leader','auditor']),
      phone text,
      email text,
      password_hash text not null,
      must_change_password boolean not null default true,
      active boolean not null default true,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      password_changed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index users_username on users (lower(username))`.execute(db);
  await sql`create index users_org on users (org_id)`.execute(db);

  await sql`
    create table sessions (
      id text primary key,
      user_id integer not null references users(id),
      ip text,
      user_agent text,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index sessions_user on sessions (user_id)`.execute(db);
  await sql`create index sessions_expires on sessions (expires_at)`.execute(db);

  await sql`
    create table audit_events (
      seq bigint primary key,
      at timestamptz not null default now(),
      actor_id integer,
      actor_username text,
      actor_org_id integer,
      org_id integer,
      ip text,
      request_id text,
      action text not null,
      object_type text not null,
      object_id text,
      before jsonb,
      after jsonb,
      prev_hash text not null,
      hash text not null
    )`.execute(db);
  await sql`create index audit_events_at on audit_events (at)`.execute(db);
  await sql`create index audit_events_actor on audit_events (actor_id, seq)`.execute(db);
  await sql`create index audit_events_org on audit_events (org_id, seq)`.execute(db);
  await sql`create index audit_events_object on audit_events (object_type, object_id, seq)`.execute(db);
  await sql`create index audit_events_action on audit_events (action, seq)`.execute(db);

  // Length-prefixed fields make the hashed text unambiguous; audit.chain.ts computes the same in Node.
  await sql`
    create function audit_field(t text) returns text language sql immutable as
    $$ select case when t is null then '~' else octet_length(t)::text || ':' || t end $$`.execute(db);
  await sql`
    create function audit_content(e audit_events) returns text language sql immutable as $$
      select e.prev_hash
        || audit_field(e.seq::text)
        || audit_field(to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || audit_field(e.actor_id::text) || audit_field(e.actor_username) || audit_field(e.actor_org_id::text)
        || audit_field(e.org_id::text) || audit_field(e.ip) || audit_field(e.request_id)
        || audit_field(e.action) || audit_field(e.object_type) || audit_field(e.object_id)
        || audit_field(e.before::text) || audit_field(e.after::text)
    $$`.execute(db);
  // The lock serialises writers so each row links to the one committed before it.
  await sql`
    create function audit_events_chain() returns trigger language plpgsql as $$
    declare last_seq bigint; last_hash text;
    begin
      perform pg_advisory_xact_lock(7246151);
      select seq, hash into last_seq, last_hash from audit_events order by seq desc limit 1;
      new.seq := coalesce(last_seq, 0) + 1;
      new.prev_hash := coalesce(last_hash, repeat('0', 64));
      new.hash := encode(sha256(convert_to(audit_content(new), 'UTF8')), 'hex');
      return new;
    end $$`.execute(db);
  await sql`create trigger audit_events_chain before insert on audit_events
            for each row execute function audit_events_chain()`.execute(db);
  await sql`
    create function audit_events_guard() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`create trigger audit_events_append_only before update or delete on audit_events
            for each row execute function audit_events_guard()`.execute(db);
  await sql`create trigger audit_events_no_truncate before truncate on audit_events
            for each statement execute function audit_events_guard()`.execute(db);
}

/** Migrations are never rolled back in production; down exists for local experiments only. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists audit_events, sessions, users, orgs cascade`.execute(db);
  await sql`drop function if exists audit_events_chain, audit_events_guard, audit_content, audit_field cascade`.execute(db);
}
