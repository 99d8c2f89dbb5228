import path from 'node:path';
import { BackupRefused, createBackup } from '../backup/backup.js';
import { loadConfig } from '../config.js';

/** npm run backup [-- FILE]: a consistent backup of the database and the kept files, beside a running server or not. */
const config = loadConfig();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
// Relative to the directory npm runs the script in: the project root.
const out = path.resolve(process.argv[2] ?? path.join('backups', `xinfang-${stamp}.tar.gz`));
try {
  const manifest = await createBackup(config, out, (m) => console.log(m));
  console.log(`Backup written: ${out} (${manifest.members.length} files, database at ${manifest.migration ?? 'no migration'}).`);
  console.log('It holds the database password and session secret: keep it as private as the server itself, and off this machine.');
  process.exit(0);
} catch (err) {
  console.error(err instanceof BackupRefused ? err.message : `Backup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
