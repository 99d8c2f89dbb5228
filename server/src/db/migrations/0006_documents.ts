import { sql, type Kysely } from 'kysely';

/**
 * Official documents (告知书, 交办单, 处理意见书, …): the templates administrators edit, the issued documents
 * (stored once, never changed: the files live in the content-addressed store under their hashes) and their
 * numbers per body, kind and year, without gaps.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The latest row of a kind is the template in force; earlier rows are its history. No row: the default in code.
  await sql`
    create table document_templates (
      id bigint generated always as identity primary key,
      kind text not null,
      body text not null,
      updated_by integer references users(id),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index document_templates_kind on document_templates (kind, id desc)`.execute(db);

  await sql`
    create table document_number_counters (
      org_id integer not null references orgs(id),
      kind text not null,
      year integer not null,
      last_seq integer not null,
      primary key (org_id, kind, year)
    )`.execute(db);

  await sql`
    create table documents (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      event_id bigint not null references petition_events(id),
      kind text not null,
      org_id integer not null references orgs(id),
      number text not null,
      year integer not null,
      seq integer not null,
      title text not null,
      text text not null,
      variables jsonb not null,
      docx_sha256 text not null,
      pdf_sha256 text not null,
      created_by integer references users(id),
      created_at timestamptz not null default now(),
      unique (org_id, kind, year, seq)
    )`.execute(db);
  await sql`create index documents_petition on documents (petition_id, id)`.execute(db);

  // An issued document is a record (北京市信访条例 Art. 22(7)): never altered or removed.
  await sql`
    create function documents_guard() returns trigger language plpgsql as $$
    begin
      raise exception 'issued documents are never changed or removed';
    end $$`.execute(db);
  await sql`create trigger documents_append_only before update or delete on documents
            for each row execute function documents_guard()`.execute(db);
  await sql`create trigger documents_no_truncate before truncate on documents
            for each statement execute function documents_guard()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists documents, document_number_counters, document_templates cascade`.execute(db);
  await sql`drop function if exists documents_guard cascade`.execute(db);
}
