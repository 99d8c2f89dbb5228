import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';

// server/data/taxonomy-3level.csv, from src/db/migrations or dist/db/migrations alike.
const TAXONOMY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/taxonomy-3level.csv');

/** Petitions, petitioners, their events, attachments, numbering, saved filters, imports and the taxonomy. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table categories (
      id integer generated always as identity primary key,
      parent_id integer references categories(id),
      level smallint not null check (level between 1 and 3),
      name text not null check (length(btrim(name)) between 1 and 50),
      path text not null,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index categories_sibling_name on categories (coalesce(parent_id, 0), name)`.execute(db);

  await sql`
    create table petitions (
      id bigint generated always as identity primary key,
      org_id integer not null references orgs(id),
      number text not null unique,
      year smallint not null,
      seq integer not null,
      query_code_hash text not null unique,
      channel text not null check (channel in ('online','letter','visit','phone','fax','email','video','sms','wechat','hotline','mailbox')),
      received_at timestamptz not null,
      type text not null check (type in ('suggestion','accusation','appeal')),
      category_id integer references categories(id),
      title text not null,
      content text not null check (length(content) <= 20000),
      place_region_code text,
      place_address text,
      persons_count integer not null check (persons_count >= 1),
      involved_count integer not null default 0 check (involved_count >= 0),
      accused_person text,
      accused_org_id integer references orgs(id),
      -- Path of the accused body, so "hidden from the accused and those under it" is one prefix test.
      accused_org_path text,
      anonymous boolean not null default false,
      confidential boolean not null default false,
      skip_level boolean not null default false,
      litigation boolean not null default false,
      major_urgent boolean not null default false,
      status text not null default 'registered',
      first_time boolean not null default true,
      repeat_of_id bigint references petitions(id),
      merged_into_id bigint references petitions(id),
      new_confirmed boolean not null default false,
      external_id text,
      search_grams text[] not null default '{}',
      summary text not null default '',
      registered_by integer not null references users(id),
      -- Millisecond precision, like received_at from clients: keyset cursors carry these values exactly.
      created_at timestamptz not null default date_trunc('milliseconds', now()),
      updated_at timestamptz not null default now(),
      unique (org_id, year, seq)
    )`.execute(db);
  await sql`create unique index petitions_external on petitions (org_id, external_id) where external_id is not null`.execute(db);
  await sql`create index petitions_org_received on petitions (org_id, received_at desc, id desc)`.execute(db);
  await sql`create index petitions_org_created on petitions (org_id, created_at desc, id desc)`.execute(db);
  await sql`create index petitions_received on petitions (received_at desc, id desc)`.execute(db);
  await sql`create index petitions_grams on petitions using gin (search_grams)`.execute(db);
  await sql`create index petitions_summary_trgm on petitions using gin (summary gin_trgm_ops)`.execute(db);
  await sql`create index petitions_repeat_of on petitions (repeat_of_id) where repeat_of_id is not null`.execute(db);
  await sql`create index petitions_merged_into on petitions (merged_into_id) where merged_into_id is not null`.execute(db);
  await sql`create index petitions_category on petitions (category_id)`.execute(db);
  await sql`create index petitions_place on petitions (place_region_code text_pattern_ops)`.execute(db);

  await sql`
    create table petitioners (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      position smallint not null,
      kind text not null check (kind in ('person','org')),
      name text not null,
      id_type text,
      id_number text,
      phone text,
      address text,
      region_code text,
      employer text,
      is_main boolean not null default false,
      is_representative boolean not null default false,
      -- Corrections retire a petitioner instead of deleting it.
      removed_at timestamptz
    )`.execute(db);
  await sql`create index petitioners_petition on petitioners (petition_id)`.execute(db);
  await sql`create index petitioners_id_number on petitioners (id_number) where id_number is not null`.execute(db);
  await sql`create index petitioners_phone on petitioners (phone) where phone is not null`.execute(db);
  await sql`create index petitioners_name_trgm on petitioners using gin (name gin_trgm_ops)`.execute(db);

  await sql`
    create table petition_events (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      at timestamptz not null default now(),
      actor_id integer references users(id),
      actor_org_id integer references orgs(id),
      kind text not null,
      from_status text,
      to_status text,
      payload jsonb not null default '{}'
    )`.execute(db);
  await sql`create index petition_events_petition on petition_events (petition_id, id)`.execute(db);

  await sql`
    create table attachments (
      id bigint generated always as identity primary key,
      sha256 text not null,
      size bigint not null,
      mime text not null,
      filename text not null,
      org_id integer not null references orgs(id),
      uploaded_by integer not null references users(id),
      uploaded_at timestamptz not null default now(),
      petition_id bigint references petitions(id)
    )`.execute(db);
  await sql`create index attachments_petition on attachments (petition_id)`.execute(db);

  await sql`
    create table petition_number_counters (
      org_id integer not null references orgs(id),
      year smallint not null,
      last_seq integer not null,
      primary key (org_id, year)
    )`.execute(db);

  await sql`
    create table saved_filters (
      id integer generated always as identity primary key,
      name text not null,
      owner_id integer references users(id),
      org_id integer not null references orgs(id),
      scope text not null check (scope in ('personal','org')),
      filter jsonb not null,
      created_at timestamptz not null default now(),
      removed_at timestamptz
    )`.execute(db);

  await sql`
    create table import_jobs (
      id integer generated always as identity primary key,
      org_id integer not null references orgs(id),
      created_by integer not null references users(id),
      status text not null default 'queued',
      dry_run boolean not null,
      filename text not null,
      mapping jsonb not null,
      total integer not null default 0,
      processed integer not null default 0,
      created integer not null default 0,
      skipped integer not null default 0,
      errors jsonb not null default '[]',
      created_at timestamptz not null default now(),
      finished_at timestamptz
    )`.execute(db);

  // The taxonomy is reference data every database needs; administrators edit it afterwards.
  const rows = readFileSync(TAXONOMY, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(','));
  const ids = new Map<string, number>();
  for (const parts of rows) {
    for (let level = 1; level <= 3; level++) {
      const key = parts.slice(0, level).join('/');
      if (ids.has(key) || !parts[level - 1]) continue;
      const parent = level > 1 ? (ids.get(parts.slice(0, level - 1).join('/')) ?? null) : null;
      const { rows: inserted } = await sql<{ id: number }>`
        insert into categories (parent_id, level, name, path) values (${parent}, ${level}, ${parts[level - 1]}, ${key}) returning id`.execute(
        db,
      );
      ids.set(key, inserted[0]!.id);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists import_jobs, saved_filters, petition_number_counters, attachments, petition_events, petitioners, petitions, categories cascade`.execute(
    db,
  );
}
