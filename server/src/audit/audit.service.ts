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

export const auditService = {
  /** Appends one event. Call inside the transaction of the change it records. */
  async record(trx: Executor, actor: AuditActor, entry: AuditEntry): Promise<void> {
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

  list(db: Database, filter: AuditFilter) {
    return auditRepository.list(db, filter);
  },

  actions(db: Database) {
    return auditRepository.distinctActions(db);
  },

  /** Walks the whole chain in order; stops at the first broken row. */
  async verify(db: Database, pageSize = 5000): Promise<VerifyResult> {
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
