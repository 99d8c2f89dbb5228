import { chinaDate, DEFAULT_RECEPTION_RULES } from '@xinfang/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { actorOf, publicAccess } from '../../http/access.js';
import { idParams, int4IdParam } from '../../shared/validators.js';
import type { ReceptionPlansService } from './reception.plans.js';
import type { ReceptionPublicService } from './reception.public.js';
import {
  generateBody,
  leaderDto,
  levelParams,
  orgQuery,
  placeBody,
  placeDto,
  planDto,
  planQuery,
  publicBodyDto,
  publicScheduleDto,
  publishBody,
  removeSlotBody,
  ruleBody,
  ruleDto,
  slotBody,
  unavailabilityBody,
  unavailabilityDto,
} from './reception.schema.js';
import type { ReceptionSetupService } from './reception.service.js';

const signedIn = { access: { authenticated: true } } as const;
const rules = { access: { permission: 'reception.rules' } } as const;
const places = { access: { permission: 'reception.places' } } as const;
const plan = { access: { permission: 'reception.plan' } } as const;
const tags = ['reception'];
const onePlan = { 200: z.object({ plan: planDto }) };
// The county's default rule as a body of PUT /reception/rules/county.
const { level: _level, ...ruleExample } = DEFAULT_RECEPTION_RULES.county;
const slotExample = {
  date: '2027-01-05',
  startTime: '08:30',
  endTime: '12:00',
  placeId: 1,
  leaderIds: [2],
  capacity: 10,
  mode: 'in_person',
  meetingUrl: null,
  reason: null,
};

