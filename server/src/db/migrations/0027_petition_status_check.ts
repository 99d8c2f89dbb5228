import { sql, type Kysely } from 'kysely';

/**
 * petitions.status holds only the statuses of the lifecycle (PETITION_STATUSES in @xinfang/domain), written out
 * here as a migration is a snapshot: a status added to the package fails db/status-check.test.ts until a migration
 * replaces this constraint with the new list.
 */
const STATUSES = [
  'registered',
  'accepted',
  'forwarded',
  'assigned',
  'returned',
  'handling',
  'extended',
  'answered',
  'pending_review',
  'concluded',
  'in_review',
  'in_reexamination',
  'final',
  'declined',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table petitions add constraint petitions_status_check check (status in (${sql.join(STATUSES.map((s) => sql.lit(s)))}))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table petitions drop constraint if exists petitions_status_check`.execute(db);
}
