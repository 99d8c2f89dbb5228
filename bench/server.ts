import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../server/src/db/embedded.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** p-th percentile (0–100) of a list of milliseconds, nearest rank. */
/** The line naming the three slowest requests of a benchmark. */
export function slowestLine(label: string, slowest: [number, string][]): string {
  const top = [...slowest].sort((a, b) => b[0] - a[0]).slice(0, 3);
  return `${label}: slowest ${top.map(([t, what]) => `${ms(t)} ${what}`).join('; ')}`;
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

/** Builds web and server when stale, exactly as `npm start` does. */
export function buildLikeNpmStart() {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs'), '--build-only'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

/** The server process as `npm start` runs it (node server/dist/main.js), its start-up time and its memory. */
export class ServerProcess {
  readonly url: string;
  /** Milliseconds from spawn to the first 200 of /api/health. */
  startupMs = 0;
  private maxRss = 0;
  /** The end of what the server has printed (for a benchmark waiting on a line, and for errors). */
  output = '';
  private readonly timer: NodeJS.Timeout;
  private constructor(
    private readonly child: ChildProcess,
    port: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.timer = setInterval(() => this.sample(), 200);
  }

  /** Resident memory of the server process now, in MB (PostgreSQL's processes are not counted). */
  private sample() {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      this.maxRss = Math.max(this.maxRss, kb / 1024);
    } catch {
      // exited
    }
  }

  /** Highest RSS seen since the last call (sampled every 200 ms). */
  takeMaxRss(): number {
    this.sample();
    const m = this.maxRss;
    this.maxRss = 0;
    return m;
  }

  static async start(env: Record<string, string>, log: (line: string) => void, nodeArgs: string[] = []): Promise<ServerProcess> {
    const port = await freePort();
    const t = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, '--enable-source-maps', path.join(root, 'server/dist/main.js')], {
      cwd: root,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', LOGIN_RATE_LIMIT_PER_MINUTE: '100000', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(child, port);
    // A benchmark that dies leaves no server behind.
    process.on('exit', () => child.exitCode === null && child.kill('SIGKILL'));
    const keep = (c: Buffer) => {
      server.output = (server.output + c.toString()).slice(-4000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited during start:\n${server.output}`);
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`server not healthy within 180 s:\n${server.output}`);
      }
      const ok = await fetch(`${server.url}/api/health`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    server.startupMs = performance.now() - t;
    log(`server: healthy after ${(server.startupMs / 1000).toFixed(2)} s (pid ${child.pid})`);
    return server;
  }

  /** Ctrl-C, as an operator stops it: the server closes HTTP, jobs, the pool, and its own PostgreSQL if it runs one. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGINT');
    const timeout = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timeout);
  }
}

export interface Timed<T> {
  status: number;
  ms: number;
  body: T;
}

/** One signed-in user: the session cookie and the CSRF token, over keep-alive connections (undici's fetch). */
export class Session {
  private cookie = '';
  private csrf = '';
  constructor(readonly base: string) {}

  static async login(base: string, username: string, password: string): Promise<Session> {
    const s = new Session(base);
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    s.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    s.csrf = ((await res.json()) as { user: { csrfToken: string } }).user.csrfToken;
    return s;
  }

  async request<T = unknown>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<Timed<T>> {
    const t = performance.now();
    const res = await fetch(`${this.base}${url}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json', 'x-csrf-token': this.csrf }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const elapsed = performance.now() - t;
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
    return { status: res.status, ms: elapsed, body: parsed as T };
  }

  get<T = unknown>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = unknown>(url: string, body: unknown) {
    return this.request<T>('POST', url, body);
  }
}

/** Runs `task(i)` for i in [0, n) with `concurrency` in flight; stops starting new ones after `seconds`. */
export async function pool(n: number, concurrency: number, seconds: number, task: (i: number, worker: number) => Promise<void>) {
  let next = 0;
  const stopAt = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (next < n && performance.now() < stopAt) await task(next++, worker);
    }),
  );
  return next;
}
