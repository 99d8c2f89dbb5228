import { sql, type Kysely } from 'kysely';

/**
 * A body's region may be a village or residents' committee (村、社区: the 12-digit 统计用区划代码, regions/villages.ts),
 * so a village committee's forms open at its own village.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table orgs drop constraint orgs_region_code_check`.execute(db);
  await sql`alter table orgs add constraint orgs_region_code_check check (region_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table orgs drop constraint orgs_region_code_check`.execute(db);
  await sql`alter table orgs add constraint orgs_region_code_check check (region_code ~ '^[0-9]{6}([0-9]{3})?$')`.execute(db);
}
