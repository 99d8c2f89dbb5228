/**
 * npm run bench [-- --json] [-- --petitions N] [-- --data-dir DIR]: generates N petitions (bench/generate.ts) into a
 * fresh embedded PostgreSQL, then measures intake, lists and search, dashboards, smart assistance (npm run
 * bench:assist alone, on 1M), the deadline job, the server's memory and its start-up. Each benchmark prints result lines; with --json the last line is one JSON object of all
 * figures. --profile DIR writes the server's CPU profile. A --data-dir that already holds generated data is used as it is (no generation), and kept.
 * Figures and what limits them: docs/PERFORMANCE.md.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchAssist } from './assist.js';
import { loadCorpus } from './corpus.js';
import { benchDashboards, benchStatsRebuild } from './dashboards.js';
import { benchDeadlineJob } from './deadline-job.js';
import { generate } from './generate.js';
import { benchIntake } from './intake.js';
import { benchLists } from './lists.js';
import { buildLikeNpmStart, ServerProcess } from './server.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    petitions: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '7' },
    'data-dir': { type: 'string' },
    clocks: { type: 'string', default: '1000000' },
    intake: { type: 'string', default: '20000' },
    'intake-seconds': { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '32' },
    /** Run only these benchmarks (comma-separated: intake, lists, dashboards, assist, deadline, startup). */
    only: { type: 'string', default: 'intake,lists,dashboards,assist,deadline,startup' },
    /** Write the server's CPU profile (node --cpu-prof) of the measured run into this folder. */
    profile: { type: 'string' },
  },
});
const print = (line: string) => console.log(line);
const only = new Set(values.only.split(','));
const started = performance.now();

const kept = values['data-dir'] !== undefined;
const dataDir = values['data-dir'] ?? mkdtempSync(path.join(tmpdir(), 'xinfang-bench-'));
mkdirSync(dataDir, { recursive: true });
chmodSync(dataDir, 0o755); // the cluster may run as another user when started as root
const reuse = existsSync(path.join(dataDir, 'pg', 'PG_VERSION'));
process.env.DATA_DIR = dataDir;
process.env.DATABASE_URL = '';
const { loadConfig } = await import('../server/src/config.js');
const { connect, DATABASE_NAME } = await import('../server/src/db/connect.js');
const { prepareDatabase } = await import('../server/src/db/migrate.js');
const { createDatabase } = await import('../server/src/db/database.js');
const { backfillSignatures } = await import('../server/src/features/petitions/index.js');

buildLikeNpmStart();
const figures: Record<string, number> = {};
const rss: number[] = [];
const conn = await connect(loadConfig(), () => undefined);
// The benchmark loads in bulk with triggers off (session_replication_role), which only the superuser may do.
const adminUrl = conn.embedded!.url(DATABASE_NAME);
const db = createDatabase(adminUrl);
let connected = true;
let server: ServerProcess | undefined;
try {
  await prepareDatabase(conn.ownerUrl, conn.appRole);
  const corpus = loadCorpus();
  const existing = await db
    .selectFrom('petitions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const generated = !reuse || Number(existing.n) === 0;
  if (generated) {
    const g = await generate(db, {
      petitions: Number(values.petitions),
      seed: Number(values.seed),
      now: new Date(),
      log: print,
      // Rebuilt on the second core while the text indexes are built, which it does not need (a reused set is kept up
      // to date by the server's refresher).
      alongside: only.has('dashboards') ? async () => Object.assign(figures, await benchStatsRebuild(db, print)) : undefined,
    });
    Object.assign(figures, { generate_rows_per_s: Math.round(g.rows / g.loadSeconds), generate_index_s: g.indexSeconds });
  } else {
    print(`generate: using the ${Number(existing.n).toLocaleString('en')} petitions in ${dataDir}`);
    // A set kept from before migration 0047: signed here, before any figure, not by the server while it is measured.
    const t = performance.now();
    const signed = await backfillSignatures(db, 5000);
    if (signed)
      print(
        `generate: ${signed.toLocaleString('en')} petitions signed for similar matters in ${((performance.now() - t) / 1000).toFixed(0)} s`,
      );
  }
  figures.petitions = Number(
    (
      await db
        .selectFrom('petitions')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

  // The server on this database, as `npm start` runs it (one process, its jobs included).
  server = await ServerProcess.start(
    { DATA_DIR: dataDir, DATABASE_URL: conn.url, DATABASE_OWNER_URL: conn.ownerUrl },
    print,
    values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [],
  );
  if (only.has('intake'))
    Object.assign(
      figures,
      await benchIntake(
        db,
        adminUrl,
        server.url,
        corpus,
        {
          count: Number(values.intake),
          concurrency: Number(values.concurrency),
          seconds: Number(values['intake-seconds']),
          seed: Number(values.seed),
        },
        print,
      ),
    );
  rss.push(server.takeMaxRss());
  if (only.has('lists')) Object.assign(figures, await benchLists(db, server.url, print));
  rss.push(server.takeMaxRss());
  if (only.has('dashboards')) Object.assign(figures, await benchDashboards(db, server.url, print));
  rss.push(server.takeMaxRss());
  if (only.has('assist')) Object.assign(figures, await benchAssist(db, server.url, print));
  print(
    `memory: server RSS at most ${Math.max(...rss).toFixed(0)} MB (intake ${rss[0]!.toFixed(0)}, lists ${rss[1]!.toFixed(0)}, dashboards ${rss[2]!.toFixed(0)})`,
  );
  await server.stop();
  server = undefined;

  if (only.has('deadline')) Object.assign(figures, await benchDeadlineJob(db, Number(values.clocks), print));

  // Start-up of the server on the existing database: it starts its own embedded PostgreSQL from DATA_DIR.
  await db.destroy();
  await conn.close();
  connected = false;
  if (only.has('startup')) {
    server = await ServerProcess.start({ DATA_DIR: dataDir, DATABASE_URL: '' }, print);
    figures.startup_s = server.startupMs / 1000;
    rss.push(server.takeMaxRss());
    await server.stop();
    server = undefined;
    print(
      `start-up: first 200 from /api/health ${figures.startup_s.toFixed(2)} s after starting node server/dist/main.js on the existing data`,
    );
  }
  figures.rss_max_mb = Math.round(Math.max(...rss));
} finally {
  await server?.stop();
  if (connected) await db.destroy().then(() => conn.close());
  if (!kept) rmSync(dataDir, { recursive: true, force: true });
}
print(`bench: ${((performance.now() - started) / 1000).toFixed(0)} s in all${kept ? `; data kept in ${dataDir}` : ''}`);
if (values.json) console.log(JSON.stringify(figures));
