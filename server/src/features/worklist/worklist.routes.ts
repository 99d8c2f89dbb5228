import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { petitionListItemDto } from '../petitions/index.js';
import type { WorklistExport } from './worklist.export.js';
import { listQuery } from './worklist.schema.js';
import type { WorklistService } from './worklist.service.js';

const read = { access: { permission: 'petition.read' } } as const;

/** 信访事项 lists: the work list with filters and search, the workbench's deadlines, the Excel export. */
export function worklistRoutes(worklist: WorklistService, exporter: WorklistExport): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/petitions',
      {
        config: read,
        schema: {
          tags: ['petitions'],
          summary: '信访事项列表：筛选、中文检索（编号、标题、内容、信访人姓名）、游标分页',
          querystring: listQuery,
          response: { 200: z.object({ items: z.array(petitionListItemDto), nextCursor: z.string().nullable() }) },
        },
      },
      async (request) => {
        const { items, nextCursor } = await worklist.list(actorOf(request), request.query);
        return { items, nextCursor };
      },
    );

    app.get(
      '/petitions/count',
      {
        config: read,
        schema: {
          tags: ['petitions'],
          summary: '按与列表相同的筛选计数（工作台的数字与其列表一致）',
          querystring: listQuery,
          response: { 200: z.object({ total: z.number().int() }) },
        },
      },
      async (request) => ({ total: await worklist.count(actorOf(request), request.query) }),
    );

    app.get(
      '/petitions/deadline-summary',
      {
        config: read,
        schema: {
          tags: ['petitions'],
          summary: '本机构及下级可见事项的未到期时限，按预警等级计数（工作台）',
          response: { 200: z.object({ normal: z.number(), due_soon: z.number(), due_today: z.number(), overdue: z.number() }) },
        },
      },
      async (request) => worklist.deadlineSummary(actorOf(request)),
    );

    app.get(
      '/petitions/by-handler',
      {
        config: read,
        schema: {
          tags: ['petitions'],
          summary: '本机构各承办人名下及尚无承办人的已超期、近期到期（工作日）事项数（机构负责人工作台；与事项列表的承办人筛选一致）',
          response: {
            200: z.object({
              dueSoonWorkingDays: z.number().int(),
              rows: z.array(
                z.object({
                  handler: z.object({ id: z.number().int(), name: z.string() }),
                  overdue: z.number().int(),
                  dueSoon: z.number().int(),
                }),
              ),
              /** The matters at this body that no 承办人 has acted on yet. */
              unhandled: z.object({ overdue: z.number().int(), dueSoon: z.number().int() }),
            }),
          },
        },
      },
      async (request) => worklist.byHandler(actorOf(request)),
    );

    app.get(
      '/petitions/export',
      {
        config: { access: { permission: 'petition.export' } },
        schema: { tags: ['petitions'], summary: '按当前筛选导出 Excel（证件号、电话已脱敏）', querystring: listQuery },
      },
      async (request, reply) => {
        const file = await exporter.export(actorOf(request), request.query);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="petitions.xlsx"; filename*=UTF-8''${encodeURIComponent('信访事项.xlsx')}`)
          .send(file);
      },
    );
  };
}
