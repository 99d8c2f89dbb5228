import { WORKFLOW_ACTIONS, type WorkflowAction } from '@xinfang/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { bigIdParams } from '../../shared/validators.js';
import { petitionDetailDto } from '../petitions/petitions.schema.js';
import { actionBody, boardDto, deadlinesDto, deadlinesQuery, inboxDto, ownershipsDto } from './workflow.schema.js';
import type { WorkflowService } from './workflow.service.js';

// Which body may act is decided per petition by workflow.policy.ts (403 without the role's permission, 409 otherwise).
const read = { access: { permission: 'petition.read' } } as const;

const SUMMARIES: Record<WorkflowAction, string> = {
  accept: '受理（本机关直接办理）',
  forward: '转送有权处理机关',
  assign: '交办（限期办理并报送办结报告）',
  decline: '不予受理并告知信访人法定途径（条例第三十一条）',
  receive: '签收',
  return: '退回（五个工作日内，说明理由）',
  insist: '不同意退回，指定原机关办理',
  record: '登记办理记录（调查、会商、听证、调解、帮扶救助等）',
  addAssist: '增加协办单位（责任分摊）',
  assistReply: '协办单位报送协办意见',
  requestExtension: '申请延长办理期限（不超过三十日）',
  approveExtension: '本机关负责人审批延期申请',
  decide: '出具信访处理意见书（复查、复核意见书）',
  deliver: '登记送达情况',
  conclude: '办结（交办事项报送办结报告）',
  verify: '审核认定办结',
  rework: '退回重办',
  requestReview: '登记复查请求（送达之日起三十日内）',
  requestReexamination: '登记复核请求（送达之日起三十日内）',
  urge: '催办',
  supervise: '督办（督办单，须书面回复是否采纳督办意见）',
  replySupervision: '回复催办、督办',
  instruct: '领导批示',
  takeOwnership: '领导包案',
  ownershipItem: '登记包案“三亲自三见面”事项',
  markBacklog: '列为积案',
  resolveBacklog: '登记积案化解',
};

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
            summary: SUMMARIES[action],
            params: bigIdParams,
            body: actionBody(action),
            response: { 200: z.object({ petition: petitionDetailDto }) },
          },
        },
        async (request) => ({ petition: await workflow.act(actorOf(request), request.params.id, action, request.body as never) }),
      );
    }

    app.get(
      '/inbox',
      { config: read, schema: { tags: ['workflow'], summary: '待办事项（按工作类别）', response: { 200: inboxDto } } },
      async (request) => workflow.inbox(actorOf(request)),
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
  };
}
