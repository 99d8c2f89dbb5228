import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { createDatabase, type Database } from '../db/database.js';
import { TEMPLATE_DB } from './constants.js';

/** A fresh database cloned from the migrated template, dropped when the file's tests end. */
export async function createTestDatabase(): Promise<{ db: Database; url: string }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `xinfang_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  const db = createDatabase(url, 5);
  afterAll(async () => {
    await db.destroy();
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  });
  return { db, url };
}
