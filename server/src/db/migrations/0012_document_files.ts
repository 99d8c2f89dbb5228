import { sql, type Kysely } from 'kysely';

/**
 * Documents are issued (numbered, filled, recorded) in the action's transaction and rendered to Word and PDF
 * after it, from the layout kept with them: rendering is tens of milliseconds of CPU that a registration should
 * not hold its locks for. A document's files are set once, from none to both; nothing else ever changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table documents add column layout jsonb`.execute(db);
  await sql`alter table documents alter column docx_sha256 drop not null, alter column pdf_sha256 drop not null`.execute(db);
  await sql`alter table documents add constraint documents_files_together check ((docx_sha256 is null) = (pdf_sha256 is null))`.execute(db);
  await sql`alter table documents add constraint documents_renderable check (docx_sha256 is not null or layout is not null)`.execute(db);
  await sql`create index documents_unrendered on documents (id) where docx_sha256 is null`.execute(db);
  await sql`
    create or replace function documents_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.docx_sha256 is null and new.docx_sha256 is not null
         and (to_jsonb(new) - 'docx_sha256' - 'pdf_sha256') = (to_jsonb(old) - 'docx_sha256' - 'pdf_sha256') then
        return new;
      end if;
      raise exception 'issued documents are never changed or removed';
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function documents_guard() returns trigger language plpgsql as $$
    begin
      raise exception 'issued documents are never changed or removed';
    end $$`.execute(db);
  await sql`drop index if exists documents_unrendered`.execute(db);
  await sql`alter table documents drop constraint if exists documents_renderable, drop constraint if exists documents_files_together`.execute(
    db,
  );
  await sql`alter table documents drop column if exists layout`.execute(db);
}
