import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config.js';
import { createDatabase, type Database } from './database.js';
import { readOrCreatePassword, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';
import { APP_ROLE, OWNER_ROLE, provisionRoles } from './roles.js';

/** The embedded cluster's database. */
export const DATABASE_NAME = 'xinfang';

/** The database the server uses, and how to let go of it. */
export interface Connection {
  /** The server's pool, as the app role (db/roles.ts) where there is one. */
  db: Database;
  url: string;
  /** The role that owns the schema: migrations (prepareDatabase), maintenance, bulk loads. */
  ownerUrl: string;
  /** The app role to grant to after migrating; null when the pool runs as the owner (DATABASE_URL alone). */
  appRole: string | null;
  embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * DATABASE_URL (and DATABASE_OWNER_URL) when set; otherwise starts the embedded PostgreSQL under DATA_DIR/pg
 * with an owner and an app role whose generated passwords are kept in DATA_DIR beside the superuser's.
 */
export async function connect(config: Config, log: (m: string) => void): Promise<Connection> {
  if (config.databaseUrl) {
    const db = createDatabase(config.databaseUrl);
    const ownerUrl = config.databaseOwnerUrl ?? config.databaseUrl;
    const appRole = userOf(ownerUrl) === userOf(config.databaseUrl) ? null : userOf(config.databaseUrl);
    return { db, url: config.databaseUrl, ownerUrl, appRole, embedded: null, close: () => db.destroy() };
  }
  const embedded = await startEmbeddedPostgres({
    pgdata: path.join(config.dataDir, 'pg'),
    // Only for the default folder: an explicit DATA_DIR is the operator's choice and is never moved.
    fallbackPgdata: config.dataDirExplicit
      ? undefined
      : path.join('/var/lib/xinfang', `pg-${createHash('sha256').update(config.dataDir).digest('hex').slice(0, 12)}`),
    passwordFile: path.join(config.dataDir, 'pg-password'),
    log,
  });
  const owner = { user: OWNER_ROLE, password: readOrCreatePassword(path.join(config.dataDir, 'pg-owner-password')) };
  const app = { user: APP_ROLE, password: readOrCreatePassword(path.join(config.dataDir, 'pg-app-password')) };
  try {
    // Also brings a cluster made by an earlier version (superuser only) to the two roles.
    await provisionRoles((database) => embedded.url(database), DATABASE_NAME, { owner: owner.password, app: app.password });
  } catch (err) {
    await embedded.stop();
    throw err;
  }
  const url = embedded.url(DATABASE_NAME, app);
  const db = createDatabase(url);
  return {
    db,
    url,
    ownerUrl: embedded.url(DATABASE_NAME, owner),
    appRole: APP_ROLE,
    embedded,
    close: async () => {
      await db.destroy();
      await embedded.stop();
    },
  };
}
