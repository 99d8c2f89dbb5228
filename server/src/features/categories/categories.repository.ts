import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

export const categoriesRepository = {
  list(db: Executor) {
    return db.selectFrom('categories').selectAll().orderBy('path').execute();
  },

  findById(db: Executor, id: number) {
    return db.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** The category and every category below it. */
  async subtreeIds(db: Executor, id: number): Promise<number[]> {
    const cat = await this.findById(db, id);
    if (!cat) return [];
    const rows = await db
      .selectFrom('categories')
      .select('id')
      .where((eb) => eb.or([eb('id', '=', id), eb('path', 'like', `${cat.path}/%`)]))
      .execute();
    return rows.map((r) => r.id);
  },

  async nameTaken(db: Executor, parentId: number | null, name: string, exceptId?: number) {
    let q = db
      .selectFrom('categories')
      .select('id')
      .where(sql`coalesce(parent_id, 0)`, '=', parentId ?? 0)
      .where('name', '=', name);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return Boolean(await q.executeTakeFirst());
  },

  insert(db: Executor, row: { parent_id: number | null; level: number; name: string; path: string }) {
    return db.insertInto('categories').values(row).returningAll().executeTakeFirstOrThrow();
  },

  /** Renames and rewrites the path of the category and its descendants. */
  async rename(db: Executor, id: number, oldPath: string, newPath: string, name: string) {
    await db
      .updateTable('categories')
      .set({ name, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
    await db
      .updateTable('categories')
      .set({ path: sql`${newPath} || substr(path, ${oldPath.length + 1})` })
      .where((eb) => eb.or([eb('id', '=', id), eb('path', 'like', `${oldPath}/%`)]))
      .execute();
  },

  setActive(db: Executor, id: number, active: boolean) {
    return db
      .updateTable('categories')
      .set({ active, updated_at: sql`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },
};
