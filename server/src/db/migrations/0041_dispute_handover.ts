import { sql, type Kysely } from 'kysely';

/**
 * A part of a petition handed to a village for mediation: the handing body (the petition's handling body) keeps
 * seeing the dispute it opened (visibility.ts), and is told of its result as a handling record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table disputes add column source_org_id integer references orgs(id)`.execute(db);
  await sql`alter table disputes add constraint disputes_source_pair check ((source_petition_id is null) = (source_org_id is null))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table disputes drop constraint if exists disputes_source_pair`.execute(db);
  await sql`alter table disputes drop column if exists source_org_id`.execute(db);
}
