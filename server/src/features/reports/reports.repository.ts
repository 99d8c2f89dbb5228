import type { ReportKind } from '@xinfang/domain';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

/** A report with its body and requester, as listed and as the job reads it. */
const withNames = (db: Executor) =>
  db
    .selectFrom('stat_reports as r')
    .innerJoin('orgs as o', 'o.id', 'r.org_id')
    .innerJoin('users as u', 'u.id', 'r.requested_by')
    .selectAll('r')
    .select(['o.name as org_name', 'o.path as org_path', 'u.username', 'u.display_name']);
export type ReportRow = NonNullable<Awaited<ReturnType<ReturnType<typeof withNames>['executeTakeFirst']>>>;

export const statReportsRepository = {
  async insert(
    db: Executor,
    row: { org_id: number; kind: ReportKind; period: string; period_from: string; period_to: string; requested_by: number },
  ) {
    const { id } = await db.insertInto('stat_reports').values(row).returning('id').executeTakeFirstOrThrow();
    return id;
  },

  findById(db: Executor, id: number) {
    return withNames(db).where('r.id', '=', id).executeTakeFirst();
  },

  /** Reports of the bodies under a path (one body when given), newest first. */
  list(db: Executor, q: { orgPath: string; orgId?: number; limit: number }) {
    let query = withNames(db).where('o.path', 'like', `${q.orgPath}%`);
    if (q.orgId) query = query.where('r.org_id', '=', q.orgId);
    return query.orderBy('r.id', 'desc').limit(q.limit).execute();
  },

  /** Marks a report running (again, after an interrupted run); none when it is done or failed already. */
  claim(db: Executor, id: number) {
    return db
      .updateTable('stat_reports')
      .set({ status: 'running', progress: 0, error: null })
      .where('id', '=', id)
      .where('status', 'in', ['queued', 'running'])
      .returning('id')
      .executeTakeFirst();
  },

  async progress(db: Executor, id: number, progress: number) {
    await db.updateTable('stat_reports').set({ progress }).where('id', '=', id).where('status', '=', 'running').execute();
  },

  /** Both files and the status in one update: a report is never done without them. */
  async finish(db: Executor, id: number, files: { xlsx: string; docx: string }) {
    await db
      .updateTable('stat_reports')
      .set({ status: 'done', progress: 100, xlsx_sha256: files.xlsx, docx_sha256: files.docx, finished_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  },

  async fail(db: Executor, id: number, error: string) {
    await db
      .updateTable('stat_reports')
      .set({ status: 'failed', error, xlsx_sha256: null, docx_sha256: null, finished_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  },
};
