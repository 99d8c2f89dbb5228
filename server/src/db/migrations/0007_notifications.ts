import { sql, type Kysely } from 'kysely';

/**
 * Notifications: the outbox written in the transaction of the event, every delivery attempt, staff's
 * in-app messages, and the petitioner's choice of SMS and e-mail. Deadline warnings get a mark once their message
 * is queued, so each is queued exactly once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per notice, recipient and channel. The idempotency key names that triple: a second enqueue is a no-op,
  // and the key goes with every attempt so a gateway can recognise a retried request.
  await sql`
    create table outbox (
      id bigint generated always as identity primary key,
      petition_id bigint references petitions(id),
      event_id bigint references petition_events(id),
      audience text not null check (audience in ('petitioner','staff')),
      channel text not null check (channel in ('sms','email','webhook','inapp')),
      petitioner_id bigint references petitioners(id),
      org_id integer references orgs(id),
      address text not null,
      template_key text not null,
      subject text not null,
      body text not null,
      link text,
      status text not null default 'pending' check (status in ('pending','sent','dead')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      idempotency_key text not null,
      created_at timestamptz not null default now(),
      sent_at timestamptz,
      constraint outbox_idempotency_key unique (idempotency_key)
    )`.execute(db);
  await sql`create index outbox_due on outbox (next_attempt_at) where status = 'pending'`.execute(db);
  await sql`create index outbox_petition on outbox (petition_id)`.execute(db);

  await sql`
    create table notification_attempts (
      id bigint generated always as identity primary key,
      outbox_id bigint not null references outbox(id),
      at timestamptz not null default now(),
      ok boolean not null,
      detail text
    )`.execute(db);
  await sql`create index notification_attempts_outbox on notification_attempts (outbox_id)`.execute(db);

  // In-app messages: one row per user. A notice to a body reaches the users of the body who do that work.
  await sql`
    create table staff_messages (
      id bigint generated always as identity primary key,
      outbox_id bigint references outbox(id),
      user_id integer not null references users(id),
      org_id integer references orgs(id),
      petition_id bigint references petitions(id),
      template_key text not null,
      title text not null,
      body text not null,
      link text,
      created_at timestamptz not null default now(),
      read_at timestamptz,
      constraint staff_messages_once unique (outbox_id, user_id)
    )`.execute(db);
  await sql`create index staff_messages_user on staff_messages (user_id, id desc)`.execute(db);
  await sql`create index staff_messages_unread on staff_messages (user_id) where read_at is null`.execute(db);

  // Default: an SMS when a mobile number is given (the registrar unticks it when the petitioner declines).
  await sql`
    alter table petitioners
      add column email text,
      add column notify_sms boolean not null default false,
      add column notify_email boolean not null default false`.execute(db);
  await sql`update petitioners set notify_sms = true where phone ~ '^1[3-9][0-9]{9}$'`.execute(db);

  // Warnings the sweep raised whose message is queued; earlier ones are not announced now.
  await sql`alter table clock_warnings add column notified_at timestamptz`.execute(db);
  await sql`update clock_warnings set notified_at = created_at`.execute(db);
  await sql`create index clock_warnings_unnotified on clock_warnings (created_at) where notified_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists clock_warnings_unnotified`.execute(db);
  await sql`alter table clock_warnings drop column if exists notified_at`.execute(db);
  await sql`alter table petitioners drop column if exists email, drop column if exists notify_sms, drop column if exists notify_email`.execute(
    db,
  );
  await sql`drop table if exists staff_messages, notification_attempts, outbox`.execute(db);
}
