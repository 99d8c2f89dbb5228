import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sql, type Transaction } from 'kysely';
import { transactionStart, type Database } from '../db/database.js';
import type { DB } from '../db/types.js';
import { AppError } from '../errors.js';
import { secretBox } from '../shared/secret-box.js';
import { languageOf } from './language.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Answers are replayed for at least this long; the prune job then removes them (they are not petition data). */
const KEEP_HOURS = 24;
/** How long a repeat waits for the first request with its key to answer before it is told to look later (409). */
const WAIT_MS = 10_000;
const POLL_MS = 100;
const KEY_PATTERN = /^[\x21-\x7e]{8,128}$/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Claim {
  userId: number;
  key: string;
  /** The answer was sent from the table: nothing to store. */
  replayed: boolean;
  /** The answer has been handled: transactions begun later (work the request left behind) are not the write's. */
  settled: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: Claim | null;
  }
}

const FIELD_MESSAGE: Record<'idempotency_key_invalid' | 'idempotency_key_reused', Record<'zh' | 'en', string>> = {
  idempotency_key_invalid: { zh: '应为 8 至 128 个可见的英文字符', en: 'must be 8 to 128 visible ASCII characters' },
  idempotency_key_reused: { zh: '已用于另一项提交', en: 'already used for a different request' },
};

function headerError(code: keyof typeof FIELD_MESSAGE, request: FastifyRequest): AppError {
  const message = FIELD_MESSAGE[code][languageOf(request)];
  return new AppError(code, { fields: [{ path: 'Idempotency-Key', in: 'header', message }] });
}

/**
 * What makes two requests "the same": method, address and the validated body (multipart bodies are read by the
 * handler, after this check: their length stands in for them).
 */
function fingerprintOf(request: FastifyRequest): string {
  const body = request.body === undefined ? `length:${request.headers['content-length'] ?? 0}` : JSON.stringify(request.body);
  return createHash('sha256').update(`${request.method} ${request.url}\n${body}`).digest('base64url');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Safe retries of writes. A signed-in client may send an `Idempotency-Key` header with a non-GET request (the staff
 * app sends one per user action, the same on its retries). The first request with a key claims it for its user
 * (a row, committed before the route runs, so two concurrent requests never both run: the second waits for the
 * first's answer, up to ten seconds, then gets 409 `idempotency_in_progress`); the route's transactions mark the
 * row `written` as their first statement, so the mark commits exactly when the write does; the answer (status,
 * type, body; sealed) is stored as it is sent and replayed for any later request with the same key, method, address and
 * body. The same key with another request is 422 `idempotency_key_reused`. An answer of 500 or more, or a streamed
 * one (a file read), gives the key up again unless the write happened: a retry then runs afresh. Requests
 * without the header, and those of no user (the portal, logging in), are not touched.
 */
export const idempotencyPlugin = fp(async (app: FastifyInstance, { db, secret }: { db: Database; secret: string }) => {
  app.decorateRequest('idempotency', null);
  // An answer may carry what is shown once (a registration's query code): kept sealed, for a day.
  const box = secretBox(secret, 'idempotent-answers');
  const row = (claim: { userId: number; key: string }) =>
    db.selectFrom('idempotency_keys').where('user_id', '=', claim.userId).where('key', '=', claim.key);

  const replay = (reply: FastifyReply, stored: { status: number; content_type: string | null; body: Buffer | null }) => {
    reply.code(stored.status).header('idempotent-replayed', 'true');
    if (stored.content_type) reply.header('content-type', stored.content_type);
    return reply.send(stored.body ? box.openBytes(stored.body) : undefined);
  };

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (key === undefined || SAFE_METHODS.has(request.method) || !request.actor) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) throw headerError('idempotency_key_invalid', request);
    const claim = { userId: request.actor.userId, key };
    const fingerprint = fingerprintOf(request);
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const claimed = await db
        .insertInto('idempotency_keys')
        .values({ user_id: claim.userId, key, fingerprint })
        .onConflict((c) => c.doNothing())
        .returning('key')
        .executeTakeFirst();
      if (claimed) {
        request.idempotency = { ...claim, replayed: false, settled: false };
        return;
      }
      const stored = await row(claim).select(['fingerprint', 'status', 'content_type', 'body']).executeTakeFirst();
      // Given up in the meantime (the first attempt failed before writing): claim it again.
      if (!stored) continue;
      if (stored.fingerprint !== fingerprint) throw headerError('idempotency_key_reused', request);
      if (stored.status !== null) {
        request.idempotency = { ...claim, replayed: true, settled: true };
        return replay(reply, { ...stored, status: stored.status });
      }
      if (Date.now() >= deadline) throw new AppError('idempotency_in_progress');
      await sleep(POLL_MS);
    }
  });

  // Callback style, last: the route's handler runs inside this context, and so do the transactions it begins.
  app.addHook('preHandler', (request, _reply, done) => {
    const claim = request.idempotency;
    if (!claim || claim.settled) return done();
    const markWritten = async (trx: Transaction<DB>) => {
      if (claim.settled) return;
      await trx
        .updateTable('idempotency_keys')
        .set({ written: true })
        .where('user_id', '=', claim.userId)
        .where('key', '=', claim.key)
        .execute();
    };
    transactionStart.run(markWritten, () => done());
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim || claim.settled) return payload;
    claim.settled = true;
    const body = payload === null || payload === undefined ? null : typeof payload === 'string' ? Buffer.from(payload) : payload;
    const storable = body === null || Buffer.isBuffer(body);
    if (!storable || reply.statusCode >= 500) {
      const { numDeletedRows } = await db
        .deleteFrom('idempotency_keys')
        .where('user_id', '=', claim.userId)
        .where('key', '=', claim.key)
        .where('written', '=', false)
        .executeTakeFirst();
      // Nothing was written: a retry may run. Otherwise a failed answer is kept like any other; a streamed one after
      // a write (none today) leaves the key claimed, so a repeat is told to look rather than run twice.
      if (numDeletedRows > 0n || !storable) return payload;
    }
    const contentType = reply.getHeader('content-type');
    await db
      .updateTable('idempotency_keys')
      .set({
        status: reply.statusCode,
        content_type: typeof contentType === 'string' ? contentType : null,
        body: body && box.sealBytes(body),
      })
      .where('user_id', '=', claim.userId)
      .where('key', '=', claim.key)
      .execute();
    return payload;
  });
});

/** Removes the answers older than the time they are kept for (the hourly `idempotency.prune` job). */
export async function pruneIdempotencyKeys(db: Database): Promise<number> {
  const { numDeletedRows } = await db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', sql<Date>`now() - make_interval(hours => ${KEEP_HOURS})`)
    .executeTakeFirst();
  return Number(numDeletedRows);
}
