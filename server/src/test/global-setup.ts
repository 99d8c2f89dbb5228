import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded.js';
import { prepareDatabase } from '../db/migrate.js';
import { APP_ROLE, OWNER_ROLE, provisionRoles } from '../db/roles.js';
import { TEMPLATE_DB } from './constants.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The superuser, on the database "postgres": creates and drops the test databases, plays the attacker. */
    pgAdminUrl: string;
    /** The owner role, on the database "postgres". */
    pgOwnerUrl: string;
    /** The app role the server runs as, on the database "postgres". */
    pgAppUrl: string;
  }
}

let server: EmbeddedPostgres | undefined;
let dir: string | undefined;

/**
 * One real PostgreSQL per test run, with the owner and app roles the server uses, and a template migrated by the
 * owner and granted to the app role, that each test file clones: every test runs as the server's own role.
 */
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
  const owner = { user: OWNER_ROLE, password: randomBytes(12).toString('hex') };
  const app = { user: APP_ROLE, password: randomBytes(12).toString('hex') };
  await provisionRoles((database) => server!.url(database), TEMPLATE_DB, { owner: owner.password, app: app.password });
  await prepareDatabase(server.url(TEMPLATE_DB, owner), APP_ROLE);
  project.provide('pgAdminUrl', server.url('postgres'));
  project.provide('pgOwnerUrl', server.url('postgres', owner));
  project.provide('pgAppUrl', server.url('postgres', app));
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
