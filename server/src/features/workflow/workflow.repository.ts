import type { InboxSection } from '@xinfang/domain';
import { sql, type Insertable, type Kysely, type RawBuilder, type Updateable } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { Executor } from '../../db/database.js';
import type {
  DB,
  DecisionTable,
  ExtensionTable,
  HandlingRecordTable,
  PetitionAssignmentTable,
  ProceedingTable,
  SupervisionTable,
} from '../../db/types.js';
import { bodyClock, gradeAt, hasGrade } from '../deadlines/index.js';
import { policyColumns } from '../petitions/index.js';
import { visibleTo } from '../../access/visibility.js';
import { INBOX, inboxStatuses } from './lifecycle.js';

/** Name of a body and of a user, for the rows shown on the detail. */
const orgName = (col: string) => sql<string>`(select o.name from orgs o where o.id = ${sql.ref(col)})`;
const userName = (col: string) => sql<string>`(select u.display_name from users u where u.id = ${sql.ref(col)})`;

type Updatable = 'petition_assignments' | 'extensions' | 'decisions' | 'proceedings' | 'supervisions';

export const workflowRepository = {
  /** The petition row locked for the action: concurrent actions on one petition run one after the other. */
  lockPetition(db: Executor, id: number) {
    return db.selectFrom('petitions as p').selectAll('p').select(policyColumns()).where('p.id', '=', id).forUpdate().executeTakeFirst();
  },

  /** Everything the workflow recorded for one petition, with names, oldest first. */
  async load(db: Executor, petitionId: number) {
    const [assignments, records, extensions, decisions, proceedings, supervisions, instructions, instructionRecipients, ownership] =
      await Promise.all([
        db
          .selectFrom('petition_assignments as a')
          .selectAll('a')
          .select([orgName('a.from_org_id').as('from_org_name'), orgName('a.to_org_id').as('to_org_name')])
          .where('a.petition_id', '=', petitionId)
          .orderBy('a.id')
          .execute(),
        db
          .selectFrom('handling_records as r')
          .selectAll('r')
          .select([orgName('r.org_id').as('org_name'), userName('r.created_by').as('created_by_name')])
          .where('r.petition_id', '=', petitionId)
          .orderBy('r.id')
          .execute(),
        db
          .selectFrom('extensions as e')
          .selectAll('e')
          .select([userName('e.requested_by').as('requested_by_name'), userName('e.decided_by').as('decided_by_name')])
          .where('e.petition_id', '=', petitionId)
          .orderBy('e.id')
          .execute(),
        db
          .selectFrom('decisions as d')
          .selectAll('d')
          .select([
            orgName('d.org_id').as('org_name'),
            orgName('d.review_org_id').as('review_org_name'),
            userName('d.issued_by').as('issued_by_name'),
          ])
          .where('d.petition_id', '=', petitionId)
          .orderBy('d.id')
          .execute(),
        db
          .selectFrom('proceedings as g')
          .selectAll('g')
          .select(orgName('g.org_id').as('org_name'))
          .where('g.petition_id', '=', petitionId)
          .orderBy('g.id')
          .execute(),
        db
          .selectFrom('supervisions as s')
          .selectAll('s')
          .select([
            orgName('s.from_org_id').as('from_org_name'),
            orgName('s.to_org_id').as('to_org_name'),
            userName('s.created_by').as('created_by_name'),
            userName('s.replied_by').as('replied_by_name'),
          ])
          .where('s.petition_id', '=', petitionId)
          .orderBy('s.id')
          .execute(),
        db
          .selectFrom('instructions as i')
          .selectAll('i')
          .select([orgName('i.org_id').as('org_name'), userName('i.leader_id').as('leader_name')])
          .where('i.petition_id', '=', petitionId)
          .orderBy('i.id')
          .execute(),
        db
          .selectFrom('instruction_recipients as r')
          .selectAll('r')
          .select([orgName('r.org_id').as('org_name'), userName('r.acknowledged_by').as('acknowledged_by_name')])
          .where('r.petition_id', '=', petitionId)
          .orderBy('r.id')
          .execute(),
        db
          .selectFrom('ownerships as w')
          .selectAll('w')
          .select([orgName('w.org_id').as('org_name'), userName('w.leader_id').as('leader_name')])
          .where('w.petition_id', '=', petitionId)
          .executeTakeFirst(),
      ]);
    // Parts handed to villages for mediation whose result has not come back: disputes opened from this petition.
    const mediations = await db
      .selectFrom('disputes as d')
      .select(['d.id', 'd.org_id', orgName('d.org_id').as('org_name')])
      .where('d.source_petition_id', '=', petitionId)
      .where('d.reported_back_at', 'is', null)
      .orderBy('d.id')
      .execute();
    const ownershipItems = ownership
      ? await db.selectFrom('ownership_items').selectAll().where('ownership_id', '=', ownership.id).orderBy('done_on').execute()
      : [];
    return {
      assignments,
      records,
      extensions,
      decisions,
      proceedings,
      supervisions,
      instructions,
      instructionRecipients,
      ownership,
      ownershipItems,
      mediations,
    };
  },

  async insert<
    T extends
      | 'petition_assignments'
      | 'handling_records'
      | 'extensions'
      | 'decisions'
      | 'proceedings'
      | 'supervisions'
      | 'instructions'
      | 'ownerships',
  >(db: Executor, table: T, row: Insertable<DB[T]>): Promise<number> {
    // The tables differ only in columns; each has a generated id.
    const loose = db as unknown as Kysely<Record<string, { id: number }>>;
    const r = await loose
      .insertInto(table as string)
      .values(row as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },

  async update<T extends Updatable>(db: Executor, table: T, id: number, patch: Updateable<DB[T]>) {
    const loose = db as unknown as Kysely<Record<string, { id: number }>>;
    await loose
      .updateTable(table as string)
      .set(patch as never)
      .where('id', '=', id)
      .execute();
  },

  /** An instruction sent to bodies: one open row each, until a user of the body acknowledges it. */
  async sendInstruction(db: Executor, petitionId: number, instructionId: number, orgIds: number[]) {
    if (!orgIds.length) return;
    await db
      .insertInto('instruction_recipients')
      .values(orgIds.map((orgId) => ({ instruction_id: instructionId, petition_id: petitionId, org_id: orgId })))
      .execute();
  },

  /** A user of the body acknowledges the open instructions of the petition sent to it. */
  async acknowledgeInstructions(db: Executor, ids: number[], userId: number) {
    await db
      .updateTable('instruction_recipients')
      .set({ acknowledged_at: new Date(), acknowledged_by: userId })
      .where('id', 'in', ids)
      .where('acknowledged_at', 'is', null)
      .execute();
  },

  /** The routed, assisting or reviewing body may see the petition from now on. */
  async grantAccess(db: Executor, petitionId: number, orgId: number) {
    await db
      .insertInto('petition_access')
      .values({ petition_id: petitionId, org_id: orgId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  },

  async setOwnershipItem(db: Executor, ownershipId: number, item: string, doneOn: string, note: string) {
    await db
      .insertInto('ownership_items')
      .values({ ownership_id: ownershipId, item, done_on: doneOn, note })
      .onConflict((oc) => oc.columns(['ownership_id', 'item']).doUpdateSet({ done_on: doneOn, note }))
      .execute();
  },

  /** Open deadlines of bodies on petitions the actor sees, soonest first; `own` keeps those of the actor's body. */
  deadlines(db: Executor, actor: Actor, f: { own: boolean; grade?: string | undefined; limit: number }) {
    return db
      .selectFrom('petition_clocks as c')
      .innerJoin('petitions as p', 'p.id', 'c.petition_id')
      .innerJoin('orgs as o', 'o.id', 'c.org_id')
      .selectAll('c')
      .select(['p.number', 'p.title', 'p.status', 'o.name as org_name'])
      .where('c.stopped_at', 'is', null)
      .where(bodyClock())
      .where(visibleTo(actor))
      .$if(f.own, (q) => q.where('c.org_id', '=', actor.orgId))
      .$if(f.grade !== undefined, (q) => q.where(hasGrade(f.grade!)))
      .orderBy('c.due_at')
      .limit(f.limit)
      .execute();
  },

  /** The warning board: open deadlines of petitions the actor sees, by the body that must act and by grade. */
  board(db: Executor, actor: Actor) {
    return db
      .selectFrom('petition_clocks as c')
      .innerJoin('petitions as p', 'p.id', 'c.petition_id')
      .innerJoin('orgs as o', 'o.id', 'c.org_id')
      .select([
        'c.org_id',
        'o.name as org_name',
        sql<number>`count(*)::int`.as('open'),
        sql<number>`(count(*) filter (where ${gradeAt('now')} = 'due_soon'))::int`.as('due_soon'),
        sql<number>`(count(*) filter (where ${gradeAt('now')} = 'due_today'))::int`.as('due_today'),
        sql<number>`(count(*) filter (where ${gradeAt('now')} = 'overdue'))::int`.as('overdue'),
      ])
      .where('c.stopped_at', 'is', null)
      .where(bodyClock())
      .where(visibleTo(actor))
      .groupBy(['c.org_id', 'o.name'])
      .orderBy(sql`5 desc, 4 desc, 3 desc`)
      .execute();
  },

  ownershipItemsOf(db: Executor, leaderId: number) {
    return db
      .selectFrom('ownerships as w')
      .leftJoin('ownership_items as i', 'i.ownership_id', 'w.id')
      .select(['w.petition_id', 'w.since', 'i.item', 'i.done_on', 'i.note'])
      .where('w.leader_id', '=', leaderId)
      .execute();
  },

  /** Hearings of a petition: the stretches its pausable clocks do not run. */
  hearings(db: Executor, petitionId: number) {
    return db
      .selectFrom('handling_records')
      .select(['hearing_from', 'hearing_to'])
      .where('petition_id', '=', petitionId)
      .where('kind', '=', 'hearing')
      .execute();
  },

  /** The latest open clock of a petition with this key (the petitioner's review window, for instance). */
  lastClock(db: Executor, petitionId: number, key: string) {
    return db
      .selectFrom('petition_clocks')
      .selectAll()
      .where('petition_id', '=', petitionId)
      .where('key', '=', key)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  },
};

/** The relations an inbox section waits on (lifecycle.ts INBOX), as conditions on petitions `p` for a body. */
const RELATION_SQL: Record<(typeof INBOX)[InboxSection]['by'], (orgId: number) => RawBuilder<boolean>> = {
  // Only the router itself: bodies above it may route too, but it is not their work.
  router: (orgId) => sql`coalesce(p.router_org_id, p.org_id) = ${orgId}`,
  receiver: (orgId) => sql`exists (select 1 from petition_assignments a
    where a.petition_id = p.id and a.mode <> 'assist' and a.status = 'pending' and a.to_org_id = ${orgId})`,
  holder: (orgId) => sql`p.holder_org_id = ${orgId}`,
  assistant: (orgId) => sql`exists (select 1 from petition_assignments a
    where a.petition_id = p.id and a.mode = 'assist' and a.status = 'pending' and a.to_org_id = ${orgId})`,
  approver: (orgId) => sql`exists (select 1 from extensions e where e.petition_id = p.id and e.status = 'pending' and e.org_id = ${orgId})`,
  // The first assigner of a 交办 chain: it assigned the matter and did not itself receive it by 交办.
  assigner: (orgId) => sql`exists (select 1 from petition_assignments a
    where a.petition_id = p.id and a.mode = 'assign' and a.status = 'received' and a.from_org_id = ${orgId})
    and not exists (select 1 from petition_assignments b
    where b.petition_id = p.id and b.mode = 'assign' and b.status = 'received' and b.to_org_id = ${orgId})`,
  reviewer: (orgId) => sql`exists (select 1 from proceedings g where g.petition_id = p.id and g.status = 'open' and g.org_id = ${orgId})`,
  supervised: (orgId) =>
    sql`exists (select 1 from supervisions s where s.petition_id = p.id and s.replied_at is null and s.to_org_id = ${orgId})`,
  instructed: (orgId) => sql`exists (select 1 from instruction_recipients r
    where r.petition_id = p.id and r.acknowledged_at is null and r.org_id = ${orgId})`,
};

/**
 * An inbox section as a condition on petitions `p` for the actor's body: its relation, in its statuses; a 合并件 waits
 * on nobody (no action is open to it: lifecycle.ts WHILE_MERGED).
 */
export function inboxCondition(section: InboxSection, orgId: number) {
  const statuses = inboxStatuses(section);
  const relation = RELATION_SQL[INBOX[section].by](orgId);
  const unmerged = sql<boolean>`p.merged_into_id is null`;
  return statuses
    ? sql<boolean>`(p.status in (${sql.join(statuses)}) and ${relation} and ${unmerged})`
    : sql<boolean>`(${relation} and ${unmerged})`;
}

type TaskRow = { petition_id: number; task: string | null };
/** What each inbox item asks of the body, by section; sections without such a text are absent. */
const TASK_QUERIES: Partial<Record<InboxSection, (ids: number[], orgId: number) => RawBuilder<TaskRow>>> = {
  receive: (ids, orgId) => sql`select petition_id, requirements as task from petition_assignments
    where petition_id = any(${ids}::bigint[]) and mode <> 'assist' and status = 'pending' and to_org_id = ${orgId}`,
  assist: (ids, orgId) => sql`select petition_id, task from petition_assignments
    where petition_id = any(${ids}::bigint[]) and mode = 'assist' and status = 'pending' and to_org_id = ${orgId}`,
  approve: (ids, orgId) => sql`select petition_id, days || ' 日：' || reason as task from extensions
    where petition_id = any(${ids}::bigint[]) and status = 'pending' and org_id = ${orgId}`,
  supervision: (ids, orgId) => sql`select petition_id, message as task from supervisions
    where petition_id = any(${ids}::bigint[]) and replied_at is null and to_org_id = ${orgId}`,
  // The latest open instruction's words, with the leader and their body.
  instruction: (ids, orgId) => sql`select distinct on (r.petition_id) r.petition_id,
      i.text || '（' || u.display_name || '，' || o.name || '）' as task
    from instruction_recipients r join instructions i on i.id = r.instruction_id
      join users u on u.id = i.leader_id join orgs o on o.id = i.org_id
    where r.petition_id = any(${ids}::bigint[]) and r.acknowledged_at is null and r.org_id = ${orgId}
    order by r.petition_id, r.id desc`,
  route: (ids) => sql`select distinct on (petition_id) petition_id, return_reason as task
    from petition_assignments where petition_id = any(${ids}::bigint[]) and status = 'returned' order by petition_id, id desc`,
};

export async function inboxTasks(db: Executor, section: InboxSection, orgId: number, petitionIds: number[]): Promise<Map<number, string>> {
  const query = TASK_QUERIES[section];
  if (!query || !petitionIds.length) return new Map();
  const { rows } = await query(petitionIds, orgId).execute(db);
  return new Map(rows.filter((r) => r.task).map((r) => [r.petition_id, r.task!]));
}

export type WorkflowRows = Awaited<ReturnType<typeof workflowRepository.load>>;
export type LockedPetition = NonNullable<Awaited<ReturnType<typeof workflowRepository.lockPetition>>>;
export type AssignmentRow = WorkflowRows['assignments'][number];
export type { DecisionTable, ExtensionTable, HandlingRecordTable, PetitionAssignmentTable, ProceedingTable, SupervisionTable };
