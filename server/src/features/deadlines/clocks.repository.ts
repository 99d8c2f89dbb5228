import { sql, type Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { PetitionClockTable } from '../../db/types.js';
import { DUE_SOON_SHARE } from './clock.js';
import { PETITIONER_WINDOWS } from './policies.js';

/** Whose time a clock measures: a petition's, a dispute's or a meeting decision's (petition_clocks names one). */
export type ClockSubject = { petitionId: number } | { disputeId: number } | { meetingTaskId: number };

/** The column naming the subject, and its id. */
function subjectOf(s: ClockSubject) {
  if ('petitionId' in s) return ['petition_id', s.petitionId] as const;
  if ('disputeId' in s) return ['dispute_id', s.disputeId] as const;
  return ['meeting_task_id', s.meetingTaskId] as const;
}

/** The clock row's columns naming its subject (the other two null: a CHECK wants exactly one). */
export function subjectColumns(s: ClockSubject) {
  const [column, id] = subjectOf(s);
  return { petition_id: null, dispute_id: null, meeting_task_id: null, [column]: id };
}

/** The grade of an open clock at `now`, in SQL: the same rules as grade() in clock.ts. */
export function gradeAt(now: Date | 'now', alias = 'c') {
  const t = now === 'now' ? sql`now()` : sql`${now}::timestamptz`;
  const c = (col: string) => sql.ref(`${alias}.${col}`);
  return sql<'normal' | 'due_soon' | 'due_today' | 'overdue'>`case
    when ${c('due_at')} < ${t} then 'overdue'
    when ((${c('due_at')} - interval '1 millisecond') at time zone 'Asia/Shanghai')::date = (${t} at time zone 'Asia/Shanghai')::date then 'due_today'
    when ${c('due_at')} - ${t} <= (${c('due_at')} - ${c('started_at')}) * ${sql.lit(DUE_SOON_SHARE)} then 'due_soon'
    else 'normal' end`;
}

/**
 * An open clock has this grade at `now`: the rule of gradeAt, with a range of due_at that the open-clocks index
 * answers and the planner can estimate. 已超期 is exactly due_at < now (the rule's first branch); the other grades
 * are not overdue, 今日到期 ends within a day, and 即将到期 has begun by soon_at.
 */
export function hasGrade(grade: string, now: Date | 'now' = 'now', alias = 'c') {
  const t = now === 'now' ? sql`now()` : sql`${now}::timestamptz`;
  const due = sql.ref(`${alias}.due_at`);
  if (grade === 'overdue') return sql<boolean>`${due} < ${t}`;
  // 即将到期 starts at soon_at (kept by a trigger, indexed); the rule itself decides, the slack only covers a day
  // that is not 24 hours in a time zone with summer time.
  const within =
    grade === 'due_today'
      ? sql`and ${due} < ${t} + interval '1 day 1 millisecond'`
      : grade === 'due_soon'
        ? sql`and ${sql.ref(`${alias}.soon_at`)} <= ${t} + interval '2 hours'`
        : sql``;
  return sql<boolean>`(${due} >= ${t} ${within} and ${gradeAt(now, alias)} = ${grade})`;
}

/** The clock is a body's duty, not the petitioner's window (those are never warnings). */
export function bodyClock(alias = 'c') {
  return sql<boolean>`${sql.ref(`${alias}.key`)} <> all(${PETITIONER_WINDOWS}::text[])`;
}

export const clocksRepository = {
  async insert(db: Executor, row: Insertable<PetitionClockTable>): Promise<number> {
    return (await db.insertInto('petition_clocks').values(row).returning('id').executeTakeFirstOrThrow()).id;
  },

  /** Records a clock's warning of this grade, once (the sweep's own record of it is the same row). */
  async warn(db: Executor, clockId: number, grade: string) {
    await db
      .insertInto('clock_warnings')
      .values({ clock_id: clockId, grade })
      .onConflict((oc) => oc.doNothing())
      .execute();
  },

  open(db: Executor, subject: ClockSubject) {
    const [column, id] = subjectOf(subject);
    return db.selectFrom('petition_clocks').selectAll().where(column, '=', id).where('stopped_at', 'is', null).execute();
  },

  async stopIds(db: Executor, ids: number[], event: string) {
    if (!ids.length) return;
    await db
      .updateTable('petition_clocks')
      .set({ stopped_at: sql`now()`, stop_event: event })
      .where('id', 'in', ids)
      .execute();
  },

  /** Opens again the clocks of a petition that `event` stopped (and only those). */
  async reopen(db: Executor, petitionId: number, event: string) {
    await db
      .updateTable('petition_clocks')
      .set({ stopped_at: null, stop_event: null })
      .where('petition_id', '=', petitionId)
      .where('stop_event', '=', event)
      .execute();
  },

  async reschedule(db: Executor, id: number, patch: { due_at: Date; provisional: boolean; extended: number }) {
    await db.updateTable('petition_clocks').set(patch).where('id', '=', id).execute();
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

  forDispute(db: Executor, disputeId: number) {
    return db.selectFrom('petition_clocks').selectAll().where('dispute_id', '=', disputeId).orderBy('started_at').orderBy('id').execute();
  },

  forMeetingTasks(db: Executor, taskIds: number[]) {
    if (!taskIds.length) return Promise.resolve([]);
    return db.selectFrom('petition_clocks').selectAll().where('meeting_task_id', 'in', taskIds).orderBy('id').execute();
  },

  /**
   * Re-grades every open clock of a body in one statement and records a warning the first time a clock reaches each
   * grade; petitioners' windows that ran out are closed (the primary key makes a second recording, by this or another instance, a no-op).
   */
  async sweep(db: Executor, now: Date): Promise<{ regraded: number; warnings: number }> {
    const { rows } = await sql<{ regraded: number; warnings: number }>`
      with expired as (
        update petition_clocks c set stopped_at = c.due_at, stop_event = 'expired'
        where c.stopped_at is null and not ${bodyClock()} and c.due_at < ${now}
      ), changed as (
        -- One pass over the open clocks: grading them in a separate step and joining back read the table twice.
        update petition_clocks c set grade = ${gradeAt(now)}
        where c.stopped_at is null and ${bodyClock()} and c.grade <> ${gradeAt(now)}
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
