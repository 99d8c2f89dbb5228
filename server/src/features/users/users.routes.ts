import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { idParams } from '../../shared/validators.js';
import { createUserBody, listUsersQuery, updateUserBody, userDto, userWithPassword } from './users.schema.js';
import type { UsersService } from './users.service.js';

const manage = { access: { permission: 'user.manage' } } as const;
const one = { 200: z.object({ user: userDto }) };

/** 用户管理: accounts of the actor's body and the bodies below it. */
export function usersRoutes(users: UsersService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/users',
      {
        config: { access: { permission: 'user.read' } },
        schema: {
          tags: ['users'],
          summary: '用户列表',
          querystring: listUsersQuery,
          response: { 200: z.object({ items: z.array(userDto), total: z.number(), page: z.number(), pageSize: z.number() }) },
        },
      },
      async (request) => users.list(actorOf(request), request.query),
    );

    app.get(
      '/users/:id',
      {
        config: { access: { permission: 'user.read' } },
        schema: { tags: ['users'], summary: '用户详情', params: idParams, response: one },
      },
      async (request) => ({ user: await users.get(actorOf(request), request.params.id) }),
    );

    app.post(
      '/users',
      {
        config: manage,
        schema: { tags: ['users'], summary: '新建用户（首次登录须修改密码）', body: createUserBody, response: { 201: userWithPassword } },
      },
      async (request, reply) => reply.status(201).send(await users.create(actorOf(request), request.body)),
    );

    app.patch(
      '/users/:id',
      {
        config: manage,
        schema: {
          tags: ['users'],
          summary: '修改用户（姓名、联系方式、所属机构、角色）',
          params: idParams,
          body: updateUserBody,
          response: one,
        },
      },
      async (request) => ({ user: await users.update(actorOf(request), request.params.id, request.body) }),
    );

    app.post(
      '/users/:id/deactivate',
      { config: manage, schema: { tags: ['users'], summary: '停用用户', params: idParams, response: one } },
      async (request) => ({ user: await users.deactivate(actorOf(request), request.params.id) }),
    );

    app.post(
      '/users/:id/reactivate',
      { config: manage, schema: { tags: ['users'], summary: '重新启用用户', params: idParams, response: one } },
      async (request) => ({ user: await users.reactivate(actorOf(request), request.params.id) }),
    );

    app.post(
      '/users/:id/reset-password',
      {
        config: manage,
        schema: {
          tags: ['users'],
          summary: '重置密码（生成一次性密码，下次登录须修改）',
          params: idParams,
          response: { 200: userWithPassword },
        },
      },
      async (request) => users.resetPassword(actorOf(request), request.params.id),
    );

    app.post(
      '/users/:id/unlock',
      { config: manage, schema: { tags: ['users'], summary: '解除登录锁定', params: idParams, response: one } },
      async (request) => ({ user: await users.unlock(actorOf(request), request.params.id) }),
    );
  };
}
