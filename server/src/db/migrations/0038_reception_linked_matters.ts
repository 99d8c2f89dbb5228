import { sql, type Kysely } from 'kysely';

/**
 * A matter assigned on a petition that already exists keeps that petition's handling body (the leader's 批示 reaches
 * it; no second 交办): only a matter registered from the record names the body and the deadline it is 交办 with.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reception_matters drop constraint reception_matters_check`.execute(db);
  await sql`alter table reception_matters add constraint reception_matters_assigned check (
    (decision = 'assigned' or (org_id is null and due_date is null))
    and (decision <> 'assigned' or not registered or (org_id is not null and due_date is not null))
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reception_matters drop constraint reception_matters_assigned`.execute(db);
  await sql`alter table reception_matters add constraint reception_matters_check
    check ((decision = 'assigned') = (org_id is not null and due_date is not null))`.execute(db);
}
