import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { idParams } from '../../shared/validators.js';
import type { DutyService } from './reception.duty.js';
import {
  decideBody,
  dutyOrgParams,
  dutySettingsBody,
  dutySettingsDto,
  generateRosterBody,
  monthQuery,
  myCalendarDto,
  ownedMatterDto,
  rosterDto,
  rosterFileQuery,
  rosterQuery,
  shiftDto,
  shiftOwnerDto,
  swapBody,
  swapDto,
} from './reception.duty.schema.js';

const signedIn = { access: { authenticated: true } } as const;
const roster = { access: { permission: 'duty.roster' } } as const;
const approve = { access: { permission: 'duty.approve' } } as const;
const tags = ['duty'];
const oneSwap = { 200: z.object({ swap: swapDto }) };

/** 值班 / 值日: rotation, generation, the roster, swaps with approval, and the matters owned by a shift. */
export function dutyRoutes(duty: DutyService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/duty/roster',
      {
        config: signedIn,
        schema: { tags, summary: '机构的轮值设置、人员、值班表和换班申请', querystring: rosterQuery, response: { 200: rosterDto } },
      },
      async (request) => duty.roster(actorOf(request), request.query.orgId, request.query.from, request.query.to),
    );
    app.get(
      '/duty/roster.xlsx',
      { config: signedIn, schema: { tags, summary: '打印用的月值班表（Excel）', querystring: rosterFileQuery } },
      async (request, reply) =>
        reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="duty-${request.query.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(`值班表-${request.query.month}.xlsx`)}`,
          )
          .send(await duty.rosterFile(actorOf(request), request.query.orgId, request.query.month)),
    );
    app.put(
      '/duty/settings/:orgId',
      {
        config: roster,
        schema: {
          tags,
          summary: '设置机构的轮值名单和班次时间',
          params: dutyOrgParams,
          body: dutySettingsBody,
          'x-examples': {
            body: [
              {
                rotation: { leader: [2], manager: [3], officer: [4, 5] },
                officersPerShift: 1,
                roundTheClock: true,
                dayStart: '08:30',
                dayEnd: '17:30',
              },
            ],
          },
          response: { 200: z.object({ settings: dutySettingsDto }) },
        },
      },
      async (request) => ({ settings: await duty.saveSettings(actorOf(request), request.params.orgId, request.body) }),
    );
    app.post(
      '/duty/generate',
      {
        config: roster,
        schema: {
          tags,
          summary: '按轮值名单和工作日历生成值班表（明天起，最多 366 天；重排所选日期的班次）',
          body: generateRosterBody,
          'x-examples': { body: [{ orgId: 1, from: '2027-01-01', to: '2027-01-31' }] },
          response: { 200: z.object({ shifts: z.array(shiftDto) }) },
        },
      },
      async (request) => ({ shifts: await duty.generate(actorOf(request), request.body) }),
    );
    app.post(
      '/duty/swaps',
      {
        config: signedIn,
        schema: {
          tags,
          summary: '申请换班（本人的班次，与本机构同事）',
          body: swapBody,
          'x-examples': { body: [{ shiftId: 1, colleagueId: 5, counterShiftId: null, reason: '家中有事' }] },
          response: oneSwap,
        },
      },
      async (request) => ({ swap: await duty.requestSwap(actorOf(request), request.body) }),
    );
    for (const [step, accept, summary] of [
      ['accept', true, '同意换班（被申请的同事）'],
      ['decline', false, '不同意换班（被申请的同事）'],
    ] as const)
      app.post(
        `/duty/swaps/:id/${step}`,
        { config: signedIn, schema: { tags, summary, params: idParams, response: oneSwap } },
        async (request) => ({ swap: await duty.answerSwap(actorOf(request), request.params.id, accept) }),
      );
    for (const [step, yes, summary] of [
      ['approve', true, '批准换班（本机构领导；批准后值班表随之调整）'],
      ['refuse', false, '不批准换班（本机构领导）'],
    ] as const)
      app.post(
        `/duty/swaps/:id/${step}`,
        { config: approve, schema: { tags, summary, params: idParams, body: decideBody, response: oneSwap } },
        async (request) => ({ swap: await duty.decideSwap(actorOf(request), request.params.id, yes, request.body.note) }),
      );
    app.get(
      '/duty/mine',
      {
        config: signedIn,
        schema: {
          tags,
          summary: '我的班次（今日起两个月）和本班次登记的待分流事项',
          response: { 200: z.object({ shifts: z.array(shiftDto), matters: z.array(ownedMatterDto) }) },
        },
      },
      async (request) => duty.mine(actorOf(request)),
    );
    app.get(
      '/duty/calendar',
      {
        config: signedIn,
        schema: {
          tags,
          summary: '我的日程：本人某月的领导接访安排（已公布的计划）、值班和请假会议',
          querystring: monthQuery,
          response: { 200: myCalendarDto },
        },
      },
      async (request) => duty.calendar(actorOf(request), request.query.month),
    );
    app.get(
      '/duty/petitions/:id/owners',
      {
        config: { access: { permission: 'petition.read' } },
        schema: {
          tags,
          summary: '信访事项登记时的值日员（分流前负责）',
          params: idParams,
          response: { 200: z.object({ items: z.array(shiftOwnerDto) }) },
        },
      },
      async (request) => ({ items: await duty.owners(actorOf(request), request.params.id) }),
    );
  };
}
