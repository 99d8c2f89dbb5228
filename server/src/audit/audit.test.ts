import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../db/database.js';
import { createTestDatabase } from '../test/db.js';
import { buildOrgTree } from '../test/factories.js';
import { checkLink, GENESIS_HASH, rowHash, type ChainRow } from './audit.chain.js';
import { checkpointStore } from './audit.checkpoints.js';
import { auditService, changedFields, SYSTEM_ACTOR } from './audit.service.js';

const { db, ownerUrl, adminUrl } = await createTestDatabase();
// The schema's owner, and a superuser playing the attacker who can switch the guards off.
const owner = createDatabase(ownerUrl, 1);
const superuser = createDatabase(adminUrl, 1);
afterAll(() => Promise.all([owner.destroy(), superuser.destroy()]));
// No checkpoints yet, and every row is recent: the chain alone decides.
const noCheckpoints = checkpointStore(mkdtempSync(path.join(os.tmpdir(), 'xinfang-audit-')), undefined);
const tree = await buildOrgTree(db);

const record = (n: number) =>
  db.transaction().execute((trx) =>
    auditService.record(
      trx,
      { ...SYSTEM_ACTOR, ip: '127.0.0.1' },
      {
        action: 'test.event',
        objectType: 'org',
        objectId: n,
        orgId: tree.county.id,
        before: { name: '旧名' },
        after: { name: `新名｜${n}` },
      },
    ),
  );

describe('audit trail', () => {
  it('chains every row to the one before it, starting from the genesis hash', async () => {
    for (let i = 0; i < 5; i++) await record(i);
    // Recorded rows wait in audit_pending until linked, keeping the time of their change.
    const pending = await db.selectFrom('audit_pending').select(['object_id', 'at']).orderBy('id').execute();
    expect(pending.map((p) => p.object_id)).toEqual(['0', '1', '2', '3', '4']);
    await auditService.link(db);
    expect(await db.selectFrom('audit_pending').select('id').execute()).toEqual([]);
    const linked = await db.selectFrom('audit_events').select(['object_id', 'at']).orderBy('seq').execute();
    expect(linked).toEqual(pending);
    const rows = await db.selectFrom('audit_events').select(['seq', 'prev_hash', 'hash']).orderBy('seq').execute();
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    rows.slice(1).forEach((r, i) => expect(r.prev_hash).toBe(rows[i]!.hash));
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(await auditService.verify(db, noCheckpoints)).toMatchObject({ ok: true, count: rows.length, firstBroken: null });
  });

  it('keeps the chain intact under concurrent writers and linkers', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => record(100 + i).then(() => auditService.link(db))));
    const result = await auditService.verify(db, noCheckpoints, 7); // small pages exercise the paging too
    expect(result.ok).toBe(true);
    const expected = Array.from({ length: 40 }, (_, i) => String(100 + i));
    const ids = await db.selectFrom('audit_events').select('object_id').where('object_id', 'in', expected).execute();
    expect(ids.map((r) => r.object_id).sort()).toEqual(expected);
  });

  it("takes no chain lock in the change's transaction: linking goes on while a change is open", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let recorded!: () => void;
    const didRecord = new Promise<void>((r) => (recorded = r));
    const open = db.transaction().execute(async (trx) => {
      await auditService.record(trx, SYSTEM_ACTOR, { action: 'test.open', objectType: 'org', objectId: 900, orgId: null });
      recorded();
      await held;
    });
    await didRecord;
    // Another change records and commits while the first is open, and is linked; the open one is not yet.
    await record(901);
    await auditService.link(db);
    const chained = async () =>
      (await db.selectFrom('audit_events').select('object_id').where('object_id', 'in', ['900', '901']).execute()).map((r) => r.object_id);
    expect(await chained()).toEqual(['901']);
    release();
    await open;
    await auditService.link(db);
    expect((await chained()).sort()).toEqual(['900', '901']);
    expect(await auditService.verify(db, noCheckpoints)).toMatchObject({ ok: true });
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database, of linked and of pending rows, to the owner too', async () => {
    await record(950);
    // The server's role has not even the privilege; the owner has it, and the triggers refuse.
    for (const [who, refused] of [
      [db, /permission denied/],
      [owner, /append-only/],
    ] as const) {
      await expect(sql`update audit_events set action = 'x' where seq = 1`.execute(who)).rejects.toThrow(refused);
      await expect(sql`delete from audit_events where seq = 1`.execute(who)).rejects.toThrow(refused);
      await expect(sql`truncate audit_events`.execute(who)).rejects.toThrow(refused);
      await expect(sql`update audit_pending set action = 'x'`.execute(who)).rejects.toThrow(refused);
      await expect(sql`delete from audit_pending`.execute(who)).rejects.toThrow(refused);
      await expect(sql`truncate audit_pending`.execute(who)).rejects.toThrow(refused);
    }
    // Nor can it write into the chain directly: rows enter it only through audit_link.
    await expect(sql`insert into audit_events (action, object_type) values ('x', 'y')`.execute(db)).rejects.toThrow(/permission denied/);
    await auditService.link(db);
  });

  it('writes nothing when the surrounding transaction fails', async () => {
    const before = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      db.transaction().execute(async (trx) => {
        await auditService.record(trx, SYSTEM_ACTOR, { action: 'test.rolled_back', objectType: 'org', objectId: 1, orgId: null });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    const after = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(await auditService.verify(db, noCheckpoints)).toMatchObject({ ok: true });
  });

  it('reports the first tampered row once a superuser drops the guard and edits it', async () => {
    await sql`alter table audit_events disable trigger audit_events_append_only`.execute(superuser);
    await sql`update audit_events set after = '{"name":"篡改"}' where seq = 3`.execute(superuser);
    await sql`alter table audit_events enable trigger audit_events_append_only`.execute(superuser);
    expect(await auditService.verify(db, noCheckpoints)).toMatchObject({
      ok: false,
      count: 2,
      firstBroken: { seq: 3, reason: 'hash_mismatch' },
    });
  });

  it('reports a deleted row as a gap in the sequence', async () => {
    const { db: other, adminUrl: otherAdmin } = await createTestDatabase();
    for (let i = 0; i < 3; i++) {
      await other
        .transaction()
        .execute((trx) => auditService.record(trx, SYSTEM_ACTOR, { action: 'test.event', objectType: 'org', objectId: i, orgId: null }));
    }
    await auditService.link(other);
    const attacker = createDatabase(otherAdmin, 1);
    await sql`alter table audit_events disable trigger audit_events_append_only`.execute(attacker);
    await sql`delete from audit_events where seq = 2`.execute(attacker);
    await attacker.destroy();
    expect((await auditService.verify(other, noCheckpoints)).firstBroken).toEqual({ seq: 3, reason: 'sequence_gap' });
  });
});

