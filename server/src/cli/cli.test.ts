import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { checkpointStore } from '../audit/audit.checkpoints.js';
import { auditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { createDatabase } from '../db/database.js';
import { createTestDatabase } from '../test/db.js';

const run = promisify(execFile);
const tsx = path.resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');
const cli = (script: string, databaseUrl: string, env: Record<string, string> = {}) =>
  run(tsx, ['--conditions=source', path.join(import.meta.dirname, script)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test', ...env },
  }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
  );

describe('npm run audit:verify', () => {
  it('prints OK with the count and the checkpoints, then what tampering it finds', async () => {
    const { db, url, adminUrl } = await createTestDatabase();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xinfang-cli-'));
    const verify = () => cli('audit-verify.ts', url, { DATA_DIR: dataDir });
    for (let i = 0; i < 4; i++) {
      await db
        .transaction()
        .execute((trx) => auditService.record(trx, SYSTEM_ACTOR, { action: 'test.event', objectType: 'org', objectId: i, orgId: null }));
    }
    expect(await verify()).toEqual({
      code: 0,
      out: 'OK: 4 audit events, hash chain intact.\nCheckpoints: none yet; the server writes one every five minutes and when it stops.\n',
    });
    // It only reads: the key and the checkpoints are the server's to write.
    expect(readdirSync(dataDir)).not.toContain('audit-checkpoint-key');
    const checkpoint = await auditService.checkpoint(db, checkpointStore(dataDir, undefined), {
      info: () => undefined,
      error: () => undefined,
    });
    expect((await verify()).out).toBe(
      `OK: 4 audit events, hash chain intact.\nCheckpoints: 1 checked; the latest (${checkpoint!.at}) covers events up to seq 4; 0 after it are covered by the hash chain only.\n`,
    );
    // What a superuser could do by hand: drop the guard, delete the last event; the chain left is whole.
    const attacker = createDatabase(adminUrl, 1);
    await sql`drop trigger audit_events_append_only on audit_events`.execute(attacker);
    await sql`delete from audit_events where seq = 4`.execute(attacker);
    const shortened = await verify();
    expect(shortened.code).toBe(2);
    expect(shortened.out).toContain('OK: 3 audit events, hash chain intact.');
    expect(shortened.out).toContain(`CHECKPOINT: the checkpoint of ${checkpoint!.at} saw audit events up to seq 4, which are gone`);
    await sql`update audit_events set object_id = '99' where seq = 2`.execute(attacker);
    await attacker.destroy();
    const broken = await verify();
    expect(broken.code).toBe(2);
    expect(broken.out).toContain('BROKEN at audit event seq 2 (hash_mismatch)');
  });
});

describe('npm run db:migrate', () => {
  it('migrates an empty database, then finds it up to date', async () => {
    const adminUrl = inject('pgAdminUrl');
    const name = `xinfang_m_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = adminUrl.replace(/\/postgres$/, `/${name}`);
    try {
      expect((await cli('migrate.ts', url)).out).toContain('Applied: 0001_foundation');
      expect((await cli('migrate.ts', url)).out).toContain('up to date');
      const db = createDatabase(url, 1);
      const ext = await sql<{ extname: string }>`select extname from pg_extension where extname = 'pg_trgm'`.execute(db);
      expect(ext.rows).toHaveLength(1);
      await db.destroy();
    } finally {
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    }
  });
});
