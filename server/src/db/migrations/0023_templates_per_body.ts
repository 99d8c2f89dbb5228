import { sql, type Kysely } from 'kysely';

/**
 * 文书模板 per body: a template row belongs to a body and applies to it and the bodies below it, unless one of
 * those has its own (the nearest up the path wins; the built-in text when none has one). Templates saved before
 * held everywhere: they become the top body's, which gives them the same reach. A row with no body withdraws
 * the body's own template, so it inherits again; rows are only ever added.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table document_templates add column org_id integer references orgs(id)`.execute(db);
  await sql`update document_templates set org_id = (select id from orgs where parent_id is null order by id limit 1)`.execute(db);
  await sql`alter table document_templates alter column org_id set not null, alter column body drop not null`.execute(db);
  await sql`drop index document_templates_kind`.execute(db);
  await sql`create index document_templates_org_kind on document_templates (org_id, kind, id desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from document_templates where body is null`.execute(db);
  await sql`drop index document_templates_org_kind`.execute(db);
  await sql`alter table document_templates drop column org_id, alter column body set not null`.execute(db);
  await sql`create index document_templates_kind on document_templates (kind, id desc)`.execute(db);
}
