// Smoke test of the README's start command: `npm start` on a fresh data folder serves the login page,
// the demo login works, Ctrl-C (SIGINT) stops server and database cleanly, and a restart keeps the data.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xinfang-smoke-'));
chmodSync(dataDir, 0o755);
const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = s.address();
    s.close(() => resolve(free));
  });
});
const base = `http://127.0.0.1:${port}`;

function start() {
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    detached: true,
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in 240 s:\n${out}`)), 240_000);
    child.stdout.on('data', () => out.includes('Ready in') && (clearTimeout(timer), resolve()));
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}):\n${out}`)));
  });
  return { child, ready, output: () => out };
}

async function stop({ child, output }) {
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  process.kill(-child.pid, 'SIGINT'); // as Ctrl-C does: the whole process group
  const result = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 30_000))]);
  if (result === 'timeout') throw new Error(`did not stop within 30 s:\n${output()}`);
  if (!output().includes('stopped.')) throw new Error(`no clean stop:\n${output()}`);
}

async function login() {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'registrar', password: 'Xinfang@2026' }),
  });
  if (res.status !== 200) throw new Error(`demo login failed: ${res.status} ${await res.text()}`);
}

try {
  const first = start();
  await first.ready;
  if (!first.output().includes('Demo data created')) throw new Error('no demo data on first start');
  const page = await (await fetch(`${base}/login`)).text();
  if (!page.includes('<div id="root">')) throw new Error('login page not served');
  await login();
  await stop(first);

  const second = start();
  await second.ready;
  if (second.output().includes('Demo data created')) throw new Error('demo data created twice');
  await login();
  await stop(second);
  console.log('smoke: 2 passed, 0 failed');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
