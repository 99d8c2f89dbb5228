import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { actorOf } from '../../http/access.js';
import { readUpload } from '../../http/multipart.js';
import { bigIdParams } from '../../shared/validators.js';
import { attachmentDto } from './attachments.schema.js';
import type { AttachmentsService } from './attachments.service.js';

/** Upload first, then name the ids in the registration; files are served inline for preview. */
export function attachmentsRoutes(attachments: AttachmentsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/attachments',
      {
        // Registrars attach files to petitions; mediators attach the signed agreement's scan to a dispute.
        config: { access: { anyOf: ['petition.register', 'dispute.mediate'] } },
        schema: {
          tags: ['attachments'],
          summary: '上传附件（图片、PDF、音频、Word/Excel、文本）',
          consumes: ['multipart/form-data'],
          response: { 201: z.object({ attachment: attachmentDto }) },
        },
      },
      async (request, reply) => {
        const { file } = await readUpload(request);
        if (!file) throw new AppError('validation_failed', { fields: [{ path: 'file', message: '请选择要上传的文件' }] });
        return reply.status(201).send({ attachment: await attachments.upload(actorOf(request), file.filename, file.content) });
      },
    );

    app.get(
      '/attachments/:id/content',
      {
        // Previewed in a frame of the petition page (PDFs); no-store like every API answer (http/security-headers.ts).
        config: { access: { anyOf: ['petition.read', 'dispute.read'] }, framable: true },
        schema: { tags: ['attachments'], summary: '附件内容（预览或下载）', params: bigIdParams },
      },
      async (request, reply) => {
        const { attachment, stream } = await attachments.open(actorOf(request), request.params.id);
        return reply
          .header('content-type', attachment.mime)
          .header('content-length', attachment.size)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`)
          .send(stream);
      },
    );
  };
}
