import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { contentDisposition } from '../documents/index.js';
import type { ReceptionComplianceService } from './reception.compliance.js';
import { complianceDocx } from './reception.compliance.docx.js';
import { complianceDto, complianceQuery, complianceRecordDto, complianceRecordsQuery } from './reception.compliance.schema.js';
import { complianceWorkbook } from './reception.compliance.xlsx.js';

// Who plans the reception days checks that they were kept.
const plan = { access: { permission: 'reception.plan' } } as const;
const tags = ['reception'];
const FILES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** 合规情况报告: as figures, the receptions behind a figure, and as Excel and Word files. */
export function receptionComplianceRoutes(compliance: ReceptionComplianceService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/reception/compliance',
      {
        config: plan,
        schema: {
          tags,
          summary: '领导接访合规情况：计划与实际接访（按领导、层级）、违反接访规则情况、接待批次人次、反映事项办理情况',
          querystring: complianceQuery,
          response: { 200: z.object({ report: complianceDto }) },
        },
      },
      async (request) => ({ report: await compliance.report(actorOf(request), request.query) }),
    );
    app.get(
      '/reception/compliance/records',
      {
        config: plan,
        schema: {
          tags,
          summary: '合规情况中某一数字对应的接访记录（接待批次、计划外接访、下访、约访）',
          querystring: complianceRecordsQuery,
          response: { 200: z.object({ items: z.array(complianceRecordDto) }) },
        },
      },
      async (request) => ({ items: await compliance.records(actorOf(request), request.query) }),
    );
    for (const ext of ['xlsx', 'docx'] as const)
      app.get(
        `/reception/compliance.${ext}`,
        {
          config: plan,
          schema: { tags, summary: `领导接访合规情况报告（${ext === 'xlsx' ? 'Excel' : 'Word'}）`, querystring: complianceQuery },
        },
        async (request, reply) => {
          const report = await compliance.report(actorOf(request), request.query);
          const file = ext === 'xlsx' ? await complianceWorkbook(report) : await complianceDocx(report);
          return reply
            .header('content-type', FILES[ext])
            .header('content-disposition', contentDisposition(`${report.title}.${ext}`, `reception-compliance.${ext}`))
            .send(file);
        },
      );
  };
}
