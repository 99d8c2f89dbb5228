import { sql, type Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { PetitionClockTable } from '../../db/types.js';

export const clocksRepository = {
  async insert(db: Executor, row: Insertable<PetitionClockTable>) {
    await db.insertInto('petition_clocks').values(row).execute();
  },

  /** Stops the open clocks of a petition with the given keys. */
  async stop(db: Executor, petitionId: number, keys: string[], event: string) {
    if (!keys.length) return;
    await db
      .updateTable('petition_clocks')
      .set({ stopped_at: sql`now()`, stop_event: event })
      .where('petition_id', '=', petitionId)
      .where('key', 'in', keys)
      .where('stopped_at', 'is', null)
      .execute();
  },

  forPetitions(db: Executor, petitionIds: number[]) {
    if (!petitionIds.length) return Promise.resolve([]);
    return db
      .selectFrom('petition_clocks')
      .selectAll()
      .where('petition_id', 'in', petitionIds)
      .orderBy('started_at')
      .orderBy('id')
      .execute();
  },

  /**
   * Re-grades every open clock in one statement and records a warning the first time a clock reaches each
   * grade (the primary key makes a second recording, by this or another instance, a no-op).
   */
  async sweep(db: Executor, now: Date): Promise<{ regraded: number; warnings: number }> {
    const { rows } = await sql<{ regraded: number; warnings: number }>`
      with graded as (
        select id, case
          when due_at < ${now} then 'overdue'
          when ((due_at - interval '1 millisecond') at time zone 'Asia/Shanghai')::date = (${now}::timestamptz at time zone 'Asia/Shanghai')::date then 'due_today'
          when due_at - ${now} <= (due_at - started_at) * 0.2 then 'due_soon'
          else 'normal' end as grade
        from petition_clocks where stopped_at is null
      ), changed as (
        update petition_clocks c set grade = g.grade from graded g
        where c.id = g.id and c.grade <> g.grade
        returning c.id, c.grade
      ), warned as (
        insert into clock_warnings (clock_id, grade)
        select id, grade from changed where grade <> 'normal'
        on conflict do nothing
        returning clock_id
      )
      select (select count(*) from changed)::int as regraded, (select count(*) from warned)::int as warnings`.execute(db);
    return rows[0]!;
  },
};
