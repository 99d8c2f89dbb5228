import { Migrator, sql, type Migration } from 'kysely';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { createDatabase, type Database } from './database.js';
import { grantApp } from './roles.js';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_petitions.js';
import * as m0003 from './migrations/0003_calendar.js';
import * as m0004 from './migrations/0004_clocks.js';
import * as m0005 from './migrations/0005_workflow.js';
import * as m0006 from './migrations/0006_documents.js';
import * as m0007 from './migrations/0007_notifications.js';
import * as m0008 from './migrations/0008_portal.js';
import * as m0009 from './migrations/0009_portal_phone_codes.js';
import * as m0010 from './migrations/0010_stats.js';
import * as m0011 from './migrations/0011_stat_reports.js';
import * as m0012 from './migrations/0012_document_files.js';
import * as m0013 from './migrations/0013_stats_clock_trigger.js';
import * as m0014 from './migrations/0014_stats_covering.js';
import * as m0015 from './migrations/0015_stats_months.js';
import * as m0016 from './migrations/0016_petition_scopes.js';
import * as m0017 from './migrations/0017_title_bigrams.js';
import * as m0018 from './migrations/0018_grams_by_day.js';
import * as m0019 from './migrations/0019_clock_soon_at.js';
import * as m0020 from './migrations/0020_scope_walk_covering.js';
import * as m0021 from './migrations/0021_scope_orgs.js';
import * as m0022 from './migrations/0022_audit_linked_after_commit.js';
import * as m0023 from './migrations/0023_templates_per_body.js';
import * as m0024 from './migrations/0024_least_privilege.js';
import * as m0025 from './migrations/0025_portal_integrity.js';
import * as m0026 from './migrations/0026_accused_by_id.js';
import * as m0027 from './migrations/0027_petition_status_check.js';
import * as m0028 from './migrations/0028_functions_from_files.js';
import * as m0029 from './migrations/0029_clock_limit.js';
import * as m0030 from './migrations/0030_finality.js';
import * as m0031 from './migrations/0031_stats_per_petition.js';
import * as m0032 from './migrations/0032_instruction_recipients.js';
import * as m0033 from './migrations/0033_reception_plans.js';
import * as m0034 from './migrations/0034_idempotency_keys.js';
import * as m0035 from './migrations/0035_reception_bookings.js';
import * as m0036 from './migrations/0036_reception_records.js';
import * as m0037 from './migrations/0037_duty_rosters.js';
import * as m0038 from './migrations/0038_reception_linked_matters.js';
import * as m0039 from './migrations/0039_reception_visit_records.js';
import * as m0040 from './migrations/0040_disputes.js';
import * as m0041 from './migrations/0041_dispute_handover.js';
import * as m0042 from './migrations/0042_dispute_summaries_meetings.js';
import * as m0043 from './migrations/0043_village_regions.js';
import * as m0044 from './migrations/0044_title_trigrams.js';
import * as m0045 from './migrations/0045_assist.js';
import * as m0046 from './migrations/0046_assist_knowledge.js';
import * as m0047 from './migrations/0047_petition_signatures.js';
import * as m0048 from './migrations/0048_packed_signatures.js';
import * as m0049 from './migrations/0049_reference_versions.js';

// Listed explicitly so the same code runs from TypeScript (tsx, tests) and compiled JavaScript.
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_petitions': m0002,
  '0003_calendar': m0003,
  '0004_clocks': m0004,
  '0005_workflow': m0005,
  '0006_documents': m0006,
  '0007_notifications': m0007,
  '0008_portal': m0008,
  '0009_portal_phone_codes': m0009,
  '0010_stats': m0010,
  '0011_stat_reports': m0011,
  '0012_document_files': m0012,
  '0013_stats_clock_trigger': m0013,
  '0014_stats_covering': m0014,
  '0015_stats_months': m0015,
  '0016_petition_scopes': m0016,
  '0017_title_bigrams': m0017,
  '0018_grams_by_day': m0018,
  '0019_clock_soon_at': m0019,
  '0020_scope_walk_covering': m0020,
  '0021_scope_orgs': m0021,
  '0022_audit_linked_after_commit': m0022,
  '0023_templates_per_body': m0023,
  '0024_least_privilege': m0024,
  '0025_portal_integrity': m0025,
  '0026_accused_by_id': m0026,
  '0027_petition_status_check': m0027,
  '0028_functions_from_files': m0028,
  '0029_clock_limit': m0029,
  '0030_finality': m0030,
  '0031_stats_per_petition': m0031,
  '0032_instruction_recipients': m0032,
  '0033_reception_plans': m0033,
  '0034_idempotency_keys': m0034,
  '0035_reception_bookings': m0035,
  '0036_reception_records': m0036,
  '0037_duty_rosters': m0037,
  '0038_reception_linked_matters': m0038,
  '0039_reception_visit_records': m0039,
  '0040_disputes': m0040,
  '0041_dispute_handover': m0041,
  '0042_dispute_summaries_meetings': m0042,
  '0043_village_regions': m0043,
  '0044_title_trigrams': m0044,
  '0045_assist': m0045,
  '0046_assist_knowledge': m0046,
  '0047_petition_signatures': m0047,
  '0048_packed_signatures': m0048,
  '0049_reference_versions': m0049,
};

/** One start's preparation of the schema at a time, across instances. */
const PREPARE_LOCK = 7246154;

/** The migrations this code knows, in order: a database (or backup) at a later one was made by a newer version. */
export const migrationNames = Object.keys(migrations).sort();

/** Brings the schema to the latest version; safe to run concurrently (Kysely takes a lock). */
export async function migrateToLatest(db: Database): Promise<string[]> {
  // 0006 landed after 0007: a database that already ran 0007 runs 0006 next instead of refusing to start.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * pg-boss's schema, installed or upgraded by the owner so the server's role need not create anything. Queues are
 * partitions that pg-boss creates at run time: its create_queue and delete_queue run with the owner's rights.
 */
async function installJobSchema(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, max: 1, supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false });
  const db = createDatabase(ownerUrl, 1);
  try {
    await db.transaction().execute(async (trx) => {
      await sql`alter function pgboss.create_queue(text, json) security definer set search_path = pgboss, pg_temp`.execute(trx);
      await sql`alter function pgboss.delete_queue(text) security definer set search_path = pgboss, pg_temp`.execute(trx);
    });
  } finally {
    await db.destroy();
  }
}

/**
 * Everything a start needs of the schema, as the role that owns it: migrations, the job queue's schema, and the
 * app role's grants (when the server runs as a role of its own). Returns the migrations applied.
 */
export async function prepareDatabase(ownerUrl: string, appRole: string | null): Promise<string[]> {
  // Servers starting together prepare one after another: concurrent GRANTs and ALTER FUNCTIONs on the same objects
  // fail with "tuple concurrently updated". The lock is held by a session of its own across the steps, which use
  // connections of their own (pg-boss's included), and ends with it.
  const lock = new pg.Client({ connectionString: ownerUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [PREPARE_LOCK]);
    const db = createDatabase(ownerUrl, 2);
    try {
      const applied = await migrateToLatest(db);
      await installJobSchema(ownerUrl);
      if (appRole) await grantApp(db, appRole);
      return applied;
    } finally {
      await db.destroy();
    }
  } finally {
    await lock.end();
  }
}
