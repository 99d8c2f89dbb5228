import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/db.js';
import { readVersions, referenceCache } from './reference-cache.js';

const { db } = await createTestDatabase();

/** A cache of the categories' names under a prefix, counting how often it reads them. */
function namesCache() {
  const reads: string[] = [];
  const names = referenceCache(
    'categories',
    async (trx, prefix: string) => {
      reads.push(prefix);
      const rows = await trx.selectFrom('categories').select('name').where('name', 'like', `${prefix}%`).orderBy('name').execute();
      return rows.map((r) => r.name);
    },
    (prefix) => prefix,
  );
  // As a request asks: the versions read once, then the cache.
  return { names: async (prefix: string) => names(db, await readVersions(db), prefix), reads };
}

describe('reference data kept in the process', () => {
  it('is read once while its version stands, and again after any statement changes it', async () => {
    const top = await db
      .insertInto('categories')
      .values({ parent_id: null, level: 1, name: '缓存甲', path: '缓存甲' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { names, reads } = namesCache();
    expect(await names('缓存')).toEqual(['缓存甲']);
    expect(await names('缓存')).toEqual(['缓存甲']);
    expect(reads).toEqual(['缓存']);

    // A body changing is another kind of reference data: the taxonomy is not read again.
    await sql`update orgs set name = name where id = (select min(id) from orgs)`.execute(db);
    expect(await names('缓存')).toEqual(['缓存甲']);
    expect(reads).toEqual(['缓存']);

    // Written by plain SQL, not through the feature's repository: the trigger still moves the version.
    await sql`update categories set name = '缓存乙', path = '缓存乙' where id = ${top.id}`.execute(db);
    expect(await names('缓存')).toEqual(['缓存乙']);
    await db.insertInto('categories').values({ parent_id: top.id, level: 2, name: '缓存丙', path: '缓存乙/缓存丙' }).execute();
    expect(await names('缓存')).toEqual(['缓存丙', '缓存乙']);
    expect(reads).toEqual(['缓存', '缓存', '缓存']);
  });

  it('keeps each key apart, and drops them all when the version moves', async () => {
    const { names, reads } = namesCache();
    await names('缓存乙');
    await names('缓存丙');
    await names('缓存乙');
    expect(reads).toEqual(['缓存乙', '缓存丙']);
    await sql`update categories set active = active where name = '缓存丙'`.execute(db);
    await names('缓存丙');
    await names('缓存乙');
    expect(reads).toEqual(['缓存乙', '缓存丙', '缓存丙', '缓存乙']);
  });
});
