import { buildApp } from './app.js';
import { checkpointStore } from './audit/audit.checkpoints.js';
import { auditService } from './audit/audit.service.js';
import { ConfigError, loadConfig } from './config.js';
import { connect } from './db/connect.js';
import { prepareDatabase } from './db/migrate.js';
import { privilegeProblem } from './db/roles.js';
import { demoDisputes } from './demo/disputes.js';
import { demoHistory } from './demo/history.js';
import { DEMO_PASSWORD, firstStart, importDemoPetitions } from './demo/seed.js';
import { createCalendarService } from './features/deadlines/calendar.service.js';
import { ASSIST_TRAIN_JOB, ensureAssistModel } from './features/assist/index.js';
import { warmUpDocuments } from './features/documents/documents.service.js';
import { backfillSignatures } from './features/petitions/index.js';
import { warmUpRegions } from './features/regions/regions.service.js';
import { inProcessQueue, pgBossQueue, type JobQueue } from './jobs/queue.js';

const say = (m: string) => process.stdout.write(`[xinfang] ${m}\n`);

/** start: config → database → migrate → first-start data → jobs → app → listen; Ctrl-C stops it all in order. */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  say(config.databaseUrl ? 'Using the PostgreSQL at DATABASE_URL' : `Starting the embedded PostgreSQL (data in ${config.dataDir})`);
  const conn = await connect(config, say, {
    onDatabaseLost: (reason) => {
      process.stderr.write(
        `[xinfang] The embedded PostgreSQL stopped unexpectedly (${reason}); the server cannot work without it and stops. Start it again (npm start): the database recovers from its log.\n`,
      );
      process.exit(1);
    },
  });
  let jobs: JobQueue | undefined;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  let stopping = false;
  const checkpoints = checkpointStore(config.dataDir, config.auditCheckpointKey);
  const checkpoint = () =>
    auditService.checkpoint(conn.db, checkpoints, app!.log).catch((e: unknown) => app?.log.error(e, 'audit checkpoint failed'));

  const stop = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping…`);
    await app?.close().catch(() => undefined);
    // The trail's last rows are anchored before the database goes (app.close linked them).
    if (app) await checkpoint();
    await jobs?.stop().catch(() => undefined);
    await conn.close().catch(() => undefined);
    say('stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    const applied = await prepareDatabase(conn.ownerUrl, conn.appRole);
    if (applied.length) say(`Applied migrations: ${applied.join(', ')}`);
    const privileges = await privilegeProblem(conn.db);
    if (privileges) {
      say(
        `Warning: ${privileges}, so the server runs with the rights of the schema's owner: SQL reaching it could disable the audit triggers. Set DATABASE_OWNER_URL for migrations and give DATABASE_URL a role that owns nothing (README § External PostgreSQL).`,
      );
    }
    const first = await firstStart(conn.db, config.demoData);
    if (first.kind === 'demo') {
      say('Demo data created. Demo accounts (password for all: ' + DEMO_PASSWORD + '):');
      for (const u of first.users) say(`  ${u.username.padEnd(10)} ${u.displayName}  roles: ${u.roles.join(', ')}`);
    } else if (first.kind === 'bootstrap') {
      say(`First start: administrator "${first.username}" created with the one-time password ${first.password}`);
      say('It is shown only now; change it at first log-in.');
    }
    const { missingYears } = await createCalendarService({ db: conn.db }).status();
    if (missingYears.length) {
      say(
        `Warning: no holiday data for ${missingYears.join(', ')}; working-day deadlines there are provisional until an administrator of the top body enters the State Council's notice (系统管理 › 节假日).`,
      );
    }
    jobs = config.jobsEnabled ? await pgBossQueue(conn.url, say) : inProcessQueue(say);
    app = await buildApp({ config, db: conn.db, jobs });
    await app.listen({ host: config.host, port: config.port });
    if (first.kind === 'demo') await demoDisputes(conn.db);
    if (first.kind === 'demo' && config.demoPetitions) {
      await importDemoPetitions(conn.db, config.dataDir, jobs, (m) => app?.log.error(m));
      say('Registering 600 real citizen messages as demo petitions of 临朐县信访局, with a year of their handling, in the background…');
      const log = (m: unknown) => app?.log.error(m);
      const demoStarted = performance.now();
      void demoHistory(conn.db, config.dataDir, log)
        .then((showcase) => {
          say(`Demo petitions ready in ${((performance.now() - demoStarted) / 1000).toFixed(1)} s. Tracking codes (网上信访 › 查询):`);
          for (const s of showcase) say(`  ${s.number}  ${s.code}  ${s.name}`);
          // Their routing is history 智能辅助 learns the handling bodies from.
          return jobs?.enqueue(ASSIST_TRAIN_JOB, {});
        })
        .catch(log);
    }
    const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
    void checkpoint();
    say(`Ready in ${((performance.now() - started) / 1000).toFixed(1)} s: http://${shown}:${config.port}`);
    setTimeout(() => void warmUpDocuments().catch((e: unknown) => app?.log.error(e)), 0);
    setTimeout(warmUpRegions, 0);
    void ensureAssistModel(conn.db, jobs).catch((e: unknown) => app?.log.error(e));
    void backfillSignatures(conn.db)
      .then((n) => n > 0 && say(`Similar-matter signatures of ${n} earlier petitions computed.`))
      .catch((e: unknown) => app?.log.error(e));
  } catch (err) {
    // Said before the stop, which ends the process: a failed start never looks like a clean one.
    failed(err);
    await stop('error', 1);
  }
}

function failed(err: unknown): void {
  if (err instanceof ConfigError) process.stderr.write(`[xinfang] ${err.message}\n`);
  else process.stderr.write(`[xinfang] Failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
}

main().catch((err: unknown) => {
  failed(err);
  process.exit(1);
});
