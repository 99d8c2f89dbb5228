import { createHash } from 'node:crypto';

/** The hashed fields of one audit row, as text exactly as PostgreSQL renders them (see migration 0001). */
export interface ChainRow {
  seq: number;
  at_text: string;
  actor_id: string | null;
  actor_username: string | null;
  actor_org_id: string | null;
  org_id: string | null;
  ip: string | null;
  request_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  before_text: string | null;
  after_text: string | null;
  prev_hash: string;
  hash: string;
}

/** The first hash of the chain links to this. */
export const GENESIS_HASH = '0'.repeat(64);

function field(value: string | null): string {
  return value === null ? '~' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

/** Recomputes a row's hash independently of the database function that wrote it. */
export function rowHash(row: ChainRow): string {
  const content =
    row.prev_hash +
    [
      String(row.seq),
      row.at_text,
      row.actor_id,
      row.actor_username,
      row.actor_org_id,
      row.org_id,
      row.ip,
      row.request_id,
      row.action,
      row.object_type,
      row.object_id,
      row.before_text,
      row.after_text,
    ]
      .map(field)
      .join('');
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** Why a row breaks the chain. */
export type BreakReason = 'sequence_gap' | 'prev_hash_mismatch' | 'hash_mismatch';

/** Checks one row against the previous one; returns the reason it is broken, or null. */
export function checkLink(row: ChainRow, previous: { seq: number; hash: string } | null): BreakReason | null {
  const expectedSeq = previous ? previous.seq + 1 : 1;
  if (row.seq !== expectedSeq) return 'sequence_gap';
  if (row.prev_hash !== (previous ? previous.hash : GENESIS_HASH)) return 'prev_hash_mismatch';
  if (row.hash !== rowHash(row)) return 'hash_mismatch';
  return null;
}