describe('hash computation', () => {
  const row: ChainRow = {
    seq: 1,
    at_text: '2026-11-28T08:00:00.000000Z',
    actor_id: '7',
    actor_username: 'admin',
    actor_org_id: '3',
    org_id: '3',
    ip: '127.0.0.1',
    request_id: 'r1',
    action: 'org.created',
    object_type: 'org',
    object_id: '9',
    before_text: null,
    after_text: '{"name": "临朐县信访局"}',
    prev_hash: GENESIS_HASH,
    hash: '',
  };

  it('distinguishes null from empty and cannot be fooled by moving text between fields', () => {
    const a = rowHash(row);
    expect(rowHash({ ...row, before_text: '' })).not.toBe(a);
    expect(rowHash({ ...row, actor_username: 'admin1', request_id: '' })).not.toBe(
      rowHash({ ...row, actor_username: 'admin', request_id: '1' }),
    );
  });

  it('checks sequence, link and content', () => {
    const good = { ...row, hash: rowHash(row) };
    expect(checkLink(good, null)).toBeNull();
    expect(checkLink({ ...good, seq: 2 }, null)).toBe('sequence_gap');
    expect(checkLink({ ...good, prev_hash: 'f'.repeat(64) }, null)).toBe('prev_hash_mismatch');
    expect(checkLink({ ...good, action: 'org.deleted' }, null)).toBe('hash_mismatch');
  });

  it('changedFields keeps only what differs', () => {
    expect(changedFields({ a: 1, b: 'x', c: null }, { a: 1, b: 'y', c: null })).toEqual({ before: { b: 'x' }, after: { b: 'y' } });
  });
});
