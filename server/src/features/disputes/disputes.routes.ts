import { DISPUTE_ACTIONS, DISPUTE_ACTION_ZH } from '@xinfang/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { actorOf } from '../../http/access.js';
import { bigIdParams, int8IdParam } from '../../shared/validators.js';
import { contentDisposition } from '../documents/index.js';
import { agreementDocx, reportDocx } from './disputes.docx.js';
import { DISPUTE_LIFECYCLE } from './disputes.lifecycle.js';
import { DISPUTE_ACTION_BODIES, disputeDto, disputeListItemDto, disputeListQuery, registerDisputeBody } from './disputes.schema.js';
import type { DisputesService } from './disputes.service.js';

const read = { access: { permission: 'dispute.read' } } as const;
const register = { access: { permission: 'dispute.register' } } as const;
const tags = ['disputes'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const revealBody = z.strictObject({ reason: z.string().trim().min(2, '请填写查看原因').max(500) });
const issuedDto = z.object({ petitionId: z.number(), number: z.string(), queryCode: z.string() }).nullable();

/** 矛盾纠纷: the register, a dispute, one POST per action of its lifecycle, its documents. */
export function disputesRoutes(disputes: DisputesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/disputes',
      {
        config: read,
        schema: {
          tags,
          summary: '矛盾纠纷台账（本单位及下级单位的）',
          querystring: disputeListQuery,
          response: { 200: z.object({ items: z.array(disputeListItemDto), nextCursor: z.number().nullable() }) },
        },
      },
      async (request) => disputes.list(actorOf(request), request.query),
    );
    app.post(
      '/disputes',
      {
        config: register,
        schema: {
          tags,
          summary: '登记矛盾纠纷（当事人、类型、地点、各方诉求）',
          body: registerDisputeBody,
          'x-examples': {
            body: [
              {
                kind: 'homestead',
                title: '相邻两户宅基地界址纠纷',
                facts: '两户因翻建房屋对宅基地东侧界址有争议。',
                regionCode: '370724101',
                address: '五井东村东街',
                foundOn: '2026-12-01',
                parties: [
                  { name: '张某', claim: '按原界址翻建' },
                  { name: '李某', claim: '东移半米' },
                ],
              },
            ],
          },
          response: { 201: z.object({ dispute: disputeDto }) },
        },
      },
      async (request, reply) => reply.status(201).send({ dispute: await disputes.register(actorOf(request), request.body) }),
    );
    app.get(
      '/disputes/:id',
      {
        config: read,
        schema: { tags, summary: '一件矛盾纠纷及其调处经过', params: bigIdParams, response: { 200: z.object({ dispute: disputeDto }) } },
      },
      async (request) => ({ dispute: await disputes.detail(actorOf(request), request.params.id) }),
    );
    for (const action of DISPUTE_ACTIONS)
      app.post(
        `/disputes/:id/${action}`,
        {
          config: { access: { permission: DISPUTE_LIFECYCLE[action].permission[0]! } },
          schema: {
            tags,
            summary: DISPUTE_ACTION_ZH[action],
            description: DISPUTE_LIFECYCLE[action].summary,
            params: bigIdParams,
            body: DISPUTE_ACTION_BODIES[action],
            response: { 200: z.object({ dispute: disputeDto, issued: issuedDto }) },
          },
        },
        // The route's body schema is its action's: the pairing holds by construction of the loop.
        async (request) => disputes.act(actorOf(request), request.params.id, action, request.body as never),
      );
    app.post(
      '/disputes/:id/parties/:partyId/phone',
      {
        config: read,
        schema: {
          tags,
          summary: '查看当事人完整电话号码（须说明原因，记入审计日志）',
          params: z.strictObject({ id: int8IdParam, partyId: int8IdParam }),
          body: revealBody,
          'x-examples': { body: [{ reason: '电话通知调解时间' }] },
          response: { 200: z.object({ phone: z.string().nullable() }) },
        },
      },
      async (request) => disputes.revealPhone(actorOf(request), request.params.id, request.params.partyId, request.body.reason),
    );
    app.get(
      '/disputes/:id/agreement.docx',
      { config: read, schema: { tags, summary: '人民调解协议书（Word，供签名）', params: bigIdParams } },
      async (request, reply) => {
        const d = await disputes.detail(actorOf(request), request.params.id);
        if (!d.agreement) throw new AppError('not_found');
        return reply
          .header('content-type', DOCX)
          .header('content-disposition', contentDisposition(`人民调解协议书-${d.number}.docx`, `agreement-${d.number}.docx`))
          .send(await agreementDocx(d));
      },
    );
    app.get(
      '/disputes/:id/reports/:reportId.docx',
      {
        config: read,
        schema: { tags, summary: '矛盾纠纷处理报告（Word）', params: z.strictObject({ id: int8IdParam, reportId: int8IdParam }) },
      },
      async (request, reply) => {
        const d = await disputes.detail(actorOf(request), request.params.id);
        const file = await reportDocx(d, request.params.reportId);
        if (!file) throw new AppError('not_found');
        return reply
          .header('content-type', DOCX)
          .header('content-disposition', contentDisposition(`矛盾纠纷处理报告-${d.number}.docx`, `report-${d.number}.docx`))
          .send(file);
      },
    );
  };
}
