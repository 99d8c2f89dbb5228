import { DISPUTE_FIGURES, DISPUTE_KINDS, type DisputeFigure, type DisputeRate } from '@xinfang/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { boundedRange, dateString } from '../../shared/validators.js';
import { contentDisposition } from '../documents/index.js';
import { disputeListItemDto } from './disputes.schema.js';
import type { DisputeStatsService } from './disputes.stats.js';
import { disputeStatsDocx, disputeStatsWorkbook } from './disputes.stats.files.js';

const read = { access: { permission: 'dispute.read' } } as const;
const tags = ['disputes'];
const FILES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

const period = boundedRange(z.strictObject({ from: dateString, to: dateString }));
const slice = {
  kind: z.enum(DISPUTE_KINDS).optional(),
  orgId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  region: z
    .string()
    .regex(/^\d{6,12}$/)
    .optional(),
};
const itemsQuery = boundedRange(z.strictObject({ from: dateString, to: dateString, figure: z.enum(DISPUTE_FIGURES), ...slice }));

const count = z.number().int();
const rate = z.number().nullable();
const tallyDto = z.object({
  registered: count,
  mediated: count,
  onTime: count,
  settled: count,
  failed: count,
  withdrawn: count,
  escalated: count,
  petitioned: count,
  followedUp: count,
  kept: count,
  open: count,
  successRate: rate,
  keptRate: rate,
  onTimeRate: rate,
  avgDaysToSettle: rate,
} satisfies Record<DisputeFigure | DisputeRate | 'avgDaysToSettle', z.ZodType>);
const statsDto = z.object({
  from: z.string(),
  to: z.string(),
  org: z.object({ id: z.number(), name: z.string() }),
  total: tallyDto,
  byKind: z.array(tallyDto.extend({ kind: z.enum(DISPUTE_KINDS) })),
  byBody: z.array(tallyDto.extend({ org: z.object({ id: z.number(), name: z.string() }) })),
  byPlace: z.array(tallyDto.extend({ region: z.object({ code: z.string(), name: z.string() }) })),
});

/** 矛盾纠纷统计: figures by kind, body and place, the disputes behind each figure, Excel and Word. */
export function disputeStatsRoutes(stats: DisputeStatsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/dispute-stats',
      {
        config: read,
        schema: {
          tags,
          summary: '矛盾纠纷统计（本期登记的纠纷：按类型、登记单位、发生地）',
          querystring: period,
          response: { 200: statsDto },
        },
      },
      async (request) => stats.report(actorOf(request), request.query),
    );
    app.get(
      '/dispute-stats/items',
      {
        config: read,
        schema: {
          tags,
          summary: '某一统计数字对应的矛盾纠纷（与该数字一一对应）',
          querystring: itemsQuery,
          response: { 200: z.object({ items: z.array(disputeListItemDto) }) },
        },
      },
      async (request) => stats.items(actorOf(request), request.query),
    );
    for (const ext of ['xlsx', 'docx'] as const)
      app.get(
        `/dispute-stats.${ext}`,
        { config: read, schema: { tags, summary: `矛盾纠纷排查调处情况（${ext === 'xlsx' ? 'Excel' : 'Word'}）`, querystring: period } },
        async (request, reply) => {
          const report = await stats.report(actorOf(request), request.query);
          const file = ext === 'xlsx' ? await disputeStatsWorkbook(report) : await disputeStatsDocx(report);
          return reply
            .header('content-type', FILES[ext])
            .header('content-disposition', contentDisposition(`${report.org.name}矛盾纠纷排查调处情况.${ext}`, `disputes.${ext}`))
            .send(file);
        },
      );
  };
}
