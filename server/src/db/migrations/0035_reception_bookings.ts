import { sql, type Kysely } from 'kysely';

// A migration is a snapshot: the value lists of @xinfang/domain (reception.ts) as they are now.
const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));
const BOOKING_STATUSES = ['booked', 'cancelled', 'checked_in', 'no_show'];
const BOOKING_EVENT_KINDS = ['booked', 'cancelled', 'moved', 'checked_in', 'no_show', 'reminded', 'slot_changed', 'phone_viewed'];
const VISIT_SOURCES = ['booking', 'walk_in'];

/**
 * 约访 and the reception desk: bookings of published slots by the public (the code kept only as a hash), every change
 * of a booking as an event (nothing is deleted), the visits (reception_visits: who came, booked or walk-in, the row
 * a reception record links to) and the lawyer or counsellor on duty per slot (律师参与接访).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table reception_bookings (
      id bigint generated always as identity primary key,
      number text not null unique,
      slot_id integer not null references reception_slots(id),
      org_id integer not null references orgs(id),
      name text not null,
      phone text not null,
      email text,
      matter text not null check (length(matter) <= 300),
      party_size smallint not null check (party_size between 1 and 5),
      code_hash text not null,
      status text not null default 'booked' check (status in (${list(BOOKING_STATUSES)})),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  // One live booking per phone and slot: the database refuses a double booking even when two requests race.
  await sql`create unique index reception_bookings_once on reception_bookings (slot_id, phone) where status <> 'cancelled'`.execute(db);
  await sql`create index reception_bookings_phone on reception_bookings (phone)`.execute(db);
  await sql`
    create table reception_booking_events (
      id bigint generated always as identity primary key,
      booking_id bigint not null references reception_bookings(id),
      kind text not null check (kind in (${list(BOOKING_EVENT_KINDS)})),
      payload jsonb not null default '{}',
      actor_id integer references users(id),
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index reception_booking_events_booking on reception_booking_events (booking_id, id)`.execute(db);
  await sql`
    create table reception_visits (
      id bigint generated always as identity primary key,
      org_id integer not null references orgs(id),
      visit_date date not null,
      slot_id integer references reception_slots(id),
      booking_id bigint unique references reception_bookings(id),
      source text not null check (source in (${list(VISIT_SOURCES)})),
      name text not null,
      phone text,
      matter text not null,
      party_size smallint not null check (party_size >= 1),
      arrived_at timestamptz not null default now(),
      recorded_by integer not null references users(id),
      check ((source = 'booking') = (booking_id is not null))
    )`.execute(db);
  await sql`create index reception_visits_day on reception_visits (org_id, visit_date)`.execute(db);
  await sql`
    create table reception_slot_counsel (
      slot_id integer primary key references reception_slots(id),
      counsel text not null,
      updated_by integer not null references users(id),
      updated_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists reception_slot_counsel, reception_visits, reception_booking_events, reception_bookings`.execute(db);
}
