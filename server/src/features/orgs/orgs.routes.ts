import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { actorOf } from '../../http/access.js';
import { readUpload } from '../../http/multipart.js';
import { idParams } from '../../shared/validators.js';
import { orgImportTemplate, parseOrgImport } from './orgs.import.js';
import {
  createOrgBody,
  directoryOrgDto,
  importQuery,
  importResult,
  listOrgsQuery,
  moveOrgBody,
  orgDto,
  updateOrgBody,
} from './orgs.schema.js';
import type { OrgsService } from './orgs.service.js';

const manage = { access: { permission: 'org.manage' } } as const;
const one = { 200: z.object({ org: orgDto }) };

/** 机构管理: the tree of bodies within the actor's scope. */
export function orgsRoutes(orgs: OrgsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/orgs',
      {
        config: { access: { permission: 'org.read' } },
        schema: {
          tags: ['orgs'],
          summary: '本机构及下级机构列表（上级在前）',
          querystring: listOrgsQuery,
          response: { 200: z.object({ items: z.array(orgDto) }) },
        },
      },
      async (request) => ({ items: await orgs.list(actorOf(request), request.query.includeInactive) }),
    );

    app.get(
      '/orgs/directory',
      {
        config: { access: { permission: 'org.read' } },
        schema: {
          tags: ['orgs'],
          summary: '全部启用机构名录（用于选择被检举控告单位、转送交办对象等）',
          response: {
            200: z.object({ items: z.array(directoryOrgDto) }),
          },
        },
      },
      async () => ({ items: await orgs.directory() }),
    );

    app.get(
      '/orgs/:id',
      { config: { access: { permission: 'org.read' } }, schema: { tags: ['orgs'], summary: '机构详情', params: idParams, response: one } },
      async (request) => ({ org: await orgs.get(actorOf(request), request.params.id) }),
    );

    app.post(
      '/orgs',
      {
        config: manage,
        schema: { tags: ['orgs'], summary: '新建机构', body: createOrgBody, response: { 201: z.object({ org: orgDto }) } },
      },
      async (request, reply) => reply.status(201).send({ org: await orgs.create(actorOf(request), request.body) }),
    );

    app.patch(
      '/orgs/:id',
      {
        config: manage,
        schema: { tags: ['orgs'], summary: '修改机构信息（含更名）', params: idParams, body: updateOrgBody, response: one },
      },
      async (request) => ({ org: await orgs.update(actorOf(request), request.params.id, request.body) }),
    );

    app.post(
      '/orgs/:id/move',
      { config: manage, schema: { tags: ['orgs'], summary: '调整上级机构', params: idParams, body: moveOrgBody, response: one } },
      async (request) => ({ org: await orgs.move(actorOf(request), request.params.id, request.body.parentId) }),
    );

    app.post(
      '/orgs/:id/deactivate',
      { config: manage, schema: { tags: ['orgs'], summary: '停用机构（不删除）', params: idParams, response: one } },
      async (request) => ({ org: await orgs.deactivate(actorOf(request), request.params.id) }),
    );

    app.post(
      '/orgs/:id/reactivate',
      { config: manage, schema: { tags: ['orgs'], summary: '重新启用机构', params: idParams, response: one } },
      async (request) => ({ org: await orgs.reactivate(actorOf(request), request.params.id) }),
    );

    app.get(
      '/orgs/import/template',
      { config: manage, schema: { tags: ['orgs'], summary: '机构导入模板（Excel）' } },
      async (_request, reply) =>
        reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="org-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent('机构导入模板.xlsx')}`,
          )
          .send(await orgImportTemplate()),
    );

    app.post(
      '/orgs/import',
      {
        config: manage,
        schema: {
          tags: ['orgs'],
          summary: '从 CSV 或 Excel 批量导入机构（全部正确才导入；dryRun=true 仅校验）',
          consumes: ['multipart/form-data'],
          querystring: importQuery,
          response: { 200: importResult },
        },
      },
      async (request) => {
        const { file } = await readUpload(request);
        if (!file) throw new AppError('import_file_unreadable');
        const { rows, errors } = await parseOrgImport(file.content, file.filename);
        if (errors.length) {
          // Report parse problems together with those the service would find (parents, duplicates).
          const more = await orgs.importRows(actorOf(request), rows, true).then(
            () => [],
            (e: unknown) => (e instanceof AppError && Array.isArray(e.details.rows) ? (e.details.rows as typeof errors) : []),
          );
          throw new AppError('import_invalid', { rows: [...errors, ...more].sort((a, b) => a.row - b.row) });
        }
        return orgs.importRows(actorOf(request), rows, request.query.dryRun);
      },
    );
  };
}
