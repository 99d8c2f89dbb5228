import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import type { FileStore } from '../attachments/index.js';

const health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({ ok: z.boolean(), writable: z.boolean(), latencyMs: z.number() }),
  files: z.object({ writable: z.boolean() }),
});

/**
 * Whether the database takes a write. A transaction id is assigned and committed, so its commit record is written
 * and flushed to the WAL: a full disk or a standby fails it; a read-only session would still assign one, so that
 * is asked too. One id per probe: a check every second uses some 86,000 a day, far below what autovacuum's
 * freezing keeps up with.
 */
async function databaseWritable(db: Database): Promise<boolean> {
  return sql<{ readOnly: string }>`select current_setting('transaction_read_only') as "readOnly", pg_current_xact_id()`.execute(db).then(
    ({ rows }) => rows[0]?.readOnly === 'off',
    () => false,
  );
}

/** Liveness, and whether the database and the file store can be read and written, for operators and load balancers. */
export function healthRoutes(db: Database, files: FileStore, version: string): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        config: { access: { public: true }, cacheable: true },
        schema: {
          tags: ['health'],
          summary: '运行状态',
          description: 'degraded (503) when the database cannot be reached or written, or the file store cannot be written.',
          response: { 200: health, 503: health },
        },
      },
      async (_request, reply) => {
        const started = performance.now();
        const ok = await sql`select 1`.execute(db).then(
          () => true,
          () => false,
        );
        const writable = ok && (await databaseWritable(db));
        const latencyMs = Math.round(performance.now() - started);
        const filesWritable = await files.writable();
        const healthy = ok && writable && filesWritable;
        return reply.status(healthy ? 200 : 503).send({
          status: healthy ? 'ok' : 'degraded',
          version,
          database: { ok, writable, latencyMs },
          files: { writable: filesWritable },
        });
      },
    );
  };
}
