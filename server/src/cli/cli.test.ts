import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { auditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { createDatabase } from '../db/database.js';
import { createTestDatabase } from '../test/db.js';

const run = promisify(execFile);
const tsx = path.resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');
const cli = (script: string, databaseUrl: string) =>
  run(tsx, [path.join(import.meta.dirname, script)], { env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' } }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
  );

describe('npm run audit:verify', () => {
  it('prints OK with the count, then the first broken row after tampering', async () => {
    const { db, url } = await createTestDatabase();
    for (let i = 0; i < 4; i++) {
      await db
        .transaction()
        .execute((trx) => auditService.record(trx, SYSTEM_ACTOR, { action: 'test.event', objectType: 'org', objectId: i, orgId: null }));
    }
    expect(await cli('audit-verify.ts', url)).toEqual({ code: 0, out: 'OK: 4 audit events, hash chain intact.\n' });
    // What a superuser could do by hand: drop the guard, edit a row.
    await sql`drop trigger audit_events_append_only on audit_events`.execute(db);
    await sql`update audit_events set object_id = '99' where seq = 2`.execute(db);
    const broken = await cli('audit-verify.ts', url);
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
