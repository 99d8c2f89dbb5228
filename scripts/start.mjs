// npm start: build what is missing or out of date (web with Vite, server with tsc), then run the server
// (`--build-only`: just build).
// Ctrl-C reaches the server directly (same process group); this wrapper just waits for it to finish.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function newest(target) {
  if (!existsSync(target)) return 0;
  const s = statSync(target);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(target).map((f) => newest(path.join(target, f))));
}

function buildIfStale(name, output, inputs) {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (built && built >= Math.max(...inputs.map((i) => newest(path.join(root, i))))) return;
  console.log(`[xinfang] Building ${name}…`);
  const r = spawnSync(npm, ['run', 'build', '-w', name], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// The server's compiled JavaScript imports the shared vocabulary's compiled JavaScript.
buildIfStale('@xinfang/domain', path.join(root, 'packages/domain/dist/index.js'), ['packages/domain/src', 'packages/domain/package.json']);
buildIfStale('web', path.join(root, 'web/dist/index.html'), [
  'web/src',
  'web/index.html',
  'web/portal.html',
  'web/vite.config.ts',
  'web/vite-precompress.ts',
  'web/sw',
  'web/package.json',
  'packages/domain/src',
]);
buildIfStale('server', path.join(root, 'server/dist/main.js'), [
  'server/src',
  'server/package.json',
  'server/tsconfig.json',
  'packages/domain/src',
]);
// The benchmarks build the way npm start does, then run the server themselves to watch its process.
if (process.argv.includes('--build-only')) process.exit(0);

const server = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'server/dist/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // The terminal already sent SIGINT to the server; forward only what it may not have had.
    if (signal === 'SIGTERM') server.kill(signal);
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
