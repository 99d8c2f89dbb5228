import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { sendDownload } from '../../http/download.js';
import { bigIdParams } from '../../shared/validators.js';
import { reportDto, reportFileQuery, reportListQuery, reportRequest } from './reports.schema.js';
import type { StatsReportService } from './reports.service.js';

const tags = ['stats'];

/** 统计报告: request a monthly, quarterly or annual report (built by a job), follow it, download its files. */
export function statsReportRoutes(reports: StatsReportService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/stats/reports',
      {
        config: { access: { permission: 'stats.report' } },
        schema: {
          tags,
          summary: '生成统计报告（月报 2026-10、季报 2026-Q3、年报 2026），后台生成 Excel 和 Word 文件',
          body: reportRequest,
          'x-examples': { body: [{ kind: 'annual', period: '2026' }] },
          response: { 202: z.object({ id: z.number() }) },
        },
      },
      async (request, reply) => reply.status(202).send(await reports.request(actorOf(request), request.body)),
    );

    app.get(
      '/stats/reports',
      {
        config: { access: { permission: 'stats.view' } },
        schema: {
          tags,
          summary: '统计报告列表（本单位及下级单位，最新在前），含生成进度',
          querystring: reportListQuery,
          response: { 200: z.object({ items: z.array(reportDto) }) },
        },
      },
      async (request) => ({ items: await reports.list(actorOf(request), request.query.orgId) }),
    );

    app.get(
      '/stats/reports/:id/file',
      {
        config: { access: { permission: 'stats.view' } },
        schema: { tags, summary: '下载统计报告（Excel 或 Word）', params: bigIdParams, querystring: reportFileQuery },
      },
      async (request, reply) => sendDownload(reply, await reports.open(actorOf(request), request.params.id, request.query.format)),
    );
  };
}
