import { createHash } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { createDatabase, type Database } from './database.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';

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

/** Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL under DATA_DIR/pg. */
export async function connect(config: Config, log: (m: string) => void): Promise<Connection> {
  if (config.databaseUrl) {
    const db = createDatabase(config.databaseUrl);
    return { db, url: config.databaseUrl, embedded: null, close: () => db.destroy() };
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
  try {
    await ensureDatabase(embedded.url('postgres'), DATABASE_NAME);
  } catch (err) {
    await embedded.stop();
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
    },
  };
}
