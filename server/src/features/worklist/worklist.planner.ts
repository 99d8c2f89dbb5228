import { sql } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { Executor } from '../../db/database.js';
import { termGrams } from '../../shared/search.js';
import { allTimeRegistered } from '../stats/index.js';

/**
 * How a search finds its candidates (docs/PERFORMANCE.md § Search):
 * - `grams`: the grams index alone, window by window: the top body, whose scope is every petition.
 * - `body`: the grams index intersected with the body's token (`scope_orgs`, migration 0021), all at once: the
 *   candidates are the body's own hits.
 * - `scope`: the body's own rows newest first, each tested: for a term so common that a page fills after a few
 *   hundred rows.
 * A body below the top takes the way that reads fewer rows: the walk about min(own, page ÷ share), the index
 * own × share, where `share` is the share of petitions holding the term's grams (the planner's statistics).
 */
export type SearchPath = 'grams' | 'body' | 'scope';
const PLAN_CACHE_MS = 10 * 60_000;

/**
 * The planner keeps what it read (the grams' frequencies, each body's size) for ten minutes. Its caches live in the
 * object: the application makes one at start-up and hands it to the work list; a test makes its own.
 */
export function createSearchPlanner() {
  let gramStats: { at: number; freq: Map<string, number>; floor: number } | undefined;
  const scopeSizes = new Map<number, { at: number; own: number }>();

  return {
    async path(db: Executor, actor: Pick<Actor, 'orgPath' | 'orgId'>, terms: string[], page: number): Promise<SearchPath> {
      if (actor.orgPath === `/${actor.orgId}/`) return 'grams'; // the top body: its scope is every petition
      const grams = [...new Set(terms.flatMap(termGrams))];
      if (!grams.length) return 'scope';
      if (!gramStats || Date.now() - gramStats.at > PLAN_CACHE_MS) {
        const { rows } = await sql<{ e: string[] | null; f: number[] | null }>`
      select most_common_elems::text::text[] as e, most_common_elem_freqs as f from pg_stats
      where schemaname = current_schema() and tablename = 'petitions' and attname = 'search_grams'`.execute(db);
        const e = rows[0]?.e ?? [];
        const f = rows[0]?.f ?? [];
        // After the listed elements' frequencies comes the lowest of them: every element not listed is rarer.
        gramStats = { at: Date.now(), freq: new Map(e.map((x, i) => [x, f[i]!])), floor: f[e.length] ?? 0 };
      }
      let scope = scopeSizes.get(actor.orgId);
      if (!scope || Date.now() - scope.at > PLAN_CACHE_MS) {
        const registered = await allTimeRegistered(db, [actor.orgId]);
        scope = { at: Date.now(), own: registered.get(actor.orgId) ?? 0 };
        scopeSizes.set(actor.orgId, scope);
      }
      const { freq, floor } = gramStats;
      // A gram too rare to be listed counts as half the rarest listed. A phrase's grams go together (违章, 章建 of
      // 违章建筑), so the phrase counts as its rarest gram. Why these choices, measured at 1M petitions:
      // docs/PERFORMANCE.md § Measurements behind code choices.
      const share = Math.min(...grams.map((g) => freq.get(g) ?? floor / 2));
      return Math.min(scope.own, page / share) < scope.own * share ? 'scope' : 'body';
    },
  };
}
export type SearchPlanner = ReturnType<typeof createSearchPlanner>;
