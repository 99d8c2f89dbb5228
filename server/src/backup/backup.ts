import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import * as tar from 'tar';
import type { Config } from '../config.js';
import { connect } from '../db/connect.js';
import { copyHashed, filesUnder, hashFile, MANIFEST, type Manifest, type Member } from './archive.js';

/**
 * A consistent backup of a data folder while the server runs: the database as a PostgreSQL base backup, then the
 * kept files, in one tar.gz with a manifest.
 *
 * The database: the low-level base-backup API (pg_backup_start / pg_backup_stop) around a copy of the cluster
 * folder, with the WAL written meanwhile and the backup_label that pg_backup_stop returns. A restored cluster
 * replays that WAL at its first start and is then exactly as it was at the end of the backup. The embedded cluster
 * archives no WAL, so a temporary replication slot (gone with the session) keeps the segments in pg_wal until
 * they are copied.
 *
 * The files (DATA_DIR/files, imports): copied after the database. A file is stored under its SHA-256, completely,
 * before the row that names it commits, and is never changed or removed; so every file a row of the restored
 * database names was in the store when the database part ended, and is in the archive. Files stored later come
 * along unreferenced, which is harmless.
 */

/** Cluster contents a base backup leaves out (PostgreSQL's documentation, "Making a Base Backup Using the Low Level API"). */
const SKIP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'backup_manifest', 'current_logfiles']);
const EMPTY_DIRS = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const skipped = (name: string) => name === 'pg_internal.init' || name.startsWith('pgsql_tmp');

