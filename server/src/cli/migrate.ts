import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { prepareDatabase } from '../db/migrate.js';

/** npm run db:migrate: bring the database (embedded or DATABASE_URL) to the latest schema. */
const config = loadConfig();
const conn = await connect(config, (m) => console.log(m));
try {
  const applied = await prepareDatabase(conn.ownerUrl, conn.appRole);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await conn.close();
}
