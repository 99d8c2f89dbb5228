import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { actorOf, publicAccess } from '../../http/access.js';
import { bigIdParams, idParams } from '../../shared/validators.js';
import type { ReceptionBookingsService } from './reception.bookings.js';
import {
  bookBody,
  bookingDto,
  counselBody,
  deskDayDto,
  deskQuery,
  findBookingBody,
  moveBookingBody,
  revealBody,
  walkInBody,
} from './reception.bookings.schema.js';
import type { ReceptionDeskService } from './reception.desk.js';

const tags = ['reception'];
const one = { 200: z.object({ booking: bookingDto }) };

/** 约访 for the public, without an account: book (proof of work, rate-limited per address), find, cancel, move. */
export function bookingPublicRoutes(bookings: ReceptionBookingsService, config: Config): FastifyPluginAsyncZod {
  const access = publicAccess(config);
  return async (app) => {
    app.post(
      '/public/bookings',
      {
        config: access,
        schema: {
          tags,
          summary: '预约领导接访（约访；返回只显示一次的预约码）',
          body: bookBody,
          response: { 201: z.object({ booking: bookingDto, code: z.string() }) },
        },
      },
      async (request, reply) => {
        const { code, ...booking } = await bookings.book(request.body);
        return reply.status(201).send({ booking, code });
      },
    );
    app.post(
      '/public/bookings/find',
      {
        config: access,
        schema: {
          tags,
          summary: '凭预约号（或手机号码）和预约码查看预约（连续输错 5 次锁定 15 分钟）',
          body: findBookingBody,
          response: one,
        },
      },
      async (request) => ({ booking: await bookings.find(request.body) }),
    );
    app.post(
      '/public/bookings/cancel',
      { config: access, schema: { tags, summary: '凭预约号（或手机号码）和预约码取消预约', body: findBookingBody, response: one } },
      async (request) => ({ booking: await bookings.cancel(request.body) }),
    );
    app.post(
      '/public/bookings/move',
      { config: access, schema: { tags, summary: '凭预约码改约到同一机构的其他接访', body: moveBookingBody, response: one } },
      async (request) => ({ booking: await bookings.move(request.body.key, request.body.slotId) }),
    );
  };
}

const desk = { access: { permission: 'reception.desk' } } as const;
const visit = { 201: z.object({ visitId: z.number() }) };
const phone = { 200: z.object({ phone: z.string().nullable() }) };

/** The reception desk: the day's list, check-in, no-show, walk-ins, the counsellor on duty, phones opened with a reason. */
export function deskRoutes(service: ReceptionDeskService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/reception/desk',
      {
        config: desk,
        schema: { tags, summary: '接待窗口：某机构某日的接访、预约和走访登记', querystring: deskQuery, response: { 200: deskDayDto } },
      },
      async (request) => service.day(actorOf(request), request.query.orgId, request.query.date),
    );
    app.post(
      '/reception/bookings/:id/check-in',
      { config: desk, schema: { tags, summary: '预约来访人到访登记（当日）', params: bigIdParams, response: visit } },
      async (request, reply) => reply.status(201).send(await service.checkIn(actorOf(request), request.params.id)),
    );
    app.post(
      '/reception/bookings/:id/no-show',
      { config: desk, schema: { tags, summary: '预约来访人未到', params: bigIdParams, response: { 204: z.null() } } },
      async (request, reply) => {
        await service.noShow(actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/reception/bookings/:id/phone',
      {
        config: desk,
        schema: {
          tags,
          summary: '查看预约来访人完整手机号码（须说明原因，记入审计）',
          params: bigIdParams,
          body: revealBody,
          response: phone,
        },
      },
      async (request) => service.bookingPhone(actorOf(request), request.params.id, request.body.reason),
    );
    app.post(
      '/reception/visits',
      {
        config: desk,
        schema: {
          tags,
          summary: '登记走访来访人（未预约）',
          body: walkInBody,
          'x-examples': { body: [{ orgId: 1, slotId: null, name: '张三', phone: '13812345678', matter: '土地征收补偿', partySize: 1 }] },
          response: visit,
        },
      },
      async (request, reply) => reply.status(201).send(await service.walkIn(actorOf(request), request.body)),
    );
    app.post(
      '/reception/visits/:id/phone',
      {
        config: desk,
        schema: { tags, summary: '查看走访来访人完整电话（须说明原因，记入审计）', params: bigIdParams, body: revealBody, response: phone },
      },
      async (request) => service.visitPhone(actorOf(request), request.params.id, request.body.reason),
    );
    app.put(
      '/reception/slots/:id/counsel',
      {
        config: desk,
        schema: {
          tags,
          summary: '本次接访值班的律师或法律顾问（姓名、所在单位）',
          params: idParams,
          body: counselBody,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.setCounsel(actorOf(request), request.params.id, request.body.counsel);
        return reply.status(204).send(null);
      },
    );
  };
}
