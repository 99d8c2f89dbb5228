import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { createDatabase, type Database } from '../db/database.js';
import { OWNER_ROLE } from '../db/roles.js';
import { TEMPLATE_DB } from './constants.js';

/** A test database's URL for one of the cluster's roles (global-setup.ts). */
export function roleUrl(role: 'admin' | 'owner' | 'app', database: string): string {
  const base = inject(role === 'admin' ? 'pgAdminUrl' : role === 'owner' ? 'pgOwnerUrl' : 'pgAppUrl');
  return base.replace(/\/postgres$/, `/${database}`);
}

/**
 * A fresh database cloned from the migrated template, dropped when the file's tests end. `db` and `url` are the
 * server's own role; `ownerUrl` the schema's owner; `adminUrl` the superuser.
 */
export async function createTestDatabase(): Promise<{ db: Database; url: string; ownerUrl: string; adminUrl: string; name: string }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `xinfang_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DB} owner ${OWNER_ROLE}`);
  await admin.end();
  const url = roleUrl('app', name);
  const db = createDatabase(url, 5);
  afterAll(async () => {
    await db.destroy();
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  });
  return { db, url, ownerUrl: roleUrl('owner', name), adminUrl: roleUrl('admin', name), name };
}
