import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createDatabase } from '../../db/database.js';
import { createTestApp, testConfig } from '../../test/app.js';
import { createTestDatabase } from '../../test/db.js';

describe('GET /api/health', () => {
  it('is ok when the database and the file store take writes', async () => {
    const { app } = await createTestApp();
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { ok: true, writable: true }, files: { writable: true } });
  });

  it('is degraded (503) when the file store cannot be written, even as root', async () => {
    const { db } = await createTestDatabase();
    // A data folder that is a regular file: no process, root included, can create the store under it.
    const notAFolder = path.join(os.tmpdir(), `xinfang-health-${process.pid}`);
    writeFileSync(notAFolder, 'not a folder');
    const app = await buildApp({ config: testConfig({ DATA_DIR: notAFolder }), db });
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    await app.close();
    rmSync(notAFolder);
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'degraded', database: { ok: true, writable: true }, files: { writable: false } });
  });

  it('is degraded (503) when the database answers but refuses writes', async () => {
    const { url, adminUrl, name } = await createTestDatabase();
    const admin = createDatabase(adminUrl, 1);
    await sql`alter database ${sql.id(name)} set default_transaction_read_only = on`.execute(admin);
    await admin.destroy();
    const readOnly = createDatabase(url, 1);
    const app = await buildApp({ config: testConfig(), db: readOnly });
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    await app.close();
    await readOnly.destroy();
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'degraded', database: { ok: true, writable: false }, files: { writable: true } });
  });
});
