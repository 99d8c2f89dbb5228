import path from 'node:path';
import { BackupRefused } from '../backup/backup.js';
import { restoreBackup } from '../backup/restore.js';
import { loadConfig } from '../config.js';

/** npm run restore -- FILE: restores a backup into DATA_DIR, which no server may be using. */
const config = loadConfig();
const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore -- FILE (a backup written by npm run backup); DATA_DIR names the data folder to restore into.');
  process.exit(1);
}
try {
  const { manifest, keptAside } = await restoreBackup(config, path.resolve(file), (m) => console.log(m));
  console.log(
    `Restored the backup of ${manifest.createdAt} (version ${manifest.appVersion}, database at ${manifest.migration}) into ${config.dataDir}.`,
  );
  for (const p of keptAside) console.log(`What was there before is kept in ${p}.`);
  console.log("Start the server (npm start): PostgreSQL replays the backup's log once, then serves the data as it was.");
  process.exit(0);
} catch (err) {
  console.error(err instanceof BackupRefused ? err.message : `Restore failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
