import { existsSync } from 'node:fs';
import type { Database, Executor } from '../db/database.js';
import { checkLink, type BreakReason } from './audit.chain.js';
import { signCheckpoint, type Checkpoint, type CheckpointStore } from './audit.checkpoints.js';
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

/** Why the chain does not match its checkpoints (audit.checkpoints.ts). */
export type AnchorReason =
  /** A row a checkpoint saw has another hash now: it, or a row before it, was rewritten. */
  | 'checkpoint_hash_mismatch'
  /** A checkpoint saw more rows than the chain has: rows at its end were deleted. */
  | 'chain_shorter_than_checkpoint'
  /** A row a checkpoint saw is gone from the middle of the chain. */
  | 'checkpoint_row_missing'
  /** A line of the checkpoint file is unreadable or its signature is wrong: forged or damaged. */
  | 'checkpoint_invalid'
  /** A line does not follow the one before it: a checkpoint was taken out of the file. */
  | 'checkpoint_sequence_broken'
  /** No checkpoint file, yet the chain is older than the server's checkpoints leave uncovered. */
  | 'checkpoints_missing'
  /** A checkpoint file without its key: the checkpoints cannot be checked. */
  | 'checkpoint_key_missing';

export interface AnchorProblem {
  reason: AnchorReason;
  /** The audit row concerned. */
  seq: number | null;
  /** The checkpoint file's line concerned. */
  line: number | null;
  /** When the checkpoint concerned was written. */
  at: string | null;
}

/** The chain compared with the checkpoints kept outside the database. */
export interface AnchorResult {
  /** Valid checkpoints compared with the chain. */
  checked: number;
  latest: { seq: number; hash: string; at: string } | null;
  /** Rows after the latest checkpoint: until the next one, only the hash chain protects them. */
  uncovered: number;
  problems: AnchorProblem[];
}

/** Result of walking the chain and comparing it with its checkpoints. */
export interface VerifyResult {
  ok: boolean;
  count: number;
  firstBroken: { seq: number; reason: BreakReason } | null;
  anchor: AnchorResult;
}

/** The server writes a checkpoint every five minutes: rows older than two intervals should have one. */
const CHECKPOINTS_EXPECTED_AFTER_MS = 10 * 60_000;

/** Walks the chain from a known row (or from the start) to its end; stops at the first broken row. */
async function walk(db: Executor, from: { seq: number; hash: string } | null, pageSize: number) {
  let previous = from;
  let count = 0;
  for (;;) {
    const rows = await auditRepository.chainPage(db, previous?.seq ?? 0, pageSize);
    for (const row of rows) {
      const reason = checkLink(row, previous);
      if (reason) return { count, last: previous, firstBroken: { seq: row.seq, reason } };
      previous = { seq: row.seq, hash: row.hash };
      count++;
    }
    if (rows.length < pageSize) return { count, last: previous, firstBroken: null };
  }
}

const problem = (reason: AnchorReason, at: Partial<Omit<AnchorProblem, 'reason'>> = {}): AnchorProblem => ({
  reason,
  seq: at.seq ?? null,
  line: at.line ?? null,
  at: at.at ?? null,
});

/** Compares the chain with every valid checkpoint; one problem per kind (the earliest row, or the latest checkpoint). */
async function checkAnchor(db: Executor, store: CheckpointStore): Promise<AnchorResult> {
  const head = await auditRepository.head(db);
  const key = store.key(false);
  const file = key ? store.read(key) : null;
  if (!file) {
    const oldest = await auditRepository.oldestAt(db);
    const problems: AnchorProblem[] = [];
    if (!key && existsSync(store.file)) problems.push(problem('checkpoint_key_missing'));
    else if (oldest && oldest.getTime() < Date.now() - CHECKPOINTS_EXPECTED_AFTER_MS) problems.push(problem('checkpoints_missing'));
    return { checked: 0, latest: null, uncovered: head?.seq ?? 0, problems };
  }
  const problems = file.problems.map((p) => problem(p.reason, { line: p.line }));
  const stored = await auditRepository.hashesAt(
    db,
    file.checkpoints.map((c) => c.seq),
  );
  let shorter: Checkpoint | undefined;
  let mismatch: Checkpoint | undefined;
  let missing: Checkpoint | undefined;
  for (const c of file.checkpoints) {
    const hash = stored.get(c.seq);
    if (hash === undefined && c.seq > (head?.seq ?? 0)) {
      if (!shorter || c.seq > shorter.seq) shorter = c;
    } else if (hash === undefined) {
      if (!missing || c.seq < missing.seq) missing = c;
    } else if (hash !== c.hash && (!mismatch || c.seq < mismatch.seq)) mismatch = c;
  }
  if (mismatch) problems.push(problem('checkpoint_hash_mismatch', mismatch));
  if (missing) problems.push(problem('checkpoint_row_missing', missing));
  if (shorter) problems.push(problem('chain_shorter_than_checkpoint', shorter));
  const latest = file.checkpoints.reduce<Checkpoint | null>((a, c) => (!a || c.seq >= a.seq ? c : a), null);
  return {
    checked: file.checkpoints.length,
    latest: latest && { seq: latest.seq, hash: latest.hash, at: latest.at },
    uncovered: Math.max(0, (head?.seq ?? 0) - (latest?.seq ?? 0)),
    problems,
  };
}

/** Where the server writes what it did about checkpoints. */
export interface CheckpointLog {
  info(message: string): void;
  error(message: string): void;
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
    // A pass logs its own failure, and the next tick starts regardless: the timer has nothing to wait for.
    const timer = setInterval(() => void pass(), 1000);
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

  /**
   * Links what is pending, walks the whole chain in order (stopping at the first broken row), and compares it
   * with the checkpoints kept outside the database.
   */
  async verify(db: Database, checkpoints: CheckpointStore, pageSize = 5000): Promise<VerifyResult> {
    await auditService.link(db);
    const { count, firstBroken } = await walk(db, null, pageSize);
    const anchor = await checkAnchor(db, checkpoints);
    return { ok: !firstBroken && anchor.problems.length === 0, count, firstBroken, anchor };
  },

  /**
   * Signs the chain's head into the checkpoint file and the log, once the rows since the last checkpoint are
   * checked: they must still start from its hash and link up to the head. Nothing is written when the chain has
   * not moved, or is broken (that is logged as an error). One writer at a time across instances.
   */
  async checkpoint(db: Database, store: CheckpointStore, log: CheckpointLog): Promise<Checkpoint | null> {
    await auditService.link(db);
    const key = store.key(true)!;
    return db.transaction().execute(async (trx) => {
      await auditRepository.lockCheckpoints(trx);
      const last = store.read(key)?.checkpoints.at(-1) ?? null;
      if (last && (await auditRepository.hashesAt(trx, [last.seq])).get(last.seq) !== last.hash) {
        log.error(`audit chain no longer matches its checkpoint at seq ${last.seq} (${last.at}); no checkpoint written`);
        return null;
      }
      const walked = await walk(trx, last, 5000);
      if (walked.firstBroken) {
        log.error(`audit chain broken at seq ${walked.firstBroken.seq} (${walked.firstBroken.reason}); no checkpoint written`);
        return null;
      }
      if (!walked.count) return null;
      const checkpoint = signCheckpoint(key, walked.last!, last);
      store.append(checkpoint);
      log.info(`audit checkpoint ${JSON.stringify(checkpoint)}`);
      return checkpoint;
    });
  },
};
