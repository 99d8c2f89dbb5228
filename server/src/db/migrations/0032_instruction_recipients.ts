import { sql, type Kysely } from 'kysely';

/**
 * 批示 reaches the handling chain: each body an instruction is sent to (the handling body and those between the
 * leader's body and it) has a row, open until a user of that body acknowledges it (批示待阅 on its inbox). Petition
 * data, so never deleted (the guard of migration 0024).
 */
export const NO_DELETE_TABLES = ['instruction_recipients'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table instruction_recipients (
      id bigint generated always as identity primary key,
      instruction_id bigint not null references instructions(id),
      petition_id bigint not null references petitions(id),
      org_id integer not null references orgs(id),
      acknowledged_at timestamptz,
      acknowledged_by integer references users(id),
      unique (instruction_id, org_id),
      check ((acknowledged_at is null) = (acknowledged_by is null))
    )`.execute(db);
  await sql`create index instruction_recipients_petition on instruction_recipients (petition_id, id)`.execute(db);
  await sql`create index instruction_recipients_open on instruction_recipients (org_id) where acknowledged_at is null`.execute(db);
  for (const table of NO_DELETE_TABLES) {
    await sql`create trigger ${sql.id(`${table}_no_delete`)} before delete on ${sql.id(table)}
              for each row execute function petition_data_no_delete()`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.id(table)}
              for each statement execute function petition_data_no_delete()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists instruction_recipients`.execute(db);
}
