import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { bigIdParams } from '../../shared/validators.js';
import type { MeetingsService } from './disputes.meetings.js';
import {
  meetingBody,
  meetingDto,
  meetingListItemDto,
  meetingTaskDto,
  summaryBody,
  summaryDraftDto,
  summaryDto,
  summaryFilersDto,
  summaryQuery,
  taskDoneBody,
} from './disputes.meetings.schema.js';
import type { DisputeSummariesService } from './disputes.summaries.js';

const read = { access: { permission: 'dispute.read' } } as const;
const file = { access: { permission: 'dispute.register' } } as const;
const mediate = { access: { permission: 'dispute.mediate' } } as const;
const tags = ['disputes'];

/** 日排查日报告 and 动态分析会: the summaries filed and missing, meetings with their decisions as tasks. */
export function disputeMeetingsRoutes(summaries: DisputeSummariesService, meetings: MeetingsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/dispute-summaries/draft',
      {
        config: file,
        schema: {
          tags,
          summary: '本单位该期排查报告的数字（取自台账）及是否已报送',
          querystring: summaryQuery,
          response: { 200: summaryDraftDto },
        },
      },
      async (request) => summaries.draft(actorOf(request), request.query),
    );
    app.post(
      '/dispute-summaries',
      {
        config: file,
        schema: {
          tags,
          summary: '报送矛盾纠纷排查日（周）报告（无新排查的为零报告）',
          body: summaryBody,
          'x-examples': { body: [{ period: 'day', on: '2026-12-07', note: '' }] },
          response: { 201: z.object({ summary: summaryDto }) },
        },
      },
      async (request, reply) => reply.status(201).send({ summary: await summaries.file(actorOf(request), request.body) }),
    );
    app.get(
      '/dispute-summaries/filers',
      {
        config: read,
        schema: {
          tags,
          summary: '本单位及下级村（居）、乡镇该期的报送情况（未报送的单位）',
          querystring: summaryQuery,
          response: { 200: summaryFilersDto },
        },
      },
      async (request) => summaries.filers(actorOf(request), request.query),
    );
    app.get(
      '/dispute-meetings',
      {
        config: read,
        schema: {
          tags,
          summary: '矛盾纠纷动态分析会和联席会议（含议定事项）；本单位本月是否尚未召开分析会',
          response: { 200: z.object({ items: z.array(meetingListItemDto), monthlyDue: z.boolean() }) },
        },
      },
      async (request) => meetings.list(actorOf(request)),
    );
    app.post(
      '/dispute-meetings',
      {
        config: { access: { anyOf: ['dispute.register', 'dispute.mediate'] } },
        schema: {
          tags,
          summary: '登记会议：研判的矛盾纠纷和信访事项，议定事项交由本单位或下级单位限期办理',
          body: meetingBody,
          'x-examples': {
            body: [
              {
                kind: 'analysis',
                heldOn: '2026-12-01',
                chair: '镇党委副书记',
                notes: '研判本月矛盾纠纷。',
                tasks: [{ orgId: 1, title: '组织林业站现场勘界', dueOn: '2026-12-15' }],
              },
            ],
          },
          response: { 201: z.object({ meeting: meetingDto }) },
        },
      },
      async (request, reply) => reply.status(201).send({ meeting: await meetings.create(actorOf(request), request.body) }),
    );
    app.get(
      '/dispute-meetings/agenda',
      {
        config: read,
        schema: {
          tags,
          summary: '下次会议议程：本单位会议尚未办结的议定事项',
          response: { 200: z.object({ carriedOver: z.array(meetingTaskDto) }) },
        },
      },
      async (request) => meetings.agenda(actorOf(request)),
    );
    app.get(
      '/dispute-meetings/tasks',
      {
        config: read,
        schema: { tags, summary: '交由本单位办理、尚未办结的议定事项', response: { 200: z.object({ items: z.array(meetingTaskDto) }) } },
      },
      async (request) => meetings.myTasks(actorOf(request)),
    );
    app.get(
      '/dispute-meetings/:id',
      {
        config: read,
        schema: { tags, summary: '一次会议及其议定事项', params: bigIdParams, response: { 200: z.object({ meeting: meetingDto }) } },
      },
      async (request) => ({ meeting: await meetings.get(actorOf(request), request.params.id) }),
    );
    app.post(
      '/dispute-meetings/tasks/:id/done',
      {
        config: mediate,
        schema: {
          tags,
          summary: '承办单位报告议定事项办结',
          params: bigIdParams,
          body: taskDoneBody,
          response: { 200: z.object({ meeting: meetingDto }) },
        },
      },
      async (request) => ({ meeting: await meetings.done(actorOf(request), request.params.id, request.body.note) }),
    );
  };
}
