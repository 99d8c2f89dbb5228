import { sql, type Kysely } from 'kysely';

/**
 * 智能辅助's knowledge base (docs/GLOSSARY.md): what administrators curate for those writing a 处理意见书 — policy
 * answers, legal bases with the article's text, standard routes — suggested beside the precedents of similar
 * matters. Entries are withdrawn, not deleted: a decision may have been written from one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table assist_knowledge (
      id integer generated always as identity primary key,
      kind text not null check (kind in ('policy', 'basis', 'route')),
      title text not null check (length(btrim(title)) between 1 and 100),
      body text not null check (length(btrim(body)) between 1 and 5000),
      -- A legal basis as a decision cites it (《信访工作条例》第三十二条); the body holds the article's text.
      citation text check (length(citation) <= 200),
      active boolean not null default true,
      updated_by integer not null references users(id),
      updated_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists assist_knowledge`.execute(db);
}
