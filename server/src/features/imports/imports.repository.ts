import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

export const importsRepository = {
  insert(db: Executor, row: { org_id: number; created_by: number; dry_run: boolean; filename: string; mapping: string }) {
    return db
      .insertInto('import_jobs')
      .values({ ...row, errors: '[]' })
      .returningAll()
      .executeTakeFirstOrThrow();
  },
  findById(db: Executor, id: number) {
    return db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async progress(
    db: Executor,
    id: number,
    p: { status?: string; total?: number; processed: number; created: number; skipped: number; errors: unknown[]; finished?: boolean },
  ) {
    await db
      .updateTable('import_jobs')
      .set({
        ...(p.status ? { status: p.status } : {}),
        ...(p.total !== undefined ? { total: p.total } : {}),
        processed: p.processed,
        created: p.created,
        skipped: p.skipped,
        errors: JSON.stringify(p.errors),
        ...(p.finished ? { finished_at: sql`now()` } : {}),
      })
      .where('id', '=', id)
      .execute();
  },
};
