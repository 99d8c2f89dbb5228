import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { freePort } from '../db/embedded.js';
import { validIdNumber } from './factories.js';

const serverDir = path.resolve(import.meta.dirname, '../..');

/** A temporary data folder the "postgres" user can enter (tests run as root), removed after the test. */
export function tempDataDir(prefix = 'xinfang-proc-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(dir, 0o755);
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  output(): string;
  /** Resolves when the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ctrl-C, then waits for the end. */
  stop(): Promise<void>;
}

/** Runs the real server (src/main.ts through tsx, as `npm run dev` does) and waits until it is ready or ends. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', path.join(serverDir, 'src/main.ts')], {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DEMO_PETITIONS: 'false',
      STATS_REFRESH_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  onTestFinished(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      await exited;
    }
  });
  const server: ServerProcess = {
    child,
    base: `http://127.0.0.1:${port}`,
    output: () => out,
    exited,
    async stop() {
      child.kill('SIGINT');
      await exited;
    },
  };
  await new Promise<void>((resolve) => {
    const check = () => out.includes('Ready in') && resolve();
    child.stdout.on('data', check);
    void exited.then(() => resolve());
  });
  return server;
}

/** Runs one of the command-line tools (src/cli) to its end. */
export function runCli(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', path.join(serverDir, 'src/cli', script), ...args], {
    cwd: serverDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', ...env },
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, out })));
}

/** A signed-in staff member over real HTTP (session cookie and CSRF token). */
export async function signIn(base: string, username: string, password = 'Xinfang@2026') {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`log-in of ${username} refused: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = ((await res.json()) as { user: { csrfToken: string } }).user.csrfToken;
  const sendTo =
    (server: string) =>
    (url: string, init: RequestInit = {}) =>
      fetch(`${server}${url}`, { ...init, headers: { cookie, 'x-csrf-token': csrf, ...init.headers } });
  const send = sendTo(base);
  return {
    send,
    /** The same session against another server (behind the same load balancer). */
    at: sendTo,
    async json<T = Record<string, never>>(url: string, body?: unknown): Promise<T> {
      const r = await send(
        url,
        body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      );
      if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    },
  };
}

type Send = (url: string, init?: RequestInit) => Promise<Response>;

/** Registers a visit (which issues a 受理凭证) through the API as the session of `send`; its id and number. */
export async function registerPetition(send: Send, title: string, attachmentIds: number[] = []): Promise<{ id: number; number: string }> {
  const res = await send('/api/petitions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channel: 'visit',
      receivedAt: new Date(Date.now() - 3600_000).toISOString(),
      type: 'appeal',
      title,
      content: '小区物业未经业主大会同意占用公共道路收取停车费，请有关部门调查处理。',
      personsCount: 1,
      petitioners: [{ name: '王建华', phone: '13812345678', idNumber: validIdNumber(1) }],
      attachmentIds,
    }),
  });
  if (res.status !== 201) throw new Error(`registration refused: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { petition: { id: number; number: string } }).petition;
}
