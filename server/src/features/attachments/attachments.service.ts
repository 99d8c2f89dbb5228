import type { Actor } from '../../auth/actor.js';
import { auditService, SYSTEM_ACTOR } from '../../audit/audit.service.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { attachmentsRepository } from './attachments.repository.js';
import { contentHash, sniffType, type FileStore } from './attachments.storage.js';

/** Scanned letters, photos, PDFs and recordings of petitions. */
export function createAttachmentsService({ db, files }: { db: Database; files: FileStore }) {
  return {
    /**
     * Stores an upload of the actor's body; it joins a petition when the registration names it. `address` marks a
     * public upload with a keyed hash of where it came from.
     */
    async upload(actor: Actor, filename: string, content: Buffer, address: string | null = null) {
      const mime = sniffType(content, filename);
      if (!mime) throw new AppError('attachment_type_not_allowed', { fields: [{ path: 'file', message: '不支持的附件类型' }] });
      const sha256 = contentHash(content);
      const a = await db.transaction().execute(async (trx) => {
        // The file is written and its row inserted under the file's hold: a purge never removes it in between.
        await attachmentsRepository.holdFile(trx, sha256);
        await files.put(content);
        const row = await attachmentsRepository.insert(trx, {
          uploader_address: address,
          sha256,
          size: content.length,
          mime,
          filename: filename.slice(0, 200),
          org_id: actor.orgId,
          uploaded_by: actor.userId,
        });
        await auditService.record(trx, actor, {
          action: 'attachment.uploaded',
          objectType: 'attachment',
          objectId: row.id,
          orgId: actor.orgId,
          after: { filename: row.filename, sha256, size: row.size },
        });
        return row;
      });
      return { id: a.id, filename: a.filename, mime: a.mime, size: a.size, sha256: a.sha256, uploadedAt: a.uploaded_at };
    },

    /**
     * Deletes one uploader's uploads never joined to a petition and older than `before` (anonymous uploads left
     * behind), each with an audit event; a stored file goes too once no row refers to it (files are shared by
     * content, with other uploads, documents and reports).
     */
    async purgeUnattached(uploadedBy: number, before: Date): Promise<{ rows: number; files: number }> {
      const gone = await db.transaction().execute(async (trx) => {
        const rows = await attachmentsRepository.deleteUnattached(trx, uploadedBy, before);
        for (const r of rows)
          await auditService.record(trx, SYSTEM_ACTOR, {
            action: 'attachment.purged',
            objectType: 'attachment',
            objectId: r.id,
            orgId: r.org_id,
            before: { filename: r.filename, sha256: r.sha256, size: r.size },
          });
        return rows;
      });
      let removed = 0;
      for (const sha256 of new Set(gone.map((r) => r.sha256)))
        await db.transaction().execute(async (trx) => {
          await attachmentsRepository.holdFile(trx, sha256, true);
          if (await attachmentsRepository.fileReferenced(trx, sha256)) return;
          await files.remove(sha256);
          removed += 1;
        });
      return { rows: gone.length, files: removed };
    },

    /** The file, when the actor may see the petition or dispute it belongs to (or its body uploaded it and it is not attached yet). */
    async open(actor: Actor, id: number) {
      const a = await attachmentsRepository.findById(db, id);
      const visible =
        a &&
        (a.petition_id
          ? await attachmentsRepository.petitionVisible(db, actor, a.petition_id)
          : a.dispute_id
            ? await attachmentsRepository.disputeVisible(db, actor, a.dispute_id)
            : a.org_id === actor.orgId);
      if (!a || !visible) throw new AppError('attachment_not_found');
      return { attachment: a, stream: files.read(a.sha256) };
    },
  };
}
export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
