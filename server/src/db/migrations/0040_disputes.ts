import { sql, type Kysely } from 'kysely';
import { installFunctions } from '../functions/index.js';

// A migration is a snapshot: the value lists of @xinfang/domain (dispute.ts) as they are now.
const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));
const DISPUTE_STATUSES = ['registered', 'mediating', 'agreed', 'failed', 'escalated', 'closed', 'withdrawn', 'petitioned'];
const DISPUTE_KINDS = [
  'land',
  'boundary',
  'forest_boundary',
  'homestead',
  'family',
  'neighbour',
  'wages',
  'contract',
  'damages',
  'environment',
  'property',
  'other',
];
const DISPUTE_SOURCES = ['resident', 'visit', 'petition', 'referral'];
const DISPUTE_PARTY_KINDS = ['person', 'body'];
const DISPUTE_LEGAL_ROUTES = ['litigation', 'arbitration', 'labor_arbitration', 'reconsideration', 'petition'];
const FOLLOW_UP_RESULTS = ['kept', 'partly', 'broken'];

/**
 * 矛盾纠纷 (docs/GLOSSARY.md): a case kind of its own beside petitions. The register (disputes, their parties and
 * events), mediation sessions, agreements and their follow-up visits, the village's 处理报告. Its clocks are
 * petition_clocks rows that name a dispute instead of a petition, so the sweep, the warnings and the outbox cover
 * both. Never deleted: like petitions, every change is an event.
 */
