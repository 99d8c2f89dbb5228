import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../db/database.js';
import { createTestDatabase } from '../test/db.js';
import { checkpointStore } from './audit.checkpoints.js';
import { auditService, SYSTEM_ACTOR, type CheckpointLog } from './audit.service.js';

const quiet: CheckpointLog = { info: () => undefined, error: () => undefined };

/** A database of its own with n linked events, a checkpoint store in a fresh DATA_DIR, and a superuser attacker. */
async function setUp(n: number) {
  const { db, adminUrl } = await createTestDatabase();
  await record(db, n);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xinfang-cp-'));
  const store = checkpointStore(dataDir, undefined);
  /** Runs SQL as a superuser would, with the audit guards switched off. */
  const attack = async (statement: ReturnType<typeof sql>) => {
    const su = createDatabase(adminUrl, 1);
    try {
      await sql`alter table audit_events disable trigger audit_events_append_only`.execute(su);
      await sql`alter table audit_events disable trigger audit_events_no_truncate`.execute(su);
      await statement.execute(su);
    } finally {
      await su.destroy();
    }
  };
  return { db, dataDir, store, attack };
}

async function record(db: Database, n: number, start = 0): Promise<void> {
  for (let i = start; i < start + n; i++) {
    await db
      .transaction()
      .execute((trx) => auditService.record(trx, SYSTEM_ACTOR, { action: 'test.event', objectType: 'org', objectId: i, orgId: null }));
  }
  await auditService.link(db);
}

describe('audit checkpoints', () => {
  it('signs the head into DATA_DIR and the log, only when the chain moved, with a key the database cannot read', async () => {
    const { db, dataDir, store } = await setUp(3);
    const logged: string[] = [];
    const log = { info: (m: string) => logged.push(m), error: (m: string) => logged.push(`ERROR ${m}`) };
    const first = await auditService.checkpoint(db, store, log);
    expect(first).toMatchObject({ seq: 3, prev: '' });
    expect(await auditService.checkpoint(db, store, log)).toBeNull(); // nothing new
    await record(db, 2, 10);
    const second = await auditService.checkpoint(db, store, log);
    expect(second).toMatchObject({ seq: 5, prev: first!.mac });
    const lines = readFileSync(path.join(dataDir, 'audit-checkpoints.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([first, second]);
    expect(logged).toEqual([`audit checkpoint ${lines[0]}`, `audit checkpoint ${lines[1]}`]);
    expect(statSync(path.join(dataDir, 'audit-checkpoint-key')).mode & 0o777).toBe(0o600);
    const result = await auditService.verify(db, store);
    expect(result).toMatchObject({ ok: true, count: 5, anchor: { checked: 2, latest: { seq: 5 }, uncovered: 0, problems: [] } });
    // Events after the latest checkpoint are counted as covered by the chain alone.
    await record(db, 1, 20);
    expect((await auditService.verify(db, store)).anchor).toMatchObject({ uncovered: 1, problems: [] });
  });

  it('finds the tail deleted, which the hash chain alone cannot see', async () => {
    const { db, store, attack } = await setUp(5);
    await auditService.checkpoint(db, store, quiet);
    await attack(sql`delete from audit_events where seq > 3`);
    const result = await auditService.verify(db, store);
    // The chain that is left links up perfectly: only the checkpoint knows it was longer.
    expect(result.firstBroken).toBeNull();
    expect(result).toMatchObject({ ok: false, count: 3 });
    expect(result.anchor.problems).toEqual([expect.objectContaining({ reason: 'chain_shorter_than_checkpoint', seq: 5 })]);
  });

  it('finds every row deleted', async () => {
    const { db, store, attack } = await setUp(4);
    await auditService.checkpoint(db, store, quiet);
    await attack(sql`truncate audit_events`);
    const result = await auditService.verify(db, store);
    expect(result).toMatchObject({ ok: false, count: 0, firstBroken: null });
    expect(result.anchor.problems).toEqual([expect.objectContaining({ reason: 'chain_shorter_than_checkpoint', seq: 4 })]);
  });

  it("finds a row rewritten and the chain re-hashed with the database's own function", async () => {
    const { db, store, attack } = await setUp(5);
    await auditService.checkpoint(db, store, quiet);
    await attack(sql`
      do $$
      declare r record; previous text;
      begin
        update audit_events set after = '{"name":"篡改"}' where seq = 2;
        select hash into previous from audit_events where seq = 1;
        for r in select seq from audit_events where seq >= 2 order by seq loop
          update audit_events set prev_hash = previous where seq = r.seq;
          update audit_events e set hash = encode(sha256(convert_to(audit_content(e), 'UTF8')), 'hex')
            where seq = r.seq returning hash into previous;
        end loop;
      end $$`);
    const result = await auditService.verify(db, store);
    expect(result).toMatchObject({ ok: false, count: 5, firstBroken: null });
    expect(result.anchor.problems).toEqual([expect.objectContaining({ reason: 'checkpoint_hash_mismatch', seq: 5 })]);
    // The server refuses to sign the forged chain.
    const errors: string[] = [];
    await record(db, 1, 30);
    expect(await auditService.checkpoint(db, store, { info: () => undefined, error: (m) => errors.push(m) })).toBeNull();
    expect(errors).toEqual([expect.stringContaining('no longer matches its checkpoint at seq 5')]);
  });

  it('finds forged, removed and unverifiable checkpoints, and a missing file where one was due', async () => {
    const { db, dataDir, store } = await setUp(2);
    await auditService.checkpoint(db, store, quiet);
    await record(db, 1, 10);
    await auditService.checkpoint(db, store, quiet);
    await record(db, 1, 20);
    await auditService.checkpoint(db, store, quiet);
    const file = path.join(dataDir, 'audit-checkpoints.jsonl');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    // An attacker without the key moves the latest checkpoint back: its signature no longer matches.
    writeFileSync(file, [lines[0], lines[1], lines[2]!.replace('"seq":4', '"seq":3')].join('\n') + '\n');
    expect((await auditService.verify(db, store)).anchor.problems).toEqual([
      expect.objectContaining({ reason: 'checkpoint_invalid', line: 3 }),
    ]);
    // Taking a line out breaks the checkpoints' own sequence.
    writeFileSync(file, [lines[0], lines[2]].join('\n') + '\n');
    expect((await auditService.verify(db, store)).anchor.problems).toEqual([
      expect.objectContaining({ reason: 'checkpoint_sequence_broken', line: 2 }),
    ]);
    // Another key (the configured one differs from the file): nothing verifies.
    const otherKey = checkpointStore(dataDir, 'another-key-another-key-another-key-0');
    expect((await auditService.verify(db, otherKey)).anchor.problems.map((p) => p.reason)).toEqual([
      'checkpoint_invalid',
      'checkpoint_invalid',
    ]);
    rmSync(path.join(dataDir, 'audit-checkpoint-key'));
    expect((await auditService.verify(db, store)).anchor.problems).toEqual([expect.objectContaining({ reason: 'checkpoint_key_missing' })]);
    // No file at all while the trail holds an event older than the checkpoints leave uncovered.
    rmSync(file);
    expect(await auditService.verify(db, store)).toMatchObject({ ok: true, anchor: { checked: 0, problems: [] } });
    await sql`insert into audit_pending (at, action, object_type) values (now() - interval '1 hour', 'test.old', 'org')`.execute(db);
    const result = await auditService.verify(db, store);
    expect(result).toMatchObject({ ok: false, firstBroken: null });
    expect(result.anchor.problems).toEqual([expect.objectContaining({ reason: 'checkpoints_missing' })]);
  });
});
