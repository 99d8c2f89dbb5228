import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { petitionsRepository } from '../petitions/petitions.repository.js';
import { attachmentsRepository } from './attachments.repository.js';
import { sniffType, type FileStore } from './attachments.storage.js';

/** Scanned letters, photos, PDFs and recordings of petitions. */
export function createAttachmentsService({ db, files }: { db: Database; files: FileStore }) {
  return {
    /** Stores an upload of the actor's body; it joins a petition when the registration names it. */
    async upload(actor: Actor, filename: string, content: Buffer) {
      const mime = sniffType(content, filename);
      if (!mime) throw new AppError('attachment_type_not_allowed', { fields: [{ path: 'file', message: '不支持的附件类型' }] });
      const sha256 = await files.put(content);
      const a = await db.transaction().execute(async (trx) => {
        const row = await attachmentsRepository.insert(trx, {
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

    /** The file, when the actor may see the petition it belongs to (or uploaded it and it is not attached yet). */
    async open(actor: Actor, id: number) {
      const a = await attachmentsRepository.findById(db, id);
      const visible = a && (a.petition_id ? await petitionsRepository.findVisible(db, actor, a.petition_id) : a.org_id === actor.orgId);
      if (!a || !visible) throw new AppError('attachment_not_found');
      return { attachment: a, stream: files.read(a.sha256) };
    },
  };
}
export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
