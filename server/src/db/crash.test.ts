import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { createTestDatabase } from '../test/db.js';
import { startServer, tempDataDir } from '../test/server-process.js';
import { freePort } from './embedded.js';
import { processAlive } from './server-lock.js';

const postmasterPid = (dataDir: string) => Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

describe('the server with its embedded PostgreSQL, as real processes', () => {
  it('restarts after kill -9, refuses a second live server, and stops when PostgreSQL is killed', { timeout: 120_000 }, async () => {
    const dataDir = tempDataDir();
    const first = await startServer({ DATA_DIR: dataDir });
    expect(first.output()).toContain('Ready in');
    const orphan = postmasterPid(dataDir);

    first.child.kill('SIGKILL');
    await first.exited;
    expect(processAlive(orphan)).toBe(true); // the database outlives its server

    const second = await startServer({ DATA_DIR: dataDir });
    expect(second.output()).toContain(`PostgreSQL (pid ${orphan}) was left running`);
    expect(second.output()).toContain('Ready in');
    expect(processAlive(orphan)).toBe(false);
    const health = await fetch(`${second.base}/api/health`);
    expect(health.status).toBe(200);

    const third = await startServer({ DATA_DIR: dataDir });
    expect(await third.exited).toEqual({ code: 1, signal: null });
    expect(third.output()).toContain(`Another server (process ${second.child.pid}) is already using this data folder`);
    expect((await fetch(`${second.base}/api/health`)).status).toBe(200); // the refused start left it alone

    process.kill(postmasterPid(dataDir), 'SIGKILL');
    expect(await second.exited).toEqual({ code: 1, signal: null });
    expect(second.output()).toContain('The embedded PostgreSQL stopped unexpectedly (killed by SIGKILL)');

    // Started again, PostgreSQL recovers from its WAL.
    const fourth = await startServer({ DATA_DIR: dataDir });
    expect(fourth.output()).toContain('Ready in');
    expect((await fetch(`${fourth.base}/api/health`)).status).toBe(200);
  });

  it('a start that fails after the database is up says why and exits non-zero', async () => {
    const { url, ownerUrl } = await createTestDatabase();
    const port = await freePort();
    const taken = createServer().listen(port, '127.0.0.1');
    try {
      const server = await startServer({
        DATABASE_URL: url,
        DATABASE_OWNER_URL: ownerUrl,
        DATA_DIR: tempDataDir(),
        JOBS_ENABLED: 'false',
        PORT: String(port),
      });
      expect(await server.exited).toEqual({ code: 1, signal: null });
      expect(server.output()).toContain('Failed to start: listen EADDRINUSE');
    } finally {
      taken.close();
    }
  });
});
