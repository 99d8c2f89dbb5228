import { sql, type Kysely } from 'kysely';

/**
 * 统计报告 (docs/STATISTICS.md "Reports"): monthly, quarterly and annual reports of a body, built by the
 * `stats.report` job and kept for download. The Excel and Word files live in the content-addressed file
 * store under their hashes, set together with `done` in one update: a row is never half-written.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table stat_reports (
      id bigint generated always as identity primary key,
      org_id integer not null references orgs(id),
      kind text not null check (kind in ('monthly','quarterly','annual')),
      -- As requested: 2026-10, 2026-Q3 or 2026; from/to are its first and last days (inclusive).
      period text not null,
      period_from date not null,
      period_to date not null,
      status text not null default 'queued' check (status in ('queued','running','done','failed')),
      progress integer not null default 0 check (progress between 0 and 100),
      error text,
      requested_by integer not null references users(id),
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      xlsx_sha256 text,
      docx_sha256 text,
      check (status <> 'done' or (xlsx_sha256 is not null and docx_sha256 is not null and finished_at is not null))
    )`.execute(db);
  await sql`create index stat_reports_org on stat_reports (org_id, id desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists stat_reports`.execute(db);
}
