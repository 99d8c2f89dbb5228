import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { idParams } from '../../shared/validators.js';
import { categoryDto, createCategoryBody, renameCategoryBody } from './categories.schema.js';
import type { CategoriesService } from './categories.service.js';

const manage = { access: { permission: 'category.manage' } } as const;
const one = { 200: z.object({ category: categoryDto }) };

/** 问题分类 routes. */
export function categoriesRoutes(categories: CategoriesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/categories',
      {
        config: { access: { authenticated: true } },
        schema: {
          tags: ['categories'],
          summary: '问题分类（三级，按路径排序）',
          response: { 200: z.object({ items: z.array(categoryDto) }) },
        },
      },
      async () => ({ items: await categories.list() }),
    );
    app.post(
      '/categories',
      {
        config: manage,
        schema: {
          tags: ['categories'],
          summary: '新增分类',
          body: createCategoryBody,
          response: { 201: z.object({ category: categoryDto }) },
        },
      },
      async (request, reply) =>
        reply.status(201).send({ category: await categories.create(actorOf(request), request.body.parentId, request.body.name) }),
    );
    app.patch(
      '/categories/:id',
      {
        config: manage,
        schema: { tags: ['categories'], summary: '重命名分类', params: idParams, body: renameCategoryBody, response: one },
      },
      async (request) => ({ category: await categories.rename(actorOf(request), request.params.id, request.body.name) }),
    );
    app.post(
      '/categories/:id/deactivate',
      { config: manage, schema: { tags: ['categories'], summary: '停用分类', params: idParams, response: one } },
      async (request) => ({ category: await categories.setActive(actorOf(request), request.params.id, false) }),
    );
    app.post(
      '/categories/:id/reactivate',
      { config: manage, schema: { tags: ['categories'], summary: '启用分类', params: idParams, response: one } },
      async (request) => ({ category: await categories.setActive(actorOf(request), request.params.id, true) }),
    );
  };
}
