import { sql, type Kysely } from 'kysely';

// A migration is a snapshot: the value lists of @xinfang/domain (dispute.ts) as they are now.
const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));
const SUMMARY_PERIODS = ['day', 'week'];
const MEETING_KINDS = ['analysis', 'joint'];

/**
 * 日排查日报告: each village's and township's daily or weekly summary of its disputes, counted from the register
 * when filed (never names). 动态分析会 / 联席会议: the meeting, the disputes and petitions discussed, and its decisions
 * as tasks of a body with a due day, each with a clock (petition_clocks.meeting_task_id) so the sweep warns of it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dispute_summaries (
      id bigint generated always as identity primary key,
      org_id integer not null references orgs(id),
      period text not null check (period in (${list(SUMMARY_PERIODS)})),
      -- The day, or the Monday of the week, summarised.
      period_start date not null,
      found integer not null check (found >= 0),
      settled integer not null check (settled >= 0),
      escalated integer not null check (escalated >= 0),
      open integer not null check (open >= 0),
      -- 零报告: nothing found in the period.
      zero boolean not null,
      note text not null default '',
      filed_by integer not null references users(id),
      filed_at timestamptz not null default now(),
      unique (org_id, period, period_start)
    )`.execute(db);
  await sql`
    create table dispute_meetings (
      id bigint generated always as identity primary key,
      org_id integer not null references orgs(id),
      kind text not null check (kind in (${list(MEETING_KINDS)})),
      held_on date not null,
      chair text not null,
      present_org_ids integer[] not null default '{}',
      dispute_ids bigint[] not null default '{}',
      petition_ids bigint[] not null default '{}',
      notes text not null,
      created_by integer not null references users(id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index dispute_meetings_org on dispute_meetings (org_id, held_on desc)`.execute(db);
  await sql`
    create table meeting_tasks (
      id bigint generated always as identity primary key,
      meeting_id bigint not null references dispute_meetings(id),
      position smallint not null,
      -- The body that carries the decision out.
      org_id integer not null references orgs(id),
      title text not null,
      due_on date not null,
      done_at timestamptz,
      done_by integer references users(id),
      done_note text,
      check ((done_at is null) = (done_note is null))
    )`.execute(db);
  await sql`create index meeting_tasks_meeting on meeting_tasks (meeting_id, position)`.execute(db);
  await sql`create index meeting_tasks_open on meeting_tasks (org_id) where done_at is null`.execute(db);
  for (const table of ['dispute_summaries', 'dispute_meetings', 'meeting_tasks']) {
    await sql`create trigger ${sql.id(`${table}_no_delete`)} before delete on ${sql.id(table)}
              for each row execute function petition_data_no_delete()`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.id(table)}
              for each statement execute function petition_data_no_delete()`.execute(db);
  }
  await sql`alter table petition_clocks add column meeting_task_id bigint references meeting_tasks(id)`.execute(db);
  await sql`alter table petition_clocks drop constraint petition_clocks_one_case`.execute(db);
  await sql`alter table petition_clocks add constraint petition_clocks_one_case
            check (num_nonnulls(petition_id, dispute_id, meeting_task_id) = 1)`.execute(db);
  await sql`create index petition_clocks_meeting_task on petition_clocks (meeting_task_id) where meeting_task_id is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists petition_clocks_meeting_task`.execute(db);
  await sql`alter table petition_clocks drop constraint if exists petition_clocks_one_case`.execute(db);
  await sql`alter table petition_clocks drop column if exists meeting_task_id`.execute(db);
  await sql`alter table petition_clocks add constraint petition_clocks_one_case check (num_nonnulls(petition_id, dispute_id) = 1)`.execute(
    db,
  );
  await sql`drop table if exists meeting_tasks, dispute_meetings, dispute_summaries`.execute(db);
}
