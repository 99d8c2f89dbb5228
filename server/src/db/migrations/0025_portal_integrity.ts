import { sql, type Kysely } from 'kysely';

/**
 * The portal's anonymous writes, bounded and bound to who made them:
 * - `attachments.uploader_address`: a keyed hash of the address a public upload came from, so each address has a
 *   daily volume; unattached public uploads are found by the partial index and purged after a day, and their
 *   files too once no attachment, document or report refers to them (indexes by hash for that question).
 * - `portal_code_requests`: every request for an SMS code, whether or not the phone is the petitioner's, so the
 *   limits per phone and per address answer the same for both; a job does the matching and the sending.
 * - `outbox_secrets`: what a notice must carry but nobody may read from the outbox (an SMS code), sealed, filled
 *   into the text only when it is sent and erased after.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table attachments add column uploader_address text`.execute(db);
  await sql`create index attachments_unattached on attachments (uploaded_at) where petition_id is null`.execute(db);
  // A purge asks whether any row still refers to a stored file before it removes it.
  await sql`create index attachments_sha256 on attachments (sha256)`.execute(db);
  await sql`create index documents_docx_sha256 on documents (docx_sha256)`.execute(db);
  await sql`create index documents_pdf_sha256 on documents (pdf_sha256)`.execute(db);
  await sql`
    create table portal_code_requests (
      id bigint generated always as identity primary key,
      number text not null,
      phone text not null,
      address text not null,
      created_at timestamptz not null default now(),
      processed_at timestamptz
    )`.execute(db);
  await sql`create index portal_code_requests_phone on portal_code_requests (phone, created_at)`.execute(db);
  await sql`create index portal_code_requests_address on portal_code_requests (address, created_at)`.execute(db);
  await sql`
    create table outbox_secrets (
      outbox_id bigint primary key references outbox(id),
      sealed text not null,
      expires_at timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists outbox_secrets`.execute(db);
  await sql`drop table if exists portal_code_requests`.execute(db);
  await sql`drop index if exists documents_pdf_sha256`.execute(db);
  await sql`drop index if exists documents_docx_sha256`.execute(db);
  await sql`drop index if exists attachments_sha256`.execute(db);
  await sql`drop index if exists attachments_unattached`.execute(db);
  await sql`alter table attachments drop column if exists uploader_address`.execute(db);
}