/** 领导接访日 for staff: rules (global), places, leaders' unavailability, the quarter plans and their publication. */
export function receptionRoutes(setup: ReceptionSetupService, plans: ReceptionPlansService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/reception/rules',
      { config: signedIn, schema: { tags, summary: '各层级的领导接访规则', response: { 200: z.object({ items: z.array(ruleDto) }) } } },
      async () => ({ items: await setup.rules() }),
    );
    app.put(
      '/reception/rules/:level',
      {
        config: rules,
        schema: {
          tags,
          summary: '修改某层级的接访规则（全局设置）',
          params: levelParams,
          body: ruleBody,
          'x-examples': { body: [ruleExample] },
          response: { 200: z.object({ rule: ruleDto }) },
        },
      },
      async (request) => ({ rule: await setup.updateRule(actorOf(request), request.params.level, request.body) }),
    );

    app.get(
      '/reception/places',
      {
        config: plan,
        schema: {
          tags,
          summary: '机构可用的接访场所（本机构及上级的）',
          querystring: orgQuery,
          response: { 200: z.object({ items: z.array(placeDto) }) },
        },
      },
      async (request) => ({ items: await setup.places(actorOf(request), request.query.orgId) }),
    );
    app.post(
      '/reception/places',
      {
        config: places,
        schema: {
          tags,
          summary: '新增接访场所',
          body: placeBody,
          'x-examples': {
            body: [
              {
                orgId: 1,
                name: '县信访接待中心',
                address: '城关镇人民路 1 号',
                hours: '工作日 8:30—12:00',
                accessibility: '一楼，无障碍坡道',
                mapUrl: null,
              },
            ],
          },
          response: { 201: z.object({ place: placeDto }) },
        },
      },
      async (request, reply) => reply.status(201).send({ place: await setup.createPlace(actorOf(request), request.body) }),
    );
    app.put(
      '/reception/places/:id',
      {
        config: places,
        schema: { tags, summary: '修改接访场所', params: idParams, body: placeBody, response: { 200: z.object({ place: placeDto }) } },
      },
      async (request) => ({ place: await setup.updatePlace(actorOf(request), request.params.id, request.body) }),
    );
    app.post(
      '/reception/places/:id/remove',
      {
        config: places,
        schema: { tags, summary: '停用接访场所（已公布的安排仍显示其名称）', params: idParams, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await setup.removePlace(actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/reception/unavailability',
      {
        config: plan,
        schema: {
          tags,
          summary: '机构的接访领导及其今后的请假、会议安排',
          querystring: orgQuery,
          response: { 200: z.object({ leaders: z.array(leaderDto), items: z.array(unavailabilityDto) }) },
        },
      },
      async (request) => setup.unavailability(actorOf(request), request.query.orgId, chinaDate(new Date())),
    );
    app.post(
      '/reception/unavailability',
      {
        config: plan,
        schema: {
          tags,
          summary: '登记领导请假或会议（当日不安排接访）',
          body: unavailabilityBody,
          'x-examples': { body: [{ leaderId: 2, from: '2027-01-12', to: '2027-01-14', kind: 'leave', note: '' }] },
          response: { 201: z.object({ item: unavailabilityDto }) },
        },
      },
      async (request, reply) => reply.status(201).send({ item: await setup.addUnavailability(actorOf(request), request.body) }),
    );
    app.post(
      '/reception/unavailability/:id/remove',
      { config: plan, schema: { tags, summary: '撤销请假或会议登记', params: idParams, response: { 204: z.null() } } },
      async (request, reply) => {
        await setup.removeUnavailability(actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/reception/plans',
      { config: plan, schema: { tags, summary: '某机构某季度的接访计划、规则检查和调整记录', querystring: planQuery, response: onePlan } },
      async (request) => ({ plan: await plans.get(actorOf(request), request.query.orgId, request.query.year, request.query.quarter) }),
    );
    app.post(
      '/reception/plans/generate',
      {
        config: plan,
        schema: {
          tags,
          summary: '按规则、领导和工作日历生成接下来季度的接访计划（草稿，可重新生成至公布为止）',
          body: generateBody,
          'x-examples': { body: [{ orgId: 1, year: 2027, quarter: 1, placeId: 1 }] },
          response: onePlan,
        },
      },
      async (request) => ({ plan: await plans.generate(actorOf(request), request.body) }),
    );
    app.post(
      '/reception/plans/:id/slots',
      {
        config: plan,
        schema: {
          tags,
          summary: '增加一次接访安排',
          params: idParams,
          body: slotBody,
          'x-examples': { body: [slotExample] },
          response: onePlan,
        },
      },
      async (request) => ({ plan: await plans.addSlot(actorOf(request), request.params.id, request.body) }),
    );
    app.put(
      '/reception/slots/:id',
      {
        config: plan,
        schema: {
          tags,
          summary: '调整一次接访安排（公布后须说明原因）',
          params: idParams,
          body: slotBody,
          'x-examples': { body: [slotExample] },
          response: onePlan,
        },
      },
      async (request) => ({ plan: await plans.updateSlot(actorOf(request), request.params.id, request.body) }),
    );
    app.post(
      '/reception/slots/:id/remove',
      {
        config: plan,
        schema: { tags, summary: '取消一次接访安排（公布后须说明原因）', params: idParams, body: removeSlotBody, response: onePlan },
      },
      async (request) => ({ plan: await plans.removeSlot(actorOf(request), request.params.id, request.body.reason) }),
    );
    app.post(
      '/reception/plans/:id/publish',
      {
        config: plan,
        schema: {
          tags,
          summary: '公布接访计划（有违规须确认；公布后的调整重新公布为新版本）',
          params: idParams,
          body: publishBody,
          'x-examples': { body: [{ confirmViolations: false, reason: null }] },
          response: onePlan,
        },
      },
      async (request) => ({ plan: await plans.publish(actorOf(request), request.params.id, request.body) }),
    );
  };
}

const scheduleQuery = z.strictObject({ placeId: int4IdParam.optional() });
const orgParams = z.strictObject({ orgId: int4IdParam });

/** The published schedule for everyone: per body (and place), as JSON for the portal and as an iCalendar feed. */
export function receptionPublicRoutes(publicSchedule: ReceptionPublicService, config: Config): FastifyPluginAsyncZod {
  const access = publicAccess(config);
  const host = config.publicUrl ? new URL(config.publicUrl).host : 'xinfang.invalid';
  return async (app) => {
    app.get(
      '/public/reception',
      {
        config: access,
        schema: { tags, summary: '已公布领导接访日的机构', response: { 200: z.object({ items: z.array(publicBodyDto) }) } },
      },
      async () => ({ items: await publicSchedule.bodies() }),
    );
    app.get(
      '/public/reception/:orgId',
      {
        config: access,
        schema: {
          tags,
          summary: '某机构已公布的领导接访日（今日起；可按场所）',
          params: orgParams,
          querystring: scheduleQuery,
          response: { 200: publicScheduleDto },
        },
      },
      async (request) => publicSchedule.schedule(request.params.orgId, request.query.placeId),
    );
    app.get(
      '/public/reception/:orgId/calendar.ics',
      {
        config: access,
        schema: { tags, summary: '某机构已公布的领导接访日（iCalendar 订阅）', params: orgParams, querystring: scheduleQuery },
      },
      async (request, reply) =>
        reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('content-disposition', `inline; filename="reception-${request.params.orgId}.ics"`)
          .send(await publicSchedule.calendar(request.params.orgId, request.query.placeId, host)),
    );
  };
}
