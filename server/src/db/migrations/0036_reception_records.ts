import { sql, type Kysely } from 'kysely';

// A migration is a snapshot: the value lists of @xinfang/domain (reception.ts, workflow.ts) as they are now.
const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));
const RECORD_KINDS = ['leader', 'joint', 'outreach', 'invitation'];
const MATTER_DECISIONS = ['solved', 'assigned', 'legal_route'];
const DECLINE_ROUTES = ['litigation', 'arbitration', 'labor_arbitration', 'reconsideration', 'discipline', 'procuratorate', 'other'];

/**
 * 接访记录: a leader's reception (on a slot or not), a joint reception, outreach (下访) or 约访, its visitors and the
 * matters raised, each matter a petition (registered from it or linked). Petition data, so never deleted: an edit
 * retires the visitors it replaces (`removed_at`), and a matter, once its petition exists, stays.
 */
export const NO_DELETE_TABLES = ['reception_records', 'reception_visitors', 'reception_matters'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table reception_records (
      id bigint generated always as identity primary key,
      -- The body that recorded it: whose staff see and edit it.
      org_id integer not null references orgs(id),
      kind text not null check (kind in (${list(RECORD_KINDS)})),
      slot_id integer references reception_slots(id),
      held_at timestamptz not null,
      place text not null,
      leader_ids integer[] not null check (cardinality(leader_ids) >= 1),
      -- The bodies present besides the leaders' own (联合接访).
      present_org_ids integer[] not null default '{}',
      raised text not null,
      -- 律师、心理咨询师等参与接访的人员 (free text).
      counsel text not null default '',
      -- 约访: the long-running matter the leader invited the petitioner about, and its 包案 when there is one.
      petition_id bigint references petitions(id),
      ownership_id bigint references ownerships(id),
      -- A leader of a reception-day record was not on the published plan that day: kept for the compliance report.
      unscheduled boolean not null,
      version integer not null default 1,
      created_by integer not null references users(id),
      created_at timestamptz not null default now(),
      updated_by integer not null references users(id),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index reception_records_org on reception_records (org_id, held_at desc)`.execute(db);
  await sql`create index reception_records_leaders on reception_records using gin (leader_ids)`.execute(db);
  await sql`
    create table reception_visitors (
      id bigint generated always as identity primary key,
      record_id bigint not null references reception_records(id),
      position smallint not null,
      name text not null,
      id_type text,
      id_number text,
      phone text,
      -- 条例 Art. 18: at most five representatives speak for a group (checked by the service).
      is_representative boolean not null default false,
      removed_at timestamptz
    )`.execute(db);
  await sql`create index reception_visitors_record on reception_visitors (record_id, position) where removed_at is null`.execute(db);
  await sql`
    create table reception_matters (
      id bigint generated always as identity primary key,
      record_id bigint not null references reception_records(id),
      position smallint not null,
      title text not null,
      decision text not null check (decision in (${list(MATTER_DECISIONS)})),
      -- What the leader said: what was done (solved), the instruction (assigned, as 批示), the explanation (legal route).
      instruction text not null,
      org_id integer references orgs(id),
      due_date date,
      legal_route text check (legal_route in (${list(DECLINE_ROUTES)})),
      petition_id bigint not null references petitions(id),
      -- True when registered from this record, false when linked to an existing petition.
      registered boolean not null,
      -- The documents the reception issued on it: its receipt, 交办单 and notices (for a linked petition, only the reception's own).
      document_ids bigint[] not null default '{}',
      created_at timestamptz not null default now(),
      check ((decision = 'assigned') = (org_id is not null and due_date is not null)),
      check ((decision = 'legal_route') = (legal_route is not null))
    )`.execute(db);
  await sql`create index reception_matters_record on reception_matters (record_id, position)`.execute(db);
  await sql`create index reception_matters_petition on reception_matters (petition_id)`.execute(db);
  for (const table of NO_DELETE_TABLES) {
    await sql`create trigger ${sql.id(`${table}_no_delete`)} before delete on ${sql.id(table)}
              for each row execute function petition_data_no_delete()`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.id(table)}
              for each statement execute function petition_data_no_delete()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists reception_matters, reception_visitors, reception_records`.execute(db);
}
