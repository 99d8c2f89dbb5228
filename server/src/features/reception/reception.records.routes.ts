import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { bigIdParams } from '../../shared/validators.js';
import type { ReceptionRecordsService } from './reception.records.js';
import {
  arrivalDto,
  arrivalsQuery,
  recordBody,
  recordDto,
  recordEditBody,
  recordOptionsDto,
  recordsQuery,
  savedRecordDto,
} from './reception.records.schema.js';

const signedIn = { access: { authenticated: true } } as const;
// Recording a reception registers its matters as petitions: the registrar's permission.
const register = { access: { permission: 'petition.register' } } as const;
const tags = ['reception'];

/** 接访记录: leaders' receptions, joint receptions, outreach and 约访, with the matters raised and their petitions. */
export function receptionRecordsRoutes(records: ReceptionRecordsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/reception/records',
      {
        config: signedIn,
        schema: {
          tags,
          summary: '接访记录（本机构及下级的；mine=true：本人接访的）',
          querystring: recordsQuery,
          response: { 200: z.object({ items: z.array(recordDto), nextCursor: z.string().nullable() }) },
        },
      },
      async (request) => records.list(actorOf(request), request.query),
    );
    app.get(
      '/reception/records/options',
      {
        config: register,
        schema: { tags, summary: '登记接访记录可选的接访领导和已公布的接访安排', response: { 200: recordOptionsDto } },
      },
      async (request) => records.options(actorOf(request)),
    );
    app.get(
      '/reception/records/arrivals',
      {
        config: register,
        schema: {
          tags,
          summary: '接访安排中尚未登记接访记录的来访：预约（已到访或未到访）和当天的走访登记（电话号码已脱敏）',
          querystring: arrivalsQuery,
          response: { 200: z.object({ items: z.array(arrivalDto) }) },
        },
      },
      async (request) => ({ items: await records.arrivals(actorOf(request), request.query.slotId) }),
    );
    app.get(
      '/reception/records/:id',
      {
        config: signedIn,
        schema: { tags, summary: '一条接访记录', params: bigIdParams, response: { 200: z.object({ record: recordDto }) } },
      },
      async (request) => ({ record: await records.get(actorOf(request), request.params.id) }),
    );
    app.post(
      '/reception/records',
      {
        config: register,
        schema: {
          tags,
          summary: '登记接访记录：反映的事项逐项登记为信访事项（或关联已有事项），交办的附领导批示，告知法定途径的不予受理',
          body: recordBody,
          'x-examples': {
            body: [
              {
                kind: 'leader',
                slotId: null,
                heldAt: '2027-01-05T01:00:00.000Z',
                place: '县信访接待中心',
                leaderIds: [2],
                presentOrgIds: [],
                visitors: [
                  { name: '张三', idType: 'id_card', idNumber: '11010519491231002X', phone: '13800138000', isRepresentative: false },
                ],
                raised: '小区供暖不达标',
                counsel: '',
                petitionId: null,
                matters: [
                  {
                    title: '小区供暖不达标',
                    content: '入冬以来室温不足 16 度。',
                    type: 'appeal',
                    decision: 'assigned',
                    instruction: '请住建局一周内核实处理并答复。',
                    orgId: 3,
                    dueDate: '2027-01-12',
                  },
                ],
              },
            ],
          },
          response: { 201: savedRecordDto },
        },
      },
      async (request, reply) => reply.status(201).send(await records.create(actorOf(request), request.body)),
    );
    app.put(
      '/reception/records/:id',
      {
        config: register,
        schema: {
          tags,
          summary: '更正接访记录（地点、参加机构、来访人、反映的问题、参与接访人员；事项及其信访事项不变）',
          params: bigIdParams,
          body: recordEditBody,
          response: { 200: z.object({ record: recordDto }) },
        },
      },
      async (request) => ({ record: await records.update(actorOf(request), request.params.id, request.body) }),
    );
  };
}
