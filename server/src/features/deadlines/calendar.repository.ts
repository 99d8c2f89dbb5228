import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { SpecialDay } from './calendar.js';

export const calendarRepository = {
  years(db: Executor) {
    return db.selectFrom('calendar_years').selectAll().orderBy('year').execute();
  },
  days(db: Executor): Promise<SpecialDay[]> {
    return db.selectFrom('calendar_days').select(['date', 'kind', 'name']).orderBy('date').execute();
  },
  /**
   * Replaces one year's arrangement. The year's row is written first: its row lock makes a simultaneous save of
   * the same year wait until this one commits, and then replace these days rather than collide with them.
   */
  async setYear(db: Executor, year: number, notice: string, days: SpecialDay[], userId: number) {
    await db
      .insertInto('calendar_years')
      .values({ year, notice, entered_by: userId })
      .onConflict((oc) => oc.column('year').doUpdateSet({ notice, entered_by: userId, entered_at: sql`now()` }))
      .execute();
    await db
      .deleteFrom('calendar_days')
      .where(sql<boolean>`extract(year from date) = ${year}`)
      .execute();
    if (days.length) await db.insertInto('calendar_days').values(days).execute();
  },
  /** The pack of the nearest body at or above this one that sets one. */
  async effectivePack(db: Executor, orgId: number): Promise<string | null> {
    const { rows } = await sql<{ policy_pack: string }>`
      select a.policy_pack from orgs o join orgs a on o.path like a.path || '%'
      where o.id = ${orgId} and a.policy_pack is not null order by a.depth desc limit 1`.execute(db);
    return rows[0]?.policy_pack ?? null;
  },
};
