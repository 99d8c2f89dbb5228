import type { DbFunction } from './db-function.js';

/**
 * The distinct two-character pieces of a title, lower-cased: the search's title index.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: 'd393261791bed8d83ab2b377250fcda2121f0ee85f76e414fe43f79c24e1416a',
  definition: `CREATE OR REPLACE FUNCTION public.title_bigrams(t text)
 RETURNS text[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$
      select coalesce(array_agg(distinct substr(lower(t), i, 2)), '{}') from generate_series(1, char_length(t) - 1) i
    $function$
`,
} satisfies DbFunction;
