import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { createStatsService } from '../features/stats/stats.service.js';

/** npm run stats:rebuild: derive every statistic again from the petitions (docs/STATISTICS.md). */
const config = loadConfig();
const conn = await connect(config, (m) => console.log(m));
try {
  await migrateToLatest(conn.db);
  const started = Date.now();
  const petitions = await createStatsService({ db: conn.db }).rebuild();
  console.log(`Rebuilt the statistics of ${petitions} petitions in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await conn.close();
}
