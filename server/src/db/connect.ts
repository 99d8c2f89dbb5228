import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { createDatabase, type Database } from './database.js';
import { startEmbeddedPostgres, type EmbeddedOptions, type EmbeddedPostgres } from './embedded.js';
import { acquireServerLock, liveOwner } from './server-lock.js';

const DATABASE_NAME = 'xinfang';

/** The database the server uses, and how to let go of it. */
export interface Connection {
  db: Database;
  url: string;
  embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${name} encoding 'UTF8' template template0`);
  } finally {
    await client.end();
  }
}

export interface ConnectOptions {
  /** The embedded PostgreSQL ended on its own (killed, crashed). */
  onDatabaseLost?: (reason: string) => void;
  /**
   * A tool that may work beside a running server (backup): use that server's embedded PostgreSQL, found through
   * the data folder's lock, instead of refusing.
   */
  shareRunning?: boolean;
}

/** Where the embedded cluster of a data folder lives, and its password. */
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

/** The superuser URL of the embedded cluster a live server of this data folder runs, if any. */
function runningClusterUrl(config: Config, database: string): string | undefined {
  const owner = liveOwner(config.dataDir);
  if (!owner?.port) return undefined;
  const password = readFileSync(path.join(config.dataDir, 'pg-password'), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${owner.port}/${database}`;
}

/**
 * Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL under DATA_DIR/pg, holding the data
 * folder's lock (DATA_DIR/server.lock) for as long as it runs.
 */
export async function connect(config: Config, log: (m: string) => void, options: ConnectOptions = {}): Promise<Connection> {
  if (config.databaseUrl) {
    const db = createDatabase(config.databaseUrl);
    return { db, url: config.databaseUrl, embedded: null, close: () => db.destroy() };
  }
  const shared = options.shareRunning ? runningClusterUrl(config, DATABASE_NAME) : undefined;
  if (shared) {
    const db = createDatabase(shared);
    return { db, url: shared, embedded: null, close: () => db.destroy() };
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
  try {
    await ensureDatabase(embedded.url('postgres'), DATABASE_NAME);
  } catch (err) {
    await embedded.stop();
    lock.release();
    throw err;
  }
  const url = embedded.url(DATABASE_NAME);
  const db = createDatabase(url);
  return {
    db,
    url,
    embedded,
    close: async () => {
      await db.destroy();
      await embedded.stop();
      lock.release();
    },
  };
}
