import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import type { Config } from '../config.js';
import { embeddedOptions } from '../db/connect.js';
import { embeddedClusterFolder, postgresUser } from '../db/embedded.js';
import { migrationNames } from '../db/migrate.js';
import { acquireServerLock, processAlive, ServerLockError, type ServerLock } from '../db/server-lock.js';
import { verifyUnpacked, type Manifest } from './archive.js';
import { BackupRefused, CHECKPOINTS, EXTERNAL_DATABASE_ROUTE, SECRETS } from './backup.js';

/** Moves a file or folder, copying when it crosses file systems (the cluster may live outside DATA_DIR). */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    cpSync(from, to, { recursive: true, preserveTimestamps: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** A file, or a folder with something in it. */
function hasContent(p: string): boolean {
  if (!existsSync(p)) return false;
  try {
    return readdirSync(p).length > 0;
  } catch {
    return true; // a file
  }
}

/**
 * Restores a backup into the configured data folder, which no server may be using: the archive is unpacked and
 * checked against its manifest first, then what the folder held is moved aside (never deleted) as
 * <name>.before-restore-<time>, and the backup's cluster, files and secrets take its place. The next start
 * replays the backup's WAL and serves the data as it was when the backup ended.
 */
export async function restoreBackup(
  config: Config,
  archive: string,
  log: (m: string) => void,
): Promise<{ manifest: Manifest; keptAside: string[] }> {
  if (config.databaseUrl) throw new BackupRefused(EXTERNAL_DATABASE_ROUTE);
  if (!existsSync(archive)) throw new BackupRefused(`No such backup file: ${archive}`);
  mkdirSync(config.dataDir, { recursive: true });
  let lock: ServerLock;
  try {
    lock = acquireServerLock(config.dataDir);
  } catch (err) {
    if (err instanceof ServerLockError) throw new BackupRefused(`${err.message} A restore needs the server stopped.`);
    throw err;
  }
  const staging = path.join(config.dataDir, `.restore-${process.pid}`);
  try {
    const cluster = embeddedClusterFolder(embeddedOptions(config, log));
    const pidFile = path.join(cluster, 'postmaster.pid');
    if (existsSync(pidFile) && processAlive(Number(readFileSync(pidFile, 'utf8').split('\n')[0]))) {
      throw new BackupRefused(`PostgreSQL is running in ${cluster}; stop it (start and stop the server once) before restoring.`);
    }
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { mode: 0o700 });
    log(`Unpacking and checking ${archive}…`);
    await tar.extract({ file: archive, cwd: staging, strict: true });
    const manifest = await verifyUnpacked(staging);
    if (manifest.migration && !migrationNames.includes(manifest.migration)) {
      throw new BackupRefused(`The backup was made by a newer version (database at ${manifest.migration}); restore it with that version.`);
    }

    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const keptAside: string[] = [];
    const targets: [string, string][] = [
      ['pg', cluster],
      ...['files', 'imports', CHECKPOINTS, ...SECRETS].map((n): [string, string] => [n, path.join(config.dataDir, n)]),
    ];
    for (const [member, target] of targets) {
      if (hasContent(target)) {
        move(target, `${target}.before-restore-${stamp}`);
        keptAside.push(`${target}.before-restore-${stamp}`);
      } else rmSync(target, { recursive: true, force: true });
      if (existsSync(path.join(staging, member))) move(path.join(staging, member), target);
    }
    chmodSync(cluster, 0o700); // PostgreSQL refuses a cluster others may read
    const runAs = postgresUser();
    if (runAs) {
      chownSync(cluster, runAs.uid, runAs.gid);
      for (const f of readdirSync(cluster, { recursive: true }) as string[]) chownSync(path.join(cluster, f), runAs.uid, runAs.gid);
    }
    return { manifest, keptAside };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    lock.release();
  }
}
