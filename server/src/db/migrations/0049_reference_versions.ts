import { sql, type Kysely } from 'kysely';
import { installFunctions } from '../functions/index.js';

/**
 * A version per table of reference data servers keep in memory (shared/reference-cache.ts), moved by a trigger with
 * every statement that changes it, whoever runs it: a suggestion asks for one row instead of reading and parsing the
 * taxonomy's 517 rows, a scope's bodies, the routing history, the rules and the model in use each time (docs/PERFORMANCE.md § Smart
 * assistance).
 */
const TABLES = ['categories', 'orgs', 'assist_routes', 'assist_body_rules', 'assist_models'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table reference_versions (name text primary key, version bigint not null default 0)`.execute(db);
  await sql`insert into reference_versions (name) select unnest(${TABLES}::text[])`.execute(db);
  await installFunctions(db, '0049_reference_versions');
  for (const table of TABLES)
    await sql`create trigger ${sql.raw(`${table}_reference_version`)} after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_reference_version(${sql.lit(table)})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await sql`drop trigger ${sql.raw(`${table}_reference_version`)} on ${sql.table(table)}`.execute(db);
  await sql`drop function bump_reference_version()`.execute(db);
  await sql`drop table reference_versions`.execute(db);
}
