import type { Executor } from '../../db/database.js';

export const attachmentsRepository = {
  insert(db: Executor, row: { sha256: string; size: number; mime: string; filename: string; org_id: number; uploaded_by: number }) {
    return db.insertInto('attachments').values(row).returningAll().executeTakeFirstOrThrow();
  },

  findById(db: Executor, id: number) {
    return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  },

  forPetition(db: Executor, petitionId: number) {
    return db.selectFrom('attachments').selectAll().where('petition_id', '=', petitionId).orderBy('id').execute();
  },

  /** Hands unattached uploads of one uploader (the portal's account) to the body that registers them. */
  async adopt(db: Executor, ids: number[], uploadedBy: number, orgId: number) {
    if (ids.length === 0) return;
    await db
      .updateTable('attachments')
      .set({ org_id: orgId })
      .where('id', 'in', ids)
      .where('uploaded_by', '=', uploadedBy)
      .where('petition_id', 'is', null)
      .execute();
  },

  /** Attaches uploads of the given body that belong to no petition yet; returns those attached. */
  async attach(db: Executor, ids: number[], petitionId: number, orgId: number): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await db
      .updateTable('attachments')
      .set({ petition_id: petitionId })
      .where('id', 'in', ids)
      .where('org_id', '=', orgId)
      .where('petition_id', 'is', null)
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  },
};
