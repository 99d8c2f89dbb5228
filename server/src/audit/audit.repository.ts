import { sql, type Insertable } from 'kysely';
import type { AuditEventTable } from '../db/types.js';
import type { Executor } from '../db/database.js';
import type { ChainRow } from './audit.chain.js';
import { auditEventVisible } from '../access/visibility.js';

/** A row to append; at is set by the database, seq and the hashes when it is linked; before/after are serialised here. */
export type AuditInsert = Omit<Insertable<AuditEventTable>, 'seq' | 'at' | 'prev_hash' | 'hash' | 'before' | 'after'> & {
  before: unknown;
  after: unknown;
};

/** Filters of the audit trail browser. */
export interface AuditFilter {
  scopePath: string;
  /** The reader's body: with scopePath, hides events about petitions the reader may not see (条例 Art. 30). */
  scopeOrgId: number;
  actorId?: number | undefined;
  orgId?: number | undefined;
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Keyset cursor: rows with a smaller seq than this. */
  beforeSeq?: number | undefined;
  limit: number;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export const auditRepository = {
  /** Writes a row to `audit_pending`, in the change's transaction and without the chain's lock. */
  async insert(db: Executor, row: AuditInsert): Promise<void> {
    await db
      .insertInto('audit_pending')
      .values({ ...row, before: json(row.before), after: json(row.after) })
      .execute();
  },

  /** Links up to `batch` committed pending rows into the chain, oldest first (migration 0022); how many it moved. */
  async link(db: Executor, batch: number): Promise<number> {
    const { rows } = await sql<{ moved: number }>`select audit_link(${batch}) as moved`.execute(db);
    return rows[0]!.moved;
  },

  async list(db: Executor, f: AuditFilter) {
    const inScope = (column: 'e.org_id' | 'e.actor_org_id') =>
      sql<boolean>`${sql.ref(column)} in (select id from orgs where path like ${f.scopePath + '%'})`;
    let q = db
      .selectFrom('audit_events as e')
      .leftJoin('orgs as o', 'o.id', 'e.org_id')
      .leftJoin('orgs as ao', 'ao.id', 'e.actor_org_id')
      // The object's current name, for people reading the trail (its state at the time is in before/after).
      .leftJoin('orgs as oo', (j) => j.on('e.object_type', '=', 'org').on(sql`e.object_id`, '=', sql`oo.id::text`))
      .leftJoin('users as ou', (j) => j.on('e.object_type', '=', 'user').on(sql`e.object_id`, '=', sql`ou.id::text`))
      .select([
        'e.seq',
        'e.at',
        'e.actor_id',
        'e.actor_username',
        'e.actor_org_id',
        'ao.name as actor_org_name',
        'e.org_id',
        'o.name as org_name',
        'e.ip',
        'e.request_id',
        'e.action',
        'e.object_type',
        'e.object_id',
        sql<string | null>`coalesce(oo.name, ou.display_name || '（' || ou.username || '）')`.as('object_label'),
        'e.before',
        'e.after',
        'e.hash',
      ])
      .where((eb) => eb.or([inScope('e.org_id'), inScope('e.actor_org_id')]))
      .where(auditEventVisible({ orgPath: f.scopePath, orgId: f.scopeOrgId }));
    if (f.actorId !== undefined) q = q.where('e.actor_id', '=', f.actorId);
    if (f.orgId !== undefined) q = q.where((eb) => eb.or([eb('e.org_id', '=', f.orgId!), eb('e.actor_org_id', '=', f.orgId!)]));
    if (f.action) q = q.where('e.action', '=', f.action);
    if (f.objectType) q = q.where('e.object_type', '=', f.objectType);
    if (f.objectId) q = q.where('e.object_id', '=', f.objectId);
    if (f.from) q = q.where('e.at', '>=', f.from);
    if (f.to) q = q.where('e.at', '<', f.to);
    if (f.beforeSeq !== undefined) q = q.where('e.seq', '<', f.beforeSeq);
    return q.orderBy('e.seq', 'desc').limit(f.limit).execute();
  },

  async distinctActions(db: Executor): Promise<string[]> {
    const rows = await db.selectFrom('audit_events').select('action').distinct().orderBy('action').execute();
    return rows.map((r) => r.action);
  },

  /** The last row of the chain, or undefined when it is empty. */
  async head(db: Executor): Promise<{ seq: number; hash: string } | undefined> {
    return db.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  },

  /** When the oldest row of the chain was written, or undefined when it is empty. */
  async oldestAt(db: Executor): Promise<Date | undefined> {
    return (await db.selectFrom('audit_events').select('at').orderBy('at').limit(1).executeTakeFirst())?.at;
  },

  /** The stored hashes of the rows with these numbers (those that exist). */
  async hashesAt(db: Executor, seqs: number[]): Promise<Map<number, string>> {
    const found = new Map<number, string>();
    for (let i = 0; i < seqs.length; i += 10_000) {
      const rows = await db
        .selectFrom('audit_events')
        .select(['seq', 'hash'])
        .where('seq', '=', sql<number>`any(${seqs.slice(i, i + 10_000)}::bigint[])`)
        .execute();
      for (const r of rows) found.set(r.seq, r.hash);
    }
    return found;
  },

  /** Serialises checkpoint writers across server instances, for the transaction. */
  async lockCheckpoints(trx: Executor): Promise<void> {
    await sql`select pg_advisory_xact_lock(7246152)`.execute(trx);
  },

  /** Rows in chain order with every hashed field rendered as text, for verification. */
  async chainPage(db: Executor, afterSeq: number, limit: number): Promise<ChainRow[]> {
    const { rows } = await sql<ChainRow>`
      select seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_text,
             actor_id::text as actor_id, actor_username, actor_org_id::text as actor_org_id,
             org_id::text as org_id, ip, request_id, action, object_type, object_id,
             before::text as before_text, after::text as after_text, prev_hash, hash
      from audit_events where seq > ${afterSeq} order by seq limit ${limit}`.execute(db);
    return rows;
  },
};
