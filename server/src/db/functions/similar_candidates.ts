import type { DbFunction } from './db-function.js';

/**
 * The matters sharing a key with a signature (shared/resemblance.ts), with their signatures and whether they share a
 * title key (the keys after the text's 32 bands): from the keys' GIN, with sequential scans off for this statement
 * alone. PostgreSQL takes each of some fifty keys of an `&&` to match 0.5 % of the rows and would scan the table,
 * where a few hundred rows match; a function, so the setting costs no transaction round trips.
 */
export default {
  installedBy: '0048_packed_signatures',
  sha256: 'cdd63ff91584cb06c6b3c7e0cacbe8bc5a8801a57b5b190bc68e1cde7c71ad04',
  definition: `CREATE OR REPLACE FUNCTION public.similar_candidates(wanted integer[], title_keys integer[])
 RETURNS TABLE(id bigint, signature bytea, same_title boolean)
 LANGUAGE sql
 STABLE
 SET enable_seqscan TO 'off'
AS $function$
    select petition_id, signature, keys[33:] && title_keys from petition_signatures where keys && wanted
  $function$
`,
} satisfies DbFunction;
