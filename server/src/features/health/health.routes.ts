import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.js';

const health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({ ok: z.boolean(), latencyMs: z.number() }),
});

/** Liveness and database reachability, for operators and load balancers. */
export function healthRoutes(db: Database, version: string): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        config: { access: { public: true }, cacheable: true },
        schema: {
          tags: ['health'],
          summary: '运行状态',
          response: { 200: health, 503: health },
        },
      },
      async (_request, reply) => {
        const started = performance.now();
        const ok = await sql`select 1`.execute(db).then(
          () => true,
          () => false,
        );
        const body = {
          status: ok ? ('ok' as const) : ('degraded' as const),
          version,
          database: { ok, latencyMs: Math.round(performance.now() - started) },
        };
        return reply.status(ok ? 200 : 503).send(body);
      },
    );
  };
}
