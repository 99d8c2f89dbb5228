import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../db/database.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded.js';
import { migrateToLatest } from '../db/migrate.js';
import { TEMPLATE_DB } from './constants.js';
import pg from 'pg';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

let server: EmbeddedPostgres | undefined;
let dir: string | undefined;

/** One real PostgreSQL per test run, with a migrated template that each test file clones. */
export async function setup(project: TestProject): Promise<void> {
  dir = mkdtempSync(path.join(os.tmpdir(), 'xinfang-test-'));
  // mkdtemp makes the folder private; as root the cluster runs as "postgres", which must enter it.
  chmodSync(dir, 0o755);
  server = await startEmbeddedPostgres({
    pgdata: path.join(dir, 'pg'),
    passwordFile: path.join(dir, 'pg-password'),
    log: () => undefined,
    ephemeral: true,
  });
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  await admin.query(`create database ${TEMPLATE_DB} encoding 'UTF8' template template0`);
  await admin.end();
  const db = createDatabase(server.url(TEMPLATE_DB), 2);
  await migrateToLatest(db);
  await db.destroy();
  project.provide('pgAdminUrl', server.url('postgres'));
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
