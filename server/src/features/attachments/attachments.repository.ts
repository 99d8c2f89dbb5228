import { sql, type Insertable } from 'kysely';
import { disputeVisibleTo, visibleTo, type Reader } from '../../access/visibility.js';
import type { Executor } from '../../db/database.js';
import type { AttachmentTable } from '../../db/types.js';

export const attachmentsRepository = {
  insert(db: Executor, row: Omit<Insertable<AttachmentTable>, 'id' | 'uploaded_at' | 'petition_id'>) {
    return db.insertInto('attachments').values(row).returningAll().executeTakeFirstOrThrow();
  },

  findById(db: Executor, id: number) {
    return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Whether the reader may see the petition a file belongs to: the one visibility rule, as on every read path. */
  async petitionVisible(db: Executor, reader: Reader, petitionId: number) {
    return Boolean(
      await db.selectFrom('petitions as p').select('p.id').where('p.id', '=', petitionId).where(visibleTo(reader)).executeTakeFirst(),
    );
  },

  /** Whether the reader may see the dispute a file belongs to (a signed agreement's scan). */
  async disputeVisible(db: Executor, reader: Reader, disputeId: number) {
    return Boolean(
      await db.selectFrom('disputes as d').select('d.id').where('d.id', '=', disputeId).where(disputeVisibleTo(reader)).executeTakeFirst(),
    );
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

  /**
   * Holds a stored file against removal until the transaction ends (shared: uploads do not wait for each other);
   * a purge takes it exclusively before it looks whether any row still refers to the file.
   */
  async holdFile(db: Executor, sha256: string, exclusive = false) {
    const fn = exclusive ? sql`pg_advisory_xact_lock` : sql`pg_advisory_xact_lock_shared`;
    await sql`select ${fn}(hashtextextended(${`file:${sha256}`}, 0))`.execute(db);
  },

  /** Whether any row refers to a stored file: an attachment, an issued document, a statistics report. */
  async fileReferenced(db: Executor, sha256: string): Promise<boolean> {
    const { rows } = await sql<{ used: boolean }>`select
      exists (select 1 from attachments where sha256 = ${sha256})
      or exists (select 1 from documents where docx_sha256 = ${sha256} or pdf_sha256 = ${sha256})
      or exists (select 1 from stat_reports where xlsx_sha256 = ${sha256} or docx_sha256 = ${sha256}) as used`.execute(db);
    return rows[0]!.used;
  },

  /** The ids among these that are uploads of this uploader not yet joined to a petition. */
  async unattachedOf(db: Executor, ids: number[], uploadedBy: number): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('attachments')
      .select('id')
      .where('id', 'in', ids)
      .where('uploaded_by', '=', uploadedBy)
      .where('petition_id', 'is', null)
      .execute();
    return rows.map((r) => r.id);
  },

  /** Bytes uploaded by this uploader: from one address in the last day, or in all still unattached. */
  async volume(db: Executor, uploadedBy: number, filter: { address: string } | 'unattached'): Promise<number> {
    const q = db
      .selectFrom('attachments')
      .select(sql<string>`coalesce(sum(size), 0)`.as('bytes'))
      .where('uploaded_by', '=', uploadedBy);
    const row = await (
      filter === 'unattached'
        ? q.where('petition_id', 'is', null)
        : q.where('uploader_address', '=', filter.address).where('uploaded_at', '>', sql<Date>`now() - interval '1 day'`)
    ).executeTakeFirstOrThrow();
    return Number(row.bytes);
  },

  /** Deletes this uploader's uploads never joined to a petition or a dispute and older than the cut-off; returns them. */
  deleteUnattached(db: Executor, uploadedBy: number, before: Date) {
    return db
      .deleteFrom('attachments')
      .where('uploaded_by', '=', uploadedBy)
      .where('petition_id', 'is', null)
      .where('dispute_id', 'is', null)
      .where('uploaded_at', '<', before)
      .returning(['id', 'sha256', 'filename', 'size', 'org_id'])
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
