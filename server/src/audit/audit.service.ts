import type { Database, Executor } from '../db/database.js';
import { checkLink, type BreakReason } from './audit.chain.js';
import { auditRepository, type AuditFilter } from './audit.repository.js';

/** What changed: the action, its object and the body it belongs to, with before/after of changed fields. */
export interface AuditEntry {
  action: string;
  objectType: string;
  objectId: string | number | null;
  /** The body the object belongs to; decides who may read the event. */
  orgId: number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Whoever an event is attributed to: a signed-in Actor, an account during log-in,
 * or the system itself (set-up and demo data, with no user and no request).
 */
export interface AuditActor {
  userId: number | null;
  username: string;
  orgId: number | null;
  ip: string | null;
  requestId: string | null;
}

/** The system as the author of set-up events. */
export const SYSTEM_ACTOR: AuditActor = { userId: null, username: 'system', orgId: null, ip: null, requestId: null };

/** Keeps only the fields whose values differ, so events show what changed and nothing else. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}

/** Result of walking the chain. */
export interface VerifyResult {
  ok: boolean;
  count: number;
  firstBroken: { seq: number; reason: BreakReason } | null;
}

const LINK_BATCH = 1000;
/**
 * Requests of this process that recorded events not yet known to be linked: id → when. A job recording with the
 * id of a request that has already answered is forgotten by the linker after a minute.
 */
const recordedBy = new Map<string, number>();
/** Per database: the pass running, and the one that will run after it. */
const passes = new WeakMap<Database, { running?: Promise<void> | undefined; next?: Promise<void> | undefined }>();

async function linkAll(db: Database): Promise<void> {
  while ((await auditRepository.link(db, LINK_BATCH)) === LINK_BATCH);
}

export const auditService = {
  /**
   * Appends one event. Call inside the transaction of the change it records. The row waits in `audit_pending`
   * until `link` puts it in the chain (migration 0022), so concurrent changes do not queue for the chain's lock.
   */
  async record(trx: Executor, actor: AuditActor, entry: AuditEntry): Promise<void> {
    if (actor.requestId) recordedBy.set(actor.requestId, Date.now());
    await auditRepository.insert(trx, {
      actor_id: actor.userId,
      actor_username: actor.username,
      actor_org_id: actor.orgId,
      org_id: entry.orgId,
      ip: actor.ip,
      request_id: actor.requestId,
      action: entry.action,
      object_type: entry.objectType,
      object_id: entry.objectId === null ? null : String(entry.objectId),
      before: entry.before ?? null,
      after: entry.after ?? null,
    });
  },

  /**
   * Links every pending row committed before the call. Calls made while a pass runs share the one pass after it,
   * so under load a handful of passes link the rows of many requests, each pass one transaction.
   */
  link(db: Database): Promise<void> {
    const state = passes.get(db) ?? {};
    passes.set(db, state);
    if (!state.running) {
      state.running = linkAll(db).finally(() => (state.running = undefined));
      return state.running;
    }
    state.next ??= state.running
      .catch(() => undefined)
      .then(() => {
        state.next = undefined;
        return auditService.link(db);
      });
    return state.next;
  },

  /** Whether the request recorded events (and forgets it): it answers once they are linked. */
  recordedDuring(requestId: string): boolean {
    return recordedBy.delete(requestId);
  },

  /**
   * Links what other work (jobs, command-line tools) recorded, every second and once more when stopped; returns
   * the stop function.
   */
  startLinker(db: Database, log: (m: string) => void): () => Promise<void> {
    const pass = () => {
      for (const [id, at] of recordedBy) if (at < Date.now() - 60_000) recordedBy.delete(id);
      return auditService
        .link(db)
        .catch((err: unknown) => log(`audit linking failed: ${err instanceof Error ? err.message : String(err)}`));
    };
    const timer = setInterval(pass, 1000);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await pass();
    };
  },

  list(db: Database, filter: AuditFilter) {
    return auditRepository.list(db, filter);
  },

  actions(db: Database) {
    return auditRepository.distinctActions(db);
  },

  /** Links what is pending, then walks the whole chain in order; stops at the first broken row. */
  async verify(db: Database, pageSize = 5000): Promise<VerifyResult> {
    await auditService.link(db);
    let previous: { seq: number; hash: string } | null = null;
    let count = 0;
    for (;;) {
      const rows = await auditRepository.chainPage(db, previous?.seq ?? 0, pageSize);
      for (const row of rows) {
        const reason = checkLink(row, previous);
        if (reason) return { ok: false, count, firstBroken: { seq: row.seq, reason } };
        previous = { seq: row.seq, hash: row.hash };
        count++;
      }
      if (rows.length < pageSize) return { ok: true, count, firstBroken: null };
    }
  },
};
