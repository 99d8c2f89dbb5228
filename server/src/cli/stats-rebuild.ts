import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { createDatabase } from '../db/database.js';
import { prepareDatabase } from '../db/migrate.js';
import { createStatsService } from '../features/stats/stats.service.js';

/** npm run stats:rebuild: derive every statistic again from the petitions (docs/STATISTICS.md). */
const config = loadConfig();
const conn = await connect(config, (m) => console.log(m));
try {
  await prepareDatabase(conn.ownerUrl, conn.appRole);
  const started = Date.now();
  // As the owner: the rebuild ends with VACUUM, which only a table's owner may run.
  const owner = createDatabase(conn.ownerUrl, 1);
  const petitions = await createStatsService({ db: owner })
    .rebuild()
    .finally(() => owner.destroy());
  console.log(`Rebuilt the statistics of ${petitions} petitions in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await conn.close();
}
