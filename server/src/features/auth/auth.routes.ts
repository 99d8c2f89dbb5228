import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { actorOf, SESSION_COOKIE } from '../../http/access.js';
import { changePasswordBody, loginBody, meDto } from './auth.schema.js';
import type { AuthService } from './auth.service.js';

/** Log-in, log-out, the current user and own password change. */
export function authRoutes(auth: AuthService, config: Config): FastifyPluginAsyncZod {
  const me = async (actor: Actor) => ({
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    org: { id: actor.orgId, name: actor.orgName, regionCode: await auth.orgRegionCode(actor) },
    roles: actor.roles,
    permissions: actor.permissions,
    mustChangePassword: actor.mustChangePassword,
    csrfToken: auth.csrfFor(actor.sessionId),
  });

  return async (app) => {
    app.post(
      '/auth/login',
      {
        config: {
          access: { public: true },
          rateLimit: {
            max: config.loginRateLimitPerMinute,
            timeWindow: '1 minute',
            errorResponseBuilder: (_req, ctx) => new AppError('rate_limited', { retryAfterSeconds: Math.ceil(ctx.ttl / 1000) }),
          },
        },
        schema: {
          tags: ['auth'],
          summary: '登录（连续 5 次密码错误锁定 15 分钟）',
          body: loginBody,
          response: { 200: z.object({ user: meDto }) },
        },
      },
      async (request, reply) => {
        const meta = { ip: request.ip, requestId: request.id, userAgent: request.headers['user-agent'] ?? null };
        const { token } = await auth.login(meta, request.body.username, request.body.password);
        const actor = await auth.actorFor(token, meta);
        if (!actor) throw new AppError('unauthenticated');
        reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure: request.protocol === 'https' });
        return { user: await me(actor) };
      },
    );

    app.post(
      '/auth/logout',
      {
        config: { access: { authenticated: true, allowDuringPasswordChange: true } },
        schema: { tags: ['auth'], summary: '退出登录', response: { 204: z.null() } },
      },
      async (request, reply) => {
        await auth.logout(actorOf(request));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      {
        config: { access: { authenticated: true, allowDuringPasswordChange: true } },
        schema: { tags: ['auth'], summary: '当前用户、权限与 CSRF 令牌', response: { 200: z.object({ user: meDto }) } },
      },
      async (request) => ({ user: await me(actorOf(request)) }),
    );

    app.post(
      '/auth/password',
      {
        config: { access: { authenticated: true, allowDuringPasswordChange: true } },
        schema: {
          tags: ['auth'],
          summary: '修改本人密码（其他会话随之失效）',
          body: changePasswordBody,
          response: { 200: z.object({ user: meDto }) },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await auth.changePassword(actor, request.body.currentPassword, request.body.newPassword);
        return { user: await me({ ...actor, mustChangePassword: false }) };
      },
    );
  };
}
