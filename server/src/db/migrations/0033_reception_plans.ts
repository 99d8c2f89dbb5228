import { sql, type Kysely } from 'kysely';

// A migration is a snapshot: the value lists and the default rules of @xinfang/domain (reception.ts) as they are now.
const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));
const RECEPTION_LEVELS = ['county', 'department', 'township'];
const RECEPTION_CADENCES = ['weekdays', 'weekly', 'daily'];
const RECEPTION_MODES = ['in_person', 'video'];
const UNAVAILABILITY_KINDS = ['leave', 'meeting', 'other'];
// County leaders every Tuesday and Thursday, department leaders once a week (Wednesday first), township leaders every
// working day; each a morning, 10 places, the plan published 3 days before the quarter before ends.
const DEFAULT_RULES = [
  { level: 'county', cadence: 'weekdays', weekdays: [2, 4], perWeek: 2 },
  { level: 'department', cadence: 'weekly', weekdays: [3], perWeek: 1 },
  { level: 'township', cadence: 'daily', weekdays: [], perWeek: 5 },
];

/**
 * 领导接访日: the rules per level (data, seeded with the defaults), the reception places per body, the leaders'
 * unavailability, and the quarter plans with their slots. A slot's id is what bookings and reception records will
 * reference, so slots are retired (`removed_at`), never deleted; each publication is a version holding the slots as
 * the public saw them; every change after publication is a row of reception_plan_changes, its version filled in
 * when it is published (the list a booking feature notifies from).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table reception_rules (
      level text primary key check (level in (${list(RECEPTION_LEVELS)})),
      cadence text not null check (cadence in (${list(RECEPTION_CADENCES)})),
      weekdays smallint[] not null,
      per_week smallint not null check (per_week between 1 and 7),
      start_time text not null check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      end_time text not null check (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and end_time > start_time),
      capacity integer not null check (capacity >= 1),
      publish_lead_days smallint not null check (publish_lead_days between 0 and 60),
      leader_roles text[] not null,
      updated_by integer references users(id),
      updated_at timestamptz not null default now()
    )`.execute(db);
  for (const r of DEFAULT_RULES) {
    await sql`insert into reception_rules (level, cadence, weekdays, per_week, start_time, end_time, capacity, publish_lead_days, leader_roles)
              values (${r.level}, ${r.cadence}, ${r.weekdays}::smallint[], ${r.perWeek}, '08:30', '12:00', 10, 3, '{leader}')`.execute(db);
  }
  await sql`
    create table reception_places (
      id integer generated always as identity primary key,
      org_id integer not null references orgs(id),
      name text not null,
      address text not null,
      hours text not null,
      accessibility text not null default '',
      map_url text,
      removed_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index reception_places_org on reception_places (org_id) where removed_at is null`.execute(db);
  await sql`
    create table leader_unavailability (
      id integer generated always as identity primary key,
      user_id integer not null references users(id),
      from_date date not null,
      to_date date not null check (to_date >= from_date),
      kind text not null check (kind in (${list(UNAVAILABILITY_KINDS)})),
      note text not null default '',
      created_by integer not null references users(id),
      created_at timestamptz not null default now(),
      removed_at timestamptz
    )`.execute(db);
  await sql`create index leader_unavailability_user on leader_unavailability (user_id, from_date) where removed_at is null`.execute(db);
  await sql`
    create table reception_plans (
      id integer generated always as identity primary key,
      org_id integer not null references orgs(id),
      year smallint not null,
      quarter smallint not null check (quarter between 1 and 4),
      -- The latest published version; 0 while never published.
      version integer not null default 0,
      created_by integer not null references users(id),
      created_at timestamptz not null default now(),
      unique (org_id, year, quarter)
    )`.execute(db);
  await sql`
    create table reception_slots (
      id integer generated always as identity primary key,
      plan_id integer not null references reception_plans(id),
      starts_at timestamptz not null,
      ends_at timestamptz not null check (ends_at > starts_at),
      place_id integer not null references reception_places(id),
      mode text not null check (mode in (${list(RECEPTION_MODES)})),
      meeting_url text,
      capacity integer not null check (capacity >= 1),
      leader_ids integer[] not null,
      removed_at timestamptz,
      check ((mode = 'video') = (meeting_url is not null))
    )`.execute(db);
  await sql`create index reception_slots_plan on reception_slots (plan_id, starts_at) where removed_at is null`.execute(db);
  await sql`
    create table reception_plan_versions (
      plan_id integer not null references reception_plans(id),
      version integer not null,
      published_at timestamptz not null default now(),
      published_by integer not null references users(id),
      reason text,
      -- The slots as published (the public schedule reads these) and the violations acknowledged on publishing.
      slots jsonb not null,
      violations jsonb not null,
      primary key (plan_id, version)
    )`.execute(db);
  await sql`
    create table reception_plan_changes (
      id integer generated always as identity primary key,
      plan_id integer not null references reception_plans(id),
      slot_id integer not null references reception_slots(id),
      kind text not null check (kind in ('added','changed','removed')),
      before jsonb,
      after jsonb,
      reason text not null,
      changed_by integer not null references users(id),
      changed_at timestamptz not null default now(),
      -- The version that published this change; null until republished.
      published_version integer
    )`.execute(db);
  await sql`create index reception_plan_changes_plan on reception_plan_changes (plan_id, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists reception_plan_changes, reception_plan_versions, reception_slots, reception_plans,
            leader_unavailability, reception_places, reception_rules`.execute(db);
}