async function copyCluster(from: string, to: string, members: Member[], prefix = ''): Promise<void> {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (skipped(entry.name) || (!prefix && SKIP_FILES.has(entry.name))) continue;
    if (entry.isDirectory()) {
      if (!prefix && EMPTY_DIRS.has(entry.name)) mkdirSync(path.join(to, entry.name), { mode: 0o700 });
      else await copyCluster(path.join(from, entry.name), path.join(to, entry.name), members, `${rel}/`);
    } else if (entry.isFile()) {
      try {
        members.push({ path: `pg/${rel}`, ...(await copyHashed(path.join(from, entry.name), path.join(to, entry.name))) });
      } catch (err) {
        // A file dropped while copying (a table removed, a temporary file): the WAL replay recreates what is needed.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
  }
}

/** Files that never change once written: linked into the staging folder when possible (no second copy), hashed. */
async function addKept(dataDir: string, staging: string, folder: string, members: Member[]): Promise<void> {
  for (const rel of filesUnder(path.join(dataDir, folder))) {
    if (rel.endsWith('.tmp') || path.basename(rel).startsWith('.probe-')) continue; // being written, or the health probe
    const from = path.join(dataDir, folder, rel);
    const to = path.join(staging, folder, rel);
    mkdirSync(path.dirname(to), { recursive: true });
    try {
      linkSync(from, to);
      members.push({ path: `${folder}/${rel}`, size: statSync(to).size, sha256: await hashFile(to) });
    } catch {
      members.push({ path: `${folder}/${rel}`, ...(await copyHashed(from, to)) });
    }
  }
}

export class BackupRefused extends Error {}

/** Generated secrets kept in DATA_DIR: the database's logins, the CSRF secret, the audit checkpoints' key. */
export const SECRETS = ['pg-password', 'pg-owner-password', 'pg-app-password', 'session-secret', 'audit-checkpoint-key'];
/** The signed checkpoints of the audit chain (a file in DATA_DIR). */
export const CHECKPOINTS = 'audit-checkpoints.jsonl';

/** The route for a database this program does not run: the operator's own PostgreSQL tools. */
export const EXTERNAL_DATABASE_ROUTE = [
  'DATABASE_URL is set: the database is an external PostgreSQL, which this command does not copy.',
  'Back it up with PostgreSQL\'s own tools on the database server: "pg_dump -Fc" (a logical dump, restored with',
  'pg_restore into an empty database), or pg_basebackup with continuous WAL archiving (point-in-time recovery).',
  'Then copy the file store (DATA_DIR/files and DATA_DIR/imports, e.g. rsync): after the database backup ends,',
  'so that every file the backup names is in the copy. See README, "Operating".',
].join('\n');

/** Writes a backup of the configured data folder to `out` (a .tar.gz); returns its manifest. */
export async function createBackup(config: Config, out: string, log: (m: string) => void): Promise<Manifest> {
  if (config.databaseUrl) throw new BackupRefused(EXTERNAL_DATABASE_ROUTE);
  mkdirSync(path.dirname(out), { recursive: true });
  const staging = path.join(path.dirname(out), `.xinfang-backup-${process.pid}-${randomBytes(4).toString('hex')}`);
  const members: Member[] = [];
  try {
    // Beside a running server, its own PostgreSQL; otherwise one started for the backup (holding the folder).
    /** A file of DATA_DIR itself, copied (not linked: the checkpoints grow) when there is one. */
    const copyOwn = async (name: string) => {
      if (existsSync(path.join(config.dataDir, name)))
        members.push({ path: name, ...(await copyHashed(path.join(config.dataDir, name), path.join(staging, name))) });
    };
    // The audit checkpoints before the database: none then covers an event the backed-up database lacks.
    await copyOwn(CHECKPOINTS);
    const conn = await connect(config, log, { shareRunning: true });
    let manifest: Omit<Manifest, 'members' | 'appVersion' | 'createdAt'>;
    try {
      // The base-backup functions and the cluster folder are the superuser's.
      const client = new pg.Client({ connectionString: conn.superuserUrl! });
      await client.connect();
      try {
        const info = (
          await client.query<{ dir: string; version: string; migration: string | null }>(
            `select current_setting('data_directory') as dir, current_setting('server_version') as version,
                    (select max(name) from kysely_migration) as migration`,
          )
        ).rows[0]!;
        await client.query('select pg_create_physical_replication_slot($1, true, true)', [`xinfang_backup_${process.pid}`]);
        const start = (await client.query<{ wal: string }>(`select pg_walfile_name(lsn) as wal from pg_backup_start('xinfang', true) lsn`))
          .rows[0]!;
        log(`Copying the database cluster ${info.dir}…`);
        await copyCluster(info.dir, path.join(staging, 'pg'), members);
        const stop = (
          await client.query<{ labelfile: string; spcmapfile: string; wal: string }>(
            'select labelfile, spcmapfile, pg_walfile_name(lsn) as wal from pg_backup_stop(false)',
          )
        ).rows[0]!;
        for (const [name, content] of [
          ['backup_label', stop.labelfile],
          ['tablespace_map', stop.spcmapfile],
        ] as const) {
          if (!content) continue;
          writeFileSync(path.join(staging, 'pg', name), content, { mode: 0o600 });
          members.push({ path: `pg/${name}`, size: Buffer.byteLength(content), sha256: await hashFile(path.join(staging, 'pg', name)) });
        }
        // The segments from the start to the end of the backup (same timeline: names compare as text), and timeline histories.
        const wal = path.join(info.dir, 'pg_wal');
        for (const name of readdirSync(wal).sort()) {
          const segment = /^[0-9A-F]{24}$/.test(name) && name >= start.wal && name <= stop.wal;
          if (!segment && !/^[0-9A-F]{8}\.history$/.test(name)) continue;
          members.push({
            path: `pg/pg_wal/${name}`,
            ...(await copyHashed(path.join(wal, name), path.join(staging, 'pg', 'pg_wal', name))),
          });
        }
        manifest = {
          format: 'xinfang-backup',
          formatVersion: 1,
          postgres: { version: info.version },
          migration: info.migration,
          wal: { start: start.wal, stop: stop.wal },
        };
      } finally {
        await client.end(); // also drops the temporary slot, and aborts a backup left unfinished by an error
      }
    } finally {
      await conn.close();
    }
    log('Copying the kept files…');
    for (const folder of ['files', 'imports']) await addKept(config.dataDir, staging, folder, members);
    for (const secret of SECRETS) await copyOwn(secret);
    const full: Manifest = { ...manifest, appVersion: config.version, createdAt: new Date().toISOString(), members };
    writeFileSync(path.join(staging, MANIFEST), JSON.stringify(full, null, 2) + '\n');
    const partial = `${out}.partial`;
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, [
      MANIFEST,
      ...readdirSync(staging).filter((n) => n !== MANIFEST),
    ]);
    chmodSync(partial, 0o600); // it holds every petitioner's data and the database password
    renameSync(partial, out);
    return full;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(`${out}.partial`, { force: true });
  }
}
