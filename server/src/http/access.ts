import { GLOBAL_PERMISSIONS, permissionsOf } from '@xinfang/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../auth/actor.js';
import { type Access } from '../auth/permissions.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { AuthService } from '../features/auth/auth.service.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route must say who may call it; the server refuses to start otherwise. */
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Every registered route with its declared access, for the route audit test. */
    routeTable: { method: string; url: string; access: Access | undefined }[];
  }
}

export const SESSION_COOKIE = 'xf_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in actor of a route that requires one (the access hook has already checked). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}

/** A public route's config: no session needed, rate-limited per address at the portal's limit. */
export function publicAccess(config: Config) {
  return {
    access: { public: true } as const,
    rateLimit: { max: config.portalRateLimitPerMinute, timeWindow: '1 minute', errorResponseBuilder: () => new AppError('rate_limited') },
  };
}

/** Authenticates every request from its session cookie and enforces the route's declared access. */
export const accessPlugin = fp(async (app: FastifyInstance, { auth }: { auth: AuthService }) => {
  const routes: { method: string; url: string; config: { access?: Access } }[] = [];
  app.decorate('routeTable', {
    getter: () => routes.map((r) => ({ method: r.method, url: r.url, access: r.config.access })),
  });
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    route.config ??= {};
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url, config: route.config as { access?: Access } });
  });
  app.addHook('onReady', async () => {
    const undeclared = routes.filter((r) => !r.config.access).map((r) => `${r.method} ${r.url}`);
    if (undeclared.length) throw new Error(`Routes without an access declaration: ${undeclared.join(', ')}`);
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    // Unknown URLs reach the not-found handler, which needs no actor.
    if (!access || !request.routeOptions.url) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.actor = await auth.actorFor(token, {
        ip: request.ip,
        requestId: request.id,
        userAgent: request.headers['user-agent'] ?? null,
      });
    }
    if ('public' in access) return;
    const actor = request.actor;
    if (!actor) throw new AppError('unauthenticated');
    if (!SAFE_METHODS.has(request.method) && !auth.csrfValid(actor.sessionId, request.headers['x-csrf-token'] as string | undefined)) {
      throw new AppError('csrf_invalid');
    }
    if (actor.mustChangePassword && !('authenticated' in access && access.allowDuringPasswordChange)) {
      throw new AppError('password_change_required');
    }
    if ('permission' in access && !actor.permissions.includes(access.permission)) {
      const globalOnly = GLOBAL_PERMISSIONS.includes(access.permission) && permissionsOf(actor.roles, true).includes(access.permission);
      throw new AppError(globalOnly ? 'global_setting_top_body_only' : 'forbidden');
    }
    if ('anyOf' in access && !access.anyOf.some((p) => actor.permissions.includes(p))) throw new AppError('forbidden');
  });
});
