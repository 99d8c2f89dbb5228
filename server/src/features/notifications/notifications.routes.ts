import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { bigIdParams } from '../../shared/validators.js';
import { presentMessage } from './notifications.presenter.js';
import { messagesDto, messagesQuery, readAllDto } from './notifications.schema.js';
import type { NotificationsService } from './notifications.service.js';

// Every signed-in user has their own messages; the repository only ever touches the actor's rows.
const own = { access: { authenticated: true } } as const;

/** 站内消息: the signed-in user's in-app messages (new work, urges and supervision, deadline warnings). */
export function notificationsRoutes(notifications: NotificationsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/messages',
      {
        config: own,
        schema: {
          tags: ['notifications'],
          summary: '本人的站内消息（未读在前）',
          querystring: messagesQuery,
          response: { 200: messagesDto },
        },
      },
      async (request) => {
        const { unread, items } = await notifications.messages(actorOf(request), request.query.limit);
        return { unread, items: items.map(presentMessage) };
      },
    );
    app.post(
      '/messages/:id/read',
      {
        config: own,
        schema: { tags: ['notifications'], summary: '标记消息为已读', params: bigIdParams, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await notifications.markRead(actorOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/messages/read-all',
      { config: own, schema: { tags: ['notifications'], summary: '全部标记为已读', response: { 200: readAllDto } } },
      async (request) => ({ marked: await notifications.markAllRead(actorOf(request)) }),
    );
  };
}
