import { petitionEvent, type PetitionEventKind } from '@xinfang/domain';
import { expect } from 'vitest';
import type { Database } from '../db/database.js';

/**
 * Reads back every petition event of the test file's database with the union of @xinfang/domain: each must parse
 * and keep every key it was written with. Returns the kinds written, for the caller to check what its walks cover.
 */
export async function expectEventsReadWithUnion(db: Database): Promise<Set<string>> {
  const rows = await db.selectFrom('petition_events').select(['id', 'kind', 'payload']).orderBy('id').execute();
  for (const row of rows) {
    const read = petitionEvent.safeParse({ kind: row.kind, payload: row.payload });
    expect(read.error, `event ${row.id} (${row.kind}): ${JSON.stringify(row.payload)}`).toBeUndefined();
    expect(read.data?.payload).toEqual(row.payload);
  }
  return new Set(rows.map((r) => r.kind));
}

/** The kinds of a list that were not written. */
export const missing = (written: Set<string>, kinds: readonly PetitionEventKind[]) => kinds.filter((k) => !written.has(k));