export const NO_DELETE_TABLES = [
  'disputes',
  'dispute_parties',
  'dispute_events',
  'mediation_sessions',
  'dispute_agreements',
  'dispute_follow_ups',
  'dispute_reports',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence dispute_number_seq`.execute(db);
  await sql`
    create table disputes (
      id bigint generated always as identity primary key,
      number text not null unique,
      -- The body that holds it now (the village, or the township or county it was escalated to and that took it).
      org_id integer not null references orgs(id),
      registered_org_id integer not null references orgs(id),
      -- Every body that has held it, the registering one first: each keeps seeing it (visibility.ts).
      held_by integer[] not null check (cardinality(held_by) >= 1),
      status text not null check (status in (${list(DISPUTE_STATUSES)})),
      kind text not null check (kind in (${list(DISPUTE_KINDS)})),
      source text not null check (source in (${list(DISPUTE_SOURCES)})),
      title text not null,
      facts text not null,
      region_code text not null,
      address text not null,
      found_on date not null,
      mediators text[] not null default '{}',
      legal_route text check (legal_route in (${list(DISPUTE_LEGAL_ROUTES)})),
      -- A dispute escalated and not yet taken over: the body it awaits.
      escalated_to integer references orgs(id),
      -- Handed from a petition's handling (a part of it to mediate): the result goes back to it as a handling record.
      source_petition_id bigint references petitions(id),
      reported_back_at timestamptz,
      -- The petition it became.
      petition_id bigint references petitions(id),
      version integer not null default 1,
      created_by integer not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      closed_at timestamptz,
      check ((status = 'escalated') = (escalated_to is not null)),
      check ((status = 'petitioned') = (petition_id is not null))
    )`.execute(db);
  await sql`create index disputes_held_by on disputes using gin (held_by)`.execute(db);
  await sql`create index disputes_org on disputes (org_id, created_at desc)`.execute(db);
  await sql`create index disputes_source_petition on disputes (source_petition_id) where source_petition_id is not null`.execute(db);
  await sql`
    create table dispute_parties (
      id bigint generated always as identity primary key,
      dispute_id bigint not null references disputes(id),
      position smallint not null,
      kind text not null check (kind in (${list(DISPUTE_PARTY_KINDS)})),
      name text not null,
      phone text,
      address text,
      -- What this party asks for.
      claim text not null,
      -- A party that is a body of the tree (a village committee, a township): it may not mediate its own dispute.
      org_id integer references orgs(id)
    )`.execute(db);
  await sql`create index dispute_parties_dispute on dispute_parties (dispute_id, position)`.execute(db);
  await sql`
    create table dispute_events (
      id bigint generated always as identity primary key,
      dispute_id bigint not null references disputes(id),
      actor_id integer not null references users(id),
      actor_org_id integer not null references orgs(id),
      kind text not null,
      from_status text,
      to_status text not null,
      payload jsonb not null default '{}',
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index dispute_events_dispute on dispute_events (dispute_id, id)`.execute(db);
  await sql`
    create table mediation_sessions (
      id bigint generated always as identity primary key,
      dispute_id bigint not null references disputes(id),
      org_id integer not null references orgs(id),
      held_on date not null,
      place text not null,
      mediators text[] not null check (cardinality(mediators) >= 1),
      party_ids bigint[] not null check (cardinality(party_ids) >= 1),
      note text not null,
      created_by integer not null references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index mediation_sessions_dispute on mediation_sessions (dispute_id, held_on)`.execute(db);
  await sql`
    create table dispute_agreements (
      id bigint generated always as identity primary key,
      dispute_id bigint not null unique references disputes(id),
      org_id integer not null references orgs(id),
      concluded_on date not null,
      terms text not null,
      performance text not null,
      -- The parties who signed it: at least two (a settlement is between parties).
      party_ids bigint[] not null check (cardinality(party_ids) >= 2),
      mediators text[] not null check (cardinality(mediators) >= 1),
      -- The scan of the signed 调解协议书.
      scan_id bigint references attachments(id),
      follow_up_on date not null,
      court text,
      confirmed_on date,
      created_by integer not null references users(id),
      created_at timestamptz not null default now(),
      check ((court is null) = (confirmed_on is null))
    )`.execute(db);
  await sql`
    create table dispute_follow_ups (
      id bigint generated always as identity primary key,
      dispute_id bigint not null references disputes(id),
      agreement_id bigint not null references dispute_agreements(id),
      visited_on date not null,
      result text not null check (result in (${list(FOLLOW_UP_RESULTS)})),
      note text not null,
      created_by integer not null references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table dispute_reports (
      id bigint generated always as identity primary key,
      dispute_id bigint not null references disputes(id),
      org_id integer not null references orgs(id),
      facts text not null,
      tried text not null,
      reason text not null,
      suggestion text not null,
      issued_on date not null,
      created_by integer not null references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index dispute_reports_dispute on dispute_reports (dispute_id)`.execute(db);
  for (const table of NO_DELETE_TABLES) {
    await sql`create trigger ${sql.id(`${table}_no_delete`)} before delete on ${sql.id(table)}
              for each row execute function petition_data_no_delete()`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.id(table)}
              for each statement execute function petition_data_no_delete()`.execute(db);
  }

  // A signed agreement's scan belongs to its dispute: kept like a petition's attachments.
  await sql`alter table attachments add column dispute_id bigint references disputes(id)`.execute(db);
  // A clock measures a petition's or a dispute's time: one of the two.
  await sql`alter table petition_clocks add column dispute_id bigint references disputes(id)`.execute(db);
  await sql`alter table petition_clocks alter column petition_id drop not null`.execute(db);
  await sql`alter table petition_clocks add constraint petition_clocks_one_case check (num_nonnulls(petition_id, dispute_id) = 1)`.execute(
    db,
  );
  await sql`create index petition_clocks_dispute on petition_clocks (dispute_id) where dispute_id is not null`.execute(db);
  await installFunctions(db, '0040_disputes');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists petition_clocks_dispute`.execute(db);
  await sql`alter table petition_clocks drop constraint if exists petition_clocks_one_case`.execute(db);
  await sql`alter table petition_clocks drop column if exists dispute_id`.execute(db);
  await sql`alter table attachments drop column if exists dispute_id`.execute(db);
  await sql`drop table if exists dispute_reports, dispute_follow_ups, dispute_agreements, mediation_sessions, dispute_events, dispute_parties, disputes`.execute(
    db,
  );
  await sql`drop sequence if exists dispute_number_seq`.execute(db);
}
