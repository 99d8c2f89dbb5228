import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

export const savedFiltersRepository = {
  /** The actor's own filters and those shared with their body. */
  listFor(db: Executor, userId: number, orgId: number) {
    return db
      .selectFrom('saved_filters')
      .selectAll()
      .where('removed_at', 'is', null)
      .where((eb) => eb.or([eb('owner_id', '=', userId), eb.and([eb('scope', '=', 'org'), eb('org_id', '=', orgId)])]))
      .orderBy('scope')
      .orderBy('name')
      .execute();
  },
  insert(db: Executor, row: { name: string; owner_id: number; org_id: number; scope: 'personal' | 'org'; filter: string }) {
    return db.insertInto('saved_filters').values(row).returningAll().executeTakeFirstOrThrow();
  },
  findById(db: Executor, id: number) {
    return db.selectFrom('saved_filters').selectAll().where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
  },
  async remove(db: Executor, id: number) {
    await db
      .updateTable('saved_filters')
      .set({ removed_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  },
};
