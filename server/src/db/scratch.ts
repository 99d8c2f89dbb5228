import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded.js';
import { prepareDatabase } from './migrate.js';
import { APP_ROLE, OWNER_ROLE, provisionRoles } from './roles.js';

/** A throw-away embedded cluster with one database migrated by the owner role and granted to the app role. */
export interface ScratchCluster {
  database: string;
  /** The superuser, the owner role and the app role, on a database of this cluster. */
  url(role: 'admin' | 'owner' | 'app', database?: string): string;
  stop(): Promise<void>;
}

/** Starts a fresh cluster in a temporary folder (no fsync: nothing in it outlives stop) and migrates `database`. */
export async function startScratchCluster(database: string): Promise<ScratchCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xinfang-scratch-'));
  // mkdtemp makes the folder private; as root the cluster runs as "postgres", which must enter it.
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({
    pgdata: path.join(dir, 'pg'),
    passwordFile: path.join(dir, 'pg-password'),
    log: () => undefined,
    ephemeral: true,
  });
  const stop = async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const owner = { user: OWNER_ROLE, password: randomBytes(12).toString('hex') };
    const app = { user: APP_ROLE, password: randomBytes(12).toString('hex') };
    await provisionRoles((db) => server.url(db), database, { owner: owner.password, app: app.password });
    await prepareDatabase(server.url(database, owner), APP_ROLE);
    return {
      database,
      url: (role, db = database) => server.url(db, role === 'admin' ? undefined : role === 'owner' ? owner : app),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
