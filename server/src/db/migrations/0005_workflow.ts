import { sql, type Kysely } from 'kysely';

/**
 * The handling workflow (docs/WORKFLOW.md): routing to bodies, co-handling, handling records, extensions,
 * written decisions and their delivery, review proceedings, supervision, leaders' instructions and ownership.
 * Rows are never deleted: states change by update with an event in the same transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table petitions
      add column version integer not null default 1,
      -- Who takes the routing decision now: the registering body, or the sender of a returned matter.
      add column router_org_id integer references orgs(id),
      -- The body handling the matter (主办), once routed.
      add column holder_org_id integer references orgs(id),
      add column decline_route text,
      add column decline_route_org_id integer references orgs(id),
      add column decline_reason text,
      add column report text,
      add column concluded_at timestamptz,
      add column final_at timestamptz,
      add column backlog_at timestamptz,
      add column backlog_reason text,
      add column backlog_resolved_on date,
      add column backlog_resolution text`.execute(db);
  await sql`create index petitions_holder on petitions (holder_org_id, status) where holder_org_id is not null`.execute(db);
  await sql`create index petitions_router on petitions (coalesce(router_org_id, org_id), status) where status in ('registered','returned')`.execute(
    db,
  );
  await sql`create index petitions_final on petitions (status) where status = 'final'`.execute(db);

  await sql`
    create table petition_assignments (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      mode text not null check (mode in ('forward','assign','assist')),
      from_org_id integer not null references orgs(id),
      to_org_id integer not null references orgs(id),
      status text not null default 'pending' check (status in ('pending','received','returned','done','withdrawn')),
      requirements text,
      task text,
      owner text,
      due_at timestamptz,
      return_reason text,
      reply text,
      created_by integer not null references users(id),
      created_at timestamptz not null default now(),
      received_at timestamptz,
      returned_at timestamptz,
      replied_at timestamptz,
      replied_by integer references users(id)
    )`.execute(db);
  await sql`create index petition_assignments_petition on petition_assignments (petition_id, id)`.execute(db);
  await sql`create index petition_assignments_to on petition_assignments (to_org_id, status)`.execute(db);

  // Bodies other than the registering one that may see the petition: those it was routed to, assisting
  // bodies, reviewing bodies. Read by the one visibility predicate.
  await sql`
    create table petition_access (
      petition_id bigint not null references petitions(id),
      org_id integer not null references orgs(id),
      primary key (petition_id, org_id)
    )`.execute(db);
  await sql`create index petition_access_org on petition_access (org_id)`.execute(db);

  await sql`
    create table handling_records (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      org_id integer not null references orgs(id),
      kind text not null check (kind in ('investigation','meeting','document','hearing','mediation','relief','other')),
      occurred_on date not null,
      note text not null,
      hearing_from date,
      hearing_to date,
      agreement boolean,
      relief_kind text,
      relief_amount numeric(14,2),
      created_by integer not null references users(id),
      created_at timestamptz not null default now(),
      check (kind <> 'hearing' or (hearing_from is not null and hearing_to is not null and hearing_to >= hearing_from))
    )`.execute(db);
  await sql`create index handling_records_petition on handling_records (petition_id, id)`.execute(db);

  await sql`
    create table extensions (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      org_id integer not null references orgs(id),
      days integer not null check (days between 1 and 30),
      reason text not null,
      status text not null default 'pending' check (status in ('pending','approved','rejected')),
      requested_by integer not null references users(id),
      requested_at timestamptz not null default now(),
      decided_by integer references users(id),
      decided_at timestamptz,
      note text
    )`.execute(db);
  await sql`create index extensions_petition on extensions (petition_id)`.execute(db);
  await sql`create index extensions_pending on extensions (org_id) where status = 'pending'`.execute(db);

  await sql`
    create table decisions (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      stage text not null check (stage in ('handling','review','reexamination')),
      org_id integer not null references orgs(id),
      outcome text not null check (outcome in ('support','explain','reject')),
      request text not null,
      facts text not null,
      reasons text not null,
      basis text not null,
      review_org_id integer references orgs(id),
      review_days integer,
      issued_by integer not null references users(id),
      issued_at timestamptz not null default now(),
      delivery_method text check (delivery_method in ('in_person','post','electronic')),
      delivery_result text check (delivery_result in ('signed','refused')),
      delivered_on date,
      delivery_note text,
      delivered_by integer references users(id)
    )`.execute(db);
  await sql`create index decisions_petition on decisions (petition_id, id)`.execute(db);

  await sql`
    create table proceedings (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      kind text not null check (kind in ('review','reexamination')),
      org_id integer not null references orgs(id),
      requested_on date not null,
      reasons text not null,
      status text not null default 'open' check (status in ('open','decided')),
      created_by integer not null references users(id),
      created_at timestamptz not null default now(),
      unique (petition_id, kind)
    )`.execute(db);
  await sql`create index proceedings_open on proceedings (org_id) where status = 'open'`.execute(db);

  await sql`
    create table supervisions (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      kind text not null check (kind in ('urge','supervise')),
      from_org_id integer not null references orgs(id),
      to_org_id integer not null references orgs(id),
      message text not null,
      reply_due_on date,
      reply text,
      adopted boolean,
      replied_at timestamptz,
      replied_by integer references users(id),
      created_by integer not null references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index supervisions_petition on supervisions (petition_id, id)`.execute(db);
  await sql`create index supervisions_open on supervisions (to_org_id) where replied_at is null`.execute(db);

  await sql`
    create table instructions (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      org_id integer not null references orgs(id),
      leader_id integer not null references users(id),
      text text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index instructions_petition on instructions (petition_id, id)`.execute(db);

  await sql`
    create table ownerships (
      id bigint generated always as identity primary key,
      petition_id bigint not null unique references petitions(id),
      leader_id integer not null references users(id),
      org_id integer not null references orgs(id),
      since timestamptz not null default now(),
      note text
    )`.execute(db);
  await sql`create index ownerships_leader on ownerships (leader_id)`.execute(db);
  // 三亲自三见面: the latest date and note of each item; earlier entries stay in the petition's events.
  await sql`
    create table ownership_items (
      ownership_id bigint not null references ownerships(id),
      item text not null check (item in ('heard','chaired','coordinated','met_petitioner','met_handler','met_file')),
      done_on date not null,
      note text not null,
      primary key (ownership_id, item)
    )`.execute(db);

  // An approved extension lengthens the clock by these units.
  await sql`alter table petition_clocks add column extended integer not null default 0`.execute(db);
  // The sweep rewrites grades in place: free room on each page lets those be HOT updates (no index writes).
  await sql`alter table petition_clocks set (fillfactor = 70)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table petition_clocks reset (fillfactor)`.execute(db);
  await sql`alter table petition_clocks drop column if exists extended`.execute(db);
  await sql`drop table if exists ownership_items, ownerships, instructions, supervisions, proceedings, decisions, extensions,
    handling_records, petition_access, petition_assignments cascade`.execute(db);
  await sql`alter table petitions drop column if exists version, drop column if exists router_org_id, drop column if exists holder_org_id,
    drop column if exists decline_route, drop column if exists decline_route_org_id, drop column if exists decline_reason,
    drop column if exists report, drop column if exists concluded_at, drop column if exists final_at, drop column if exists backlog_at,
    drop column if exists backlog_reason, drop column if exists backlog_resolved_on, drop column if exists backlog_resolution`.execute(db);
}
