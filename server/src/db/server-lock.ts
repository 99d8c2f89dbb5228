import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Which server process owns a data folder (DATA_DIR/server.lock): its pid, the kernel's start time of that pid
 * (so a recycled pid is not taken for the owner), and, once its embedded PostgreSQL runs, that cluster's port.
 *
 * PostgreSQL's own postmaster.pid says whether the database runs, not whether the server that started it still
 * does: after a kill -9 of the server the database is left running and blocks every later start. With this file a
 * start tells a live owner (refuse) from a dead one (stop its database and take over).
 */
export interface LockOwner {
  pid: number;
  /** Start time of the process (Linux: clock ticks since boot, /proc/<pid>/stat); null where unknown. */
  started: string | null;
  host: string;
  /** Port of the embedded PostgreSQL, once it listens. */
  port?: number;
}

export class ServerLockError extends Error {}

const LOCK_FILE = 'server.lock';

/** Fields 3… of /proc/<pid>/stat (state first), or null (no /proc, or no such process). */
function procStat(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the parenthesised command name, which may itself contain spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The kernel's start time of a process (field 22), or null. */
const startTime = (pid: number): string | null => procStat(pid)?.[19] ?? null;

/** Whether a process runs; a zombie (ended, not yet reaped by its parent) does not. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procStat(pid)?.[0] !== 'Z';
}

function readOwner(file: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return null; // gone, or half-written by a process that died while writing: not an owner
  }
}

/** Whether the owner still runs (another host's owner, on shared storage, cannot be checked: taken as running). */
function isLive(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  if (!processAlive(owner.pid)) return false;
  const started = startTime(owner.pid);
  return owner.started === null || started === null || started === owner.started;
}

/** The live owner of a data folder's lock, if any. */
export function liveOwner(dataDir: string): LockOwner | null {
  const owner = readOwner(path.join(dataDir, LOCK_FILE));
  return owner && isLive(owner) ? owner : null;
}

function describe(owner: LockOwner): string {
  return owner.host === os.hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
}

export interface ServerLock {
  /** Records the embedded PostgreSQL's port, for tools that reach the running server's database (backup). */
  setPort(port: number): void;
  release(): void;
}

/**
 * Takes the data folder for this process, or throws when a live process holds it. The file appears whole and at
 * once (written aside, then hard-linked into place), so two starts racing for it cannot both win.
 */
export function acquireServerLock(dataDir: string): ServerLock {
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, started: startTime(process.pid), host: os.hostname() };
  const write = (owner: LockOwner) => {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(owner) + '\n', { mode: 0o644 });
    return temp;
  };
  for (;;) {
    const temp = write(me);
    try {
      linkSync(temp, file);
      rmSync(temp);
      break;
    } catch (err) {
      rmSync(temp, { force: true });
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const refuse = (live: LockOwner) =>
      new ServerLockError(
        `Another server (${describe(live)}) is already using this data folder (${dataDir}); stop it first, or use another DATA_DIR.`,
      );
    const live = liveOwner(dataDir);
    if (live) throw refuse(live);
    // A dead owner's lock: move it aside (only one of several racing starts succeeds) and try again.
    const aside = `${file}.${process.pid}.stale`;
    try {
      renameSync(file, aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const moved = readOwner(aside);
    if (moved && isLive(moved)) {
      // A racing start took the folder between our look and our move: give it back.
      try {
        linkSync(aside, file);
      } finally {
        rmSync(aside, { force: true });
      }
      throw refuse(moved);
    }
    rmSync(aside, { force: true });
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
  };
  process.on('exit', release);
  return {
    setPort(port) {
      renameSync(write({ ...me, port }), file);
    },
    release,
  };
}
