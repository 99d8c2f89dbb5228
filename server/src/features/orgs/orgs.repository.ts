import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { NewOrg, Org, OrgUpdate } from '../../db/types.js';

export const orgsRepository = {
  /** Bodies whose path starts with scopePath, parents before children. */
  listInScope(db: Executor, scopePath: string, includeInactive: boolean): Promise<Org[]> {
    let q = db.selectFrom('orgs').selectAll().where('path', 'like', `${scopePath}%`);
    if (!includeInactive) q = q.where('active', '=', true);
    return q.orderBy('depth').orderBy('kind').orderBy('name').execute();
  },

  /** Every active body: names and places in the tree are public, and pickers need bodies outside one's scope. */
  directory(db: Executor) {
    return db
      .selectFrom('orgs')
      .select(['id', 'parent_id', 'kind', 'name', 'short_name'])
      .where('active', '=', true)
      .orderBy('depth')
      .orderBy('name')
      .execute();
  },

  findById(db: Executor, id: number): Promise<Org | undefined> {
    return db.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findManyByIds(db: Executor, ids: number[]): Promise<Org[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('orgs').selectAll().where('id', 'in', ids).execute();
  },

  /** Inserts and sets the materialised path from the parent's. */
  async insert(db: Executor, row: Omit<NewOrg, 'path' | 'depth'>, parent: Org | null): Promise<Org> {
    const inserted = await db
      .insertInto('orgs')
      .values({ ...row, path: '', depth: parent ? parent.depth + 1 : 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    return db
      .updateTable('orgs')
      .set({ path: `${parent?.path ?? '/'}${inserted.id}/` })
      .where('id', '=', inserted.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  update(db: Executor, id: number, patch: OrgUpdate): Promise<Org> {
    return db
      .updateTable('orgs')
      .set({ ...patch, updated_at: sql`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** Re-roots the body and everything below it under a new parent in one statement. */
  async moveSubtree(db: Executor, org: Org, parent: Org): Promise<void> {
    const newPath = `${parent.path}${org.id}/`;
    const depthDelta = parent.depth + 1 - org.depth;
    await db
      .updateTable('orgs')
      .set({
        path: sql`${newPath} || substr(path, ${org.path.length + 1})`,
        depth: sql`depth + ${depthDelta}`,
        parent_id: sql`case when id = ${org.id} then ${parent.id}::integer else parent_id end`,
        updated_at: sql`now()`,
      })
      .where('path', 'like', `${org.path}%`)
      .execute();
  },

  async siblingNameTaken(db: Executor, parentId: number | null, name: string, exceptId?: number): Promise<boolean> {
    let q = db
      .selectFrom('orgs')
      .select('id')
      .where(sql`coalesce(parent_id, 0)`, '=', parentId ?? 0)
      .where('name', '=', name);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return Boolean(await q.executeTakeFirst());
  },

  async codeTaken(db: Executor, code: string, exceptId?: number): Promise<boolean> {
    let q = db
      .selectFrom('orgs')
      .select('id')
      .where(sql`lower(code)`, '=', code.toLowerCase());
    if (exceptId) q = q.where('id', '!=', exceptId);
    return Boolean(await q.executeTakeFirst());
  },

  async countActiveChildren(db: Executor, id: number): Promise<number> {
    const r = await db
      .selectFrom('orgs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', id)
      .where('active', '=', true)
      .executeTakeFirstOrThrow();
    return r.n;
  },

  async countActiveUsers(db: Executor, id: number): Promise<number> {
    const r = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', id)
      .where('active', '=', true)
      .executeTakeFirstOrThrow();
    return r.n;
  },
};
