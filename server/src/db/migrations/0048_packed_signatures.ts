import { sql, type Kysely } from 'kysely';
import { installFunctions } from '../functions/index.js';

/**
 * Similar matters in fewer steps (docs/PERFORMANCE.md § Smart assistance):
 * - the signatures as bytes (shared/resemblance.ts `packed`, the same 64 minima, big-endian): each lookup reads a
 *   hundred or more of them, and parsing an int4[] literal per row cost more than the lookup itself;
 * - the key lookup as a function that turns sequential scans off for itself (functions/similar_candidates.ts): one
 *   statement, where a transaction around `set local` took four round trips.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A transform expression may not hold a subquery: the conversion is a function for this migration only.
  await sql`create function pg_temp.packed(minima int4[]) returns bytea language sql immutable
    as $$ select string_agg(int4send(m), ''::bytea order by i) from unnest(minima) with ordinality as u(m, i) $$`.execute(db);
  await sql`alter table petition_signatures alter column signature type bytea using pg_temp.packed(signature)`.execute(db);
  await installFunctions(db, '0048_packed_signatures');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function similar_candidates(int4[], int4[])`.execute(db);
  // Shifts in parentheses: PostgreSQL gives << and | one precedence, left to right.
  await sql`create function pg_temp.minima(packed bytea) returns int4[] language sql immutable
    as $$ select array_agg((get_byte(packed, i) << 24) | (get_byte(packed, i + 1) << 16) | (get_byte(packed, i + 2) << 8) | get_byte(packed, i + 3) order by i)
      from generate_series(0, length(packed) - 4, 4) as i $$`.execute(db);
  await sql`alter table petition_signatures alter column signature type int4[] using pg_temp.minima(signature)`.execute(db);
}
