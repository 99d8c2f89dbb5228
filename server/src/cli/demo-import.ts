import { auditService } from '../audit/audit.service.js';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { prepareDatabase } from '../db/migrate.js';
import { authRepository } from '../features/auth/auth.repository.js';
import { importsRepository } from '../features/imports/imports.repository.js';
import { createImportsService } from '../features/imports/imports.service.js';
import { createPetitionsService } from '../features/petitions/petitions.service.js';
import { workflowView } from '../features/workflow/workflow.view.js';
import { inProcessQueue } from '../jobs/queue.js';

/**
 * npm run demo:import [-- username]: registers the bundled sample of 600 real citizen messages as online
 * petitions of the user's body (default: the demo registrar). A message already registered by any body is skipped,
 * so running it again, as whoever, adds nothing.
 */
const username = process.argv[2] ?? 'registrar';
const config = loadConfig();
const conn = await connect(config, () => undefined);
let code = 0;
try {
  await prepareDatabase(conn.ownerUrl, conn.appRole);
  const user = await authRepository.findUserByUsername(conn.db, username);
  if (!user) throw new Error(`no user "${username}"`);
  const jobs = inProcessQueue((m) => console.error(m));
  const imports = createImportsService({
    db: conn.db,
    dataDir: config.dataDir,
    jobs,
    petitions: createPetitionsService({ db: conn.db, workflowView }),
    log: (m) => console.error(m),
  });
  await imports.register();
  const job = await imports.startDemo({ userId: user.id, orgId: user.org_id });
  await jobs.stop();
  await auditService.link(conn.db);
  const done = (await importsRepository.findById(conn.db, job.id))!;
  console.log(
    `Demo import into ${user.org_name}: ${done.created} registered, ${done.skipped} already there, ${(done.errors as unknown[]).length} errors.`,
  );
  if (done.status !== 'done') code = 1;
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  code = 1;
} finally {
  await conn.close();
}
process.exit(code);
