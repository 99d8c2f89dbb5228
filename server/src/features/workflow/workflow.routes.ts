import { WORKFLOW_ACTIONS } from '@xinfang/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { bigIdParams } from '../../shared/validators.js';
import { petitionDetailDto } from '../petitions/index.js';
import { describe } from './lifecycle.docs.js';
import { LIFECYCLE } from './lifecycle.js';
import {
  actionBody,
  awaitingDto,
  boardDto,
  deadlinesDto,
  deadlinesQuery,
  inboxDto,
  inboxPageDto,
  inboxPageQuery,
  inboxSectionParams,
  ownershipsDto,
  routeTargetsDto,
} from './workflow.schema.js';
import type { WorkflowService } from './workflow.service.js';

// Which body may act is decided per petition by workflow.policy.ts (403 without the role's permission, 409 otherwise).
const read = { access: { permission: 'petition.read' } } as const;

/** 办理流程: one POST per action, the to-do inbox, deadlines and the warning board, leaders' owned cases. */
export function workflowRoutes(workflow: WorkflowService): FastifyPluginAsyncZod {
  return async (app) => {
    for (const action of WORKFLOW_ACTIONS) {
      app.post(
        `/petitions/:id/actions/${action}`,
        {
          config: read,
          schema: {
            tags: ['workflow'],
            summary: LIFECYCLE[action].summary,
            description: describe(action),
            params: bigIdParams,
            body: actionBody(action),
            response: { 200: z.object({ petition: petitionDetailDto }) },
          },
        },
        async (request) => ({ petition: await workflow.act(actorOf(request), request.params.id, action, request.body as never) }),
      );
    }

    app.get(
      '/petitions/:id/route-targets',
      {
        config: read,
        schema: {
          tags: ['workflow'],
          summary: '可转送、交办的机关（本级人民政府管辖范围内，条例第二十三条、第二十四条）',
          params: bigIdParams,
          response: { 200: routeTargetsDto },
        },
      },
      async (request) => workflow.routeTargets(actorOf(request), request.params.id),
    );
    app.get(
      '/inbox',
      {
        config: read,
        schema: { tags: ['workflow'], summary: '待办事项（按工作类别，超期在前、先到期在前，含各类总数）', response: { 200: inboxDto } },
      },
      async (request) => workflow.inbox(actorOf(request)),
    );
    app.get(
      '/inbox/:section',
      {
        config: read,
        schema: {
          tags: ['workflow'],
          summary: '一类待办事项的一页（游标分页）',
          params: inboxSectionParams,
          querystring: inboxPageQuery,
          response: { 200: inboxPageDto },
        },
      },
      async (request) => workflow.inboxPage(actorOf(request), request.params.section, request.query),
    );
    app.get(
      '/deadlines',
      {
        config: read,
        schema: {
          tags: ['workflow'],
          summary: '办理时限（本单位或可见范围）',
          querystring: deadlinesQuery,
          response: { 200: deadlinesDto },
        },
      },
      async (request) => workflow.deadlines(actorOf(request), request.query),
    );
    app.get(
      '/deadlines/board',
      {
        config: { access: { permission: 'petition.supervise' } },
        schema: { tags: ['workflow'], summary: '预警看板（按单位统计即将到期、今日到期、已超期）', response: { 200: boardDto } },
      },
      async (request) => workflow.board(actorOf(request)),
    );
    app.get(
      '/ownerships/mine',
      {
        config: { access: { permission: 'petition.own' } },
        schema: { tags: ['workflow'], summary: '本人包案的信访事项', response: { 200: ownershipsDto } },
      },
      async (request) => workflow.ownerships(actorOf(request)),
    );
    app.get(
      '/instructions/awaiting',
      {
        config: { access: { permission: 'petition.instruct' } },
        schema: { tags: ['workflow'], summary: '本人批示尚待阅办的信访事项（超期在前、先到期在前）', response: { 200: awaitingDto } },
      },
      async (request) => workflow.instructionsAwaiting(actorOf(request)),
    );
  };
}
