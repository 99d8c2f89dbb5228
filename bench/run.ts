/**
 * npm run bench [-- --json] [-- --clocks N]: benchmarks on a fresh embedded PostgreSQL in a temporary folder.
 * Each benchmark prints one result line; with --json the last line is one JSON object of all figures.
 * Figures and what limits them: docs/PERFORMANCE.md.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchDeadlineJob } from './deadline-job.js';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, clocks: { type: 'string', default: '1000000' } },
});

const dataDir = mkdtempSync(path.join(tmpdir(), 'xinfang-bench-'));
chmodSync(dataDir, 0o755); // the cluster may run as another user when started as root
process.env.DATA_DIR = dataDir;
process.env.DATABASE_URL = '';
const { loadConfig } = await import('../server/src/config.js');
const { connect } = await import('../server/src/db/connect.js');
const { migrateToLatest } = await import('../server/src/db/migrate.js');

const conn = await connect(loadConfig(), () => undefined);
const figures: Record<string, number> = {};
try {
  await migrateToLatest(conn.db);
  Object.assign(figures, await benchDeadlineJob(conn.db, Number(values.clocks), (line) => console.log(line)));
} finally {
  await conn.close();
  rmSync(dataDir, { recursive: true, force: true });
}
if (values.json) console.log(JSON.stringify(figures));
