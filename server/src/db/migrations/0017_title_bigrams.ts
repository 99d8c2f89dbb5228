import { sql, type Kysely } from 'kysely';

/**
 * Search ranks title hits first. Finding them among all matches of a common word (物业: one petition in ten)
 * read every match's row; an index of the titles' character bigrams finds the title hits alone
 * (docs/PERFORMANCE.md § Search). A superset of the grams of `textGrams` over the title: the `ilike` beside it
 * stays the exact test.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function title_bigrams(t text) returns text[] language sql immutable strict parallel safe as $$
      select coalesce(array_agg(distinct substr(lower(t), i, 2)), '{}') from generate_series(1, char_length(t) - 1) i
    $$`.execute(db);
  await sql`create index petitions_title_bigrams on petitions using gin (title_bigrams(title))`.execute(db);
  // The planner estimates the index's selectivity from statistics of the expression, gathered by analyze.
  await sql`analyze petitions`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists petitions_title_bigrams`.execute(db);
  await sql`drop function if exists title_bigrams(text)`.execute(db);
}
