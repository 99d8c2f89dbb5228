import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { idParams } from '../../shared/validators.js';
import { savedFilterBody, savedFilterDto } from './saved-filters.schema.js';
import type { SavedFiltersService } from './saved-filters.service.js';

const read = { access: { permission: 'petition.read' } } as const;

/** Saved work-list filters. */
export function savedFiltersRoutes(filters: SavedFiltersService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/saved-filters',
      {
        config: read,
        schema: {
          tags: ['petitions'],
          summary: '我的和本机构共享的筛选方案',
          response: { 200: z.object({ items: z.array(savedFilterDto) }) },
        },
      },
      async (request) => ({
        items: await filters.list(actorOf(request)),
      }),
    );
    app.post(
      '/saved-filters',
      {
        config: read,
        schema: {
          tags: ['petitions'],
          summary: '保存筛选方案（个人或本机构共享）',
          body: savedFilterBody,
          'x-examples': { body: [{ name: '本月来访', scope: 'personal', filter: { channel: ['visit'], from: '2026-11-01' } }] },
          response: { 201: z.object({ filter: savedFilterDto }) },
        },
      },
      async (request, reply) => reply.status(201).send({ filter: await filters.create(actorOf(request), request.body) }),
    );
    app.post(
      '/saved-filters/:id/remove',
      { config: read, schema: { tags: ['petitions'], summary: '删除自己的筛选方案', params: idParams, response: { 204: z.null() } } },
      async (request, reply) => {
        await filters.remove(actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
