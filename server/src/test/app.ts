import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { inProcessQueue } from '../jobs/queue.js';
import { createTestDatabase } from './db.js';

/** Configuration for tests: quiet, no jobs, a fixed secret, no web build needed. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'xinfang-cfg-')),
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOG_LEVEL: 'silent',
    JOBS_ENABLED: 'false',
    STATS_REFRESH_SECONDS: '0',
    WEB_DIST: path.join(os.tmpdir(), 'xinfang-no-web'),
    ...overrides,
  });
}

/** The real application on its own cloned database; `jobs.idle()` waits for the jobs requests have started. */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<{
  app: FastifyInstance;
  db: Database;
  config: Config;
  jobs: ReturnType<typeof inProcessQueue>;
}> {
  const { db } = await createTestDatabase();
  const config = testConfig(overrides);
  const jobs = inProcessQueue(() => undefined);
  const app = await buildApp({ config, db, jobs });
  afterAll(() => app.close());
  return { app, db, config, jobs };
}
