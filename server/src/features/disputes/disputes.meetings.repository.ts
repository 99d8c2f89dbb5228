import { sql, type Insertable } from 'kysely';
import { disputeVisibleTo, visibleTo, type Reader } from '../../access/visibility.js';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/schema.gen.js';

const tasks = (db: Executor) =>
  db.selectFrom('meeting_tasks as t').innerJoin('orgs as o', 'o.id', 't.org_id').selectAll('t').select('o.name as org_name');

/** A meeting the reader sees: held by its body or one below, or giving its body a task. */
const meetingVisible = (reader: Reader) =>
  sql<boolean>`(exists (select 1 from orgs mo where mo.id = m.org_id and mo.path like ${`${reader.orgPath}%`})
    or exists (select 1 from meeting_tasks mt where mt.meeting_id = m.id and mt.org_id = ${reader.orgId}))`;

export const meetingsRepository = {
  async insert(db: Executor, row: Insertable<DB['dispute_meetings']>): Promise<number> {
    return (await db.insertInto('dispute_meetings').values(row).returning('id').executeTakeFirstOrThrow()).id;
  },

  async insertTask(db: Executor, row: Insertable<DB['meeting_tasks']>): Promise<number> {
    return (await db.insertInto('meeting_tasks').values(row).returning('id').executeTakeFirstOrThrow()).id;
  },

  find(db: Executor, reader: Reader, id: number) {
    return db
      .selectFrom('dispute_meetings as m')
      .innerJoin('orgs as o', 'o.id', 'm.org_id')
      .selectAll('m')
      .select('o.name as org_name')
      .where('m.id', '=', id)
      .where(meetingVisible(reader))
      .executeTakeFirst();
  },

  /** Meetings the reader sees, latest first. */
  list(db: Executor, reader: Reader, limit: number) {
    return db
      .selectFrom('dispute_meetings as m')
      .innerJoin('orgs as o', 'o.id', 'm.org_id')
      .selectAll('m')
      .select('o.name as org_name')
      .where(meetingVisible(reader))
      .orderBy('m.held_on', 'desc')
      .orderBy('m.id', 'desc')
      .limit(limit)
      .execute();
  },

  tasksOf(db: Executor, meetingIds: number[]) {
    if (!meetingIds.length) return Promise.resolve([]);
    return tasks(db).where('t.meeting_id', 'in', meetingIds).orderBy('t.meeting_id').orderBy('t.position').execute();
  },

  /** Decisions still open: of the meetings the body held (the next meeting's agenda), or given to it. */
  openTasks(db: Executor, by: { meetingOrgId: number } | { orgId: number }) {
    const q = tasks(db).innerJoin('dispute_meetings as m', 'm.id', 't.meeting_id').where('t.done_at', 'is', null);
    return ('meetingOrgId' in by ? q.where('m.org_id', '=', by.meetingOrgId) : q.where('t.org_id', '=', by.orgId))
      .orderBy('t.due_on')
      .orderBy('t.id')
      .execute();
  },

  lockTask(db: Executor, id: number) {
    return tasks(db).where('t.id', '=', id).forUpdate('t').executeTakeFirst();
  },

  async markDone(db: Executor, id: number, userId: number, note: string) {
    await db
      .updateTable('meeting_tasks')
      .set({ done_at: sql`now()`, done_by: userId, done_note: note })
      .where('id', '=', id)
      .execute();
  },

  /** The disputes among these the reader sees. */
  visibleDisputes(db: Executor, reader: Reader, ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return db
      .selectFrom('disputes as d')
      .select(['d.id', 'd.number', 'd.title'])
      .where('d.id', 'in', ids)
      .where(disputeVisibleTo(reader))
      .execute();
  },

  /** The petitions among these the reader sees. */
  visiblePetitions(db: Executor, reader: Reader, ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return db
      .selectFrom('petitions as p')
      .select(['p.id', 'p.number', 'p.title'])
      .where('p.id', 'in', ids)
      .where(visibleTo(reader))
      .execute();
  },

  /** Whether the body held an analysis meeting in the China month of `day`. */
  async heldInMonth(db: Executor, orgId: number, day: string): Promise<boolean> {
    const r = await db
      .selectFrom('dispute_meetings')
      .select('id')
      .where('org_id', '=', orgId)
      .where('kind', '=', 'analysis')
      .where(sql<boolean>`date_trunc('month', held_on) = date_trunc('month', ${day}::date)`)
      .executeTakeFirst();
    return Boolean(r);
  },
};
export type TaskRow = Awaited<ReturnType<typeof meetingsRepository.tasksOf>>[number];
