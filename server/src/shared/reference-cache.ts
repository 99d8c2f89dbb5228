import type { Executor } from '../db/database.js';

/** Reference data whose every change moves its row of reference_versions (migration 0049). */
export type Reference = 'categories' | 'orgs' | 'assist_routes' | 'assist_body_rules' | 'assist_models';

/** The versions of all reference data as one read saw them: a request reads them once and asks its caches with them. */
export type Versions = ReadonlyMap<Reference, number>;

export async function readVersions(db: Executor): Promise<Versions> {
  const rows = await db.selectFrom('reference_versions').select(['name', 'version']).execute();
  return new Map(rows.map((r) => [r.name as Reference, r.version]));
}

/** How many answers one cache holds (per actor's body, say); the oldest goes first. */
const HELD = 500;

/**
 * Answers from reference data kept in this process, read again only when the data's version has moved: one read
 * of every version per request instead of hundreds of rows read and parsed (docs/PERFORMANCE.md § Smart
 * assistance). The versions are read before the data, so what is kept is never older than the version it is kept
 * under; another server's change is seen by the next request.
 */
export function referenceCache<K, T>(reference: Reference, load: (db: Executor, key: K) => Promise<T>, keyOf: (key: K) => string) {
  let version: number | undefined;
  const held = new Map<string, T>();
  return async (db: Executor, versions: Versions, key: K): Promise<T> => {
    const now = versions.get(reference);
    if (now === undefined) throw new Error(`no version of ${reference}`);
    if (now !== version) {
      held.clear();
      version = now;
    }
    const at = keyOf(key);
    if (held.has(at)) return held.get(at)!;
    const value = await load(db, key);
    // A newer version seen by a request that overlapped this one has cleared the map: this answer belongs to the old one.
    if (version === now) {
      if (held.size >= HELD) held.delete(held.keys().next().value!);
      held.set(at, value);
    }
    return value;
  };
}

/** One answer from reference data (a whole table, say), kept as `referenceCache` keeps its answers. */
export function referenceValue<T>(reference: Reference, load: (db: Executor) => Promise<T>) {
  const cache = referenceCache(reference, load, () => '');
  return (db: Executor, versions: Versions): Promise<T> => cache(db, versions, undefined);
}
