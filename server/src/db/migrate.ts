import { Migrator, type Migration } from 'kysely';
import type { Database } from './database.js';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_petitions.js';
import * as m0003 from './migrations/0003_calendar.js';
import * as m0004 from './migrations/0004_clocks.js';
import * as m0005 from './migrations/0005_workflow.js';
import * as m0007 from './migrations/0007_notifications.js';

// Listed explicitly so the same code runs from TypeScript (tsx, tests) and compiled JavaScript.
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_petitions': m0002,
  '0003_calendar': m0003,
  '0004_clocks': m0004,
  '0005_workflow': m0005,
  '0007_notifications': m0007,
};

/** Brings the schema to the latest version; safe to run concurrently (Kysely takes a lock). */
export async function migrateToLatest(db: Database): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
