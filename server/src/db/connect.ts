import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { createDatabase, type Database } from './database.js';
import { readOrCreatePassword, startEmbeddedPostgres, type EmbeddedOptions, type EmbeddedPostgres } from './embedded.js';
import { APP_ROLE, OWNER_ROLE, provisionRoles } from './roles.js';
import { acquireServerLock, liveOwner } from './server-lock.js';

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
  /** The embedded cluster's superuser (own, or a running server's): base backups need it. Null with DATABASE_URL. */
  superuserUrl: string | null;
  close(): Promise<void>;
}

function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

export interface ConnectOptions {
  /** The embedded PostgreSQL ended on its own (killed, crashed). */
  onDatabaseLost?: (reason: string) => void;
  /**
   * A tool that may work beside a running server (backup, audit:verify): use that server's embedded PostgreSQL,
   * found through the data folder's lock, instead of refusing.
   */
  shareRunning?: boolean;
}

/** Where the embedded cluster of a data folder lives, and its superuser's password. */
export function embeddedOptions(config: Config, log: (m: string) => void): EmbeddedOptions {
  return {
    pgdata: path.join(config.dataDir, 'pg'),
    // Only for the default folder: an explicit DATA_DIR is the operator's choice and is never moved.
    fallbackPgdata: config.dataDirExplicit
      ? undefined
      : path.join('/var/lib/xinfang', `pg-${createHash('sha256').update(config.dataDir).digest('hex').slice(0, 12)}`),
    passwordFile: path.join(config.dataDir, 'pg-password'),
    log,
  };
}

/** The logins of the embedded cluster, their generated passwords kept in DATA_DIR. */
function logins(config: Config) {
  const login = (user: string, file: string) => ({ user, password: readOrCreatePassword(path.join(config.dataDir, file)) });
  return {
    superuser: login('postgres', 'pg-password'),
    owner: login(OWNER_ROLE, 'pg-owner-password'),
    app: login(APP_ROLE, 'pg-app-password'),
  };
}

const loopbackUrl = (port: number, login: { user: string; password: string }) =>
  `postgres://${login.user}:${encodeURIComponent(login.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;

/**
 * DATABASE_URL (and DATABASE_OWNER_URL) when set; otherwise starts the embedded PostgreSQL under DATA_DIR/pg
 * with an owner and an app role whose generated passwords are kept in DATA_DIR beside the superuser's, holding
 * the data folder's lock (DATA_DIR/server.lock) for as long as it runs.
 */
export async function connect(config: Config, log: (m: string) => void, options: ConnectOptions = {}): Promise<Connection> {
  if (config.databaseUrl) {
    const db = createDatabase(config.databaseUrl);
    const ownerUrl = config.databaseOwnerUrl ?? config.databaseUrl;
    const appRole = userOf(ownerUrl) === userOf(config.databaseUrl) ? null : userOf(config.databaseUrl);
    return { db, url: config.databaseUrl, ownerUrl, appRole, embedded: null, superuserUrl: null, close: () => db.destroy() };
  }
  const running = options.shareRunning ? liveOwner(config.dataDir)?.port : undefined;
  if (running) {
    const { superuser, owner, app } = logins(config);
    const url = loopbackUrl(running, app);
    const db = createDatabase(url);
    const shared = { url, ownerUrl: loopbackUrl(running, owner), superuserUrl: loopbackUrl(running, superuser) };
    return { db, ...shared, appRole: APP_ROLE, embedded: null, close: () => db.destroy() };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const lock = acquireServerLock(config.dataDir);
  let embedded: EmbeddedPostgres;
  try {
    embedded = await startEmbeddedPostgres({
      ...embeddedOptions(config, log),
      takeOverOrphan: true,
      onUnexpectedExit: options.onDatabaseLost,
    });
    lock.setPort(embedded.port);
  } catch (err) {
    lock.release();
    throw err;
  }
  const { owner, app } = logins(config);
  try {
    // Also brings a cluster made by an earlier version (superuser only) to the two roles.
    await provisionRoles((database) => embedded.url(database), DATABASE_NAME, { owner: owner.password, app: app.password });
  } catch (err) {
    await embedded.stop();
    lock.release();
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
    superuserUrl: embedded.url(DATABASE_NAME),
    close: async () => {
      await db.destroy();
      await embedded.stop();
      lock.release();
    },
  };
}
