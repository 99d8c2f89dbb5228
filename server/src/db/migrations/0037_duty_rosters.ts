import { sql, type Kysely } from 'kysely';

// A migration is a snapshot: the value lists of @xinfang/domain (duty.ts) as they are now.
const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));
const DUTY_ROLES = ['leader', 'manager', 'officer'];
const DUTY_SHIFT_KINDS = ['day', 'full'];
const DUTY_SWAP_STATES = ['requested', 'accepted', 'approved', 'declined', 'refused'];
const DUTY_EVENT_KINDS = [
  'settings_updated',
  'generated',
  'swap_requested',
  'swap_accepted',
  'swap_declined',
  'swap_approved',
  'swap_refused',
];

/**
 * 值班 / 值日: a body's rotation per duty role and its shift times (duty_settings), the shifts generated from them,
 * the swaps asked, answered and decided, and an event per step. A shift is never deleted or rewritten: regeneration
 * and approved swaps retire it (`removed_at`) and insert its successor (`replaces_id`), so who was on duty when stays
 * readable; the owner of a matter registered on a shift is read from these rows (docs/ARCHITECTURE.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table duty_settings (
      org_id integer primary key references orgs(id),
      rotation jsonb not null,
      officers_per_shift smallint not null check (officers_per_shift between 1 and 5),
      round_the_clock boolean not null,
      day_start text not null check (day_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      day_end text not null check (day_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and day_end > day_start),
      updated_by integer not null references users(id),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table duty_shifts (
      id integer generated always as identity primary key,
      org_id integer not null references orgs(id),
      duty_date date not null,
      role text not null check (role in (${list(DUTY_ROLES)})),
      kind text not null check (kind in (${list(DUTY_SHIFT_KINDS)})),
      starts_at timestamptz not null,
      ends_at timestamptz not null check (ends_at > starts_at),
      user_id integer not null references users(id),
      replaces_id integer references duty_shifts(id),
      created_at timestamptz not null default now(),
      removed_at timestamptz
    )`.execute(db);
  await sql`create index duty_shifts_org on duty_shifts (org_id, starts_at) where removed_at is null`.execute(db);
  await sql`create index duty_shifts_user on duty_shifts (user_id, starts_at) where removed_at is null`.execute(db);
  await sql`
    create table duty_swaps (
      id integer generated always as identity primary key,
      org_id integer not null references orgs(id),
      shift_id integer not null references duty_shifts(id),
      -- The colleague's shift taken in exchange; null when the colleague only takes the shift over.
      counter_shift_id integer references duty_shifts(id),
      requester_id integer not null references users(id),
      colleague_id integer not null references users(id) check (colleague_id <> requester_id),
      reason text not null,
      state text not null check (state in (${list(DUTY_SWAP_STATES)})),
      decided_by integer references users(id),
      note text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index duty_swaps_org on duty_swaps (org_id, id)`.execute(db);
  await sql`
    create table duty_events (
      id integer generated always as identity primary key,
      org_id integer not null references orgs(id),
      kind text not null check (kind in (${list(DUTY_EVENT_KINDS)})),
      swap_id integer references duty_swaps(id),
      actor_id integer not null references users(id),
      detail jsonb not null default '{}',
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index duty_events_org on duty_events (org_id, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists duty_events, duty_swaps, duty_shifts, duty_settings`.execute(db);
}
