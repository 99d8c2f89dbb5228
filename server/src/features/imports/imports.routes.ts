import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { actorOf } from '../../http/access.js';
import { readUpload } from '../../http/multipart.js';
import { idParams } from '../../shared/validators.js';
import { jobDto } from './imports.schema.js';
import type { ImportsService } from './imports.service.js';

const access = { access: { permission: 'petition.import' } } as const;

/** 历史数据导入 routes: start a job (upload or the demo sample), then poll its progress. */
export function importsRoutes(imports: ImportsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/petitions/imports',
      {
        config: access,
        schema: {
          tags: ['imports'],
          summary: '导入历史信访数据（multipart：file 为 .xlsx/.csv/.jsonl，mapping 为字段对应 JSON，dryRun 为 true 时只校验）',
          description:
            'mapping 示例：{"externalId":"编号","title":"标题","content":"内容","receivedAt":"收到时间","petitionerName":"姓名","phone":"电话","category":"问题分类","channel":"信访形式","defaults":{"channel":"online","type":"appeal"}}。以外部编号去重，重复导入不会新增。',
          consumes: ['multipart/form-data'],
          response: { 202: z.object({ job: jobDto }) },
        },
      },
      async (request, reply) => {
        const { file, fields } = await readUpload(request);
        if (!file) throw new AppError('validation_failed', { fields: [{ path: 'file', message: '请选择要导入的文件' }] });
        const job = await imports.start(actorOf(request), file.filename, file.content, fields.mapping ?? '', fields.dryRun === 'true');
        return reply.status(202).send({ job });
      },
    );

    app.post(
      '/petitions/imports/demo',
      {
        config: access,
        schema: {
          tags: ['imports'],
          summary: '导入演示数据（600 条真实群众留言，作为网上信访登记）',
          response: { 202: z.object({ job: jobDto }) },
        },
      },
      async (request, reply) => reply.status(202).send({ job: await imports.startDemo(actorOf(request)) }),
    );

    app.get(
      '/petitions/imports/:id',
      {
        config: access,
        schema: { tags: ['imports'], summary: '导入任务进度与逐行错误', params: idParams, response: { 200: z.object({ job: jobDto }) } },
      },
      async (request) => ({ job: await imports.get(actorOf(request), request.params.id) }),
    );
  };
}
