import {
  type PayloadInput,
  type PetitionStatus,
  OWNERSHIP_ITEMS,
  type WorkflowAction,
  INBOX_SECTIONS,
  type InboxSection,
} from '@xinfang/domain';
import { sql, type Updateable } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import type { PetitionTable } from '../../db/types.js';
import { AppError } from '../../errors.js';
import { createCalendarService, type CalendarService, presentClock, type ClocksService } from '../deadlines/index.js';
import { presentDirectoryOrg } from '../orgs/index.js';
import { petitionRecords, type PetitionsService } from '../petitions/index.js';
import { listQuery, type WorklistService } from '../worklist/index.js';
import { ACTIONS } from './actions/index.js';
import { inboxPermissions, targetStatus, type ClockEventOf, type TargetChoice } from './lifecycle.js';
import { routeTargets } from './routing.js';
import { workflowPolicy } from './workflow.policy.js';
import { inboxCondition, inboxTasks, workflowRepository, type LockedPetition, type WorkflowRows } from './workflow.repository.js';
import { type ActionInput, type DeadlinesQuery, type InboxPageQuery } from './workflow.schema.js';

type OwnershipItem = (typeof OWNERSHIP_ITEMS)[number];

/** What an action changes besides its own rows: the status (typed by lifecycle.ts), petition columns, clock events. */
export type Outcome<A extends WorkflowAction = WorkflowAction> = TargetChoice<A> & {
  patch?: Updateable<PetitionTable>;
  /** Workflow events for the clocks (policies.ts), with the body whose pack applies. */
  clockEvents?: { name: ClockEventOf<A>; orgId: number; limitAt?: Date | null }[];
  /** When those events happened, if not now (a delivery or a request recorded afterwards). */
  at?: Date;
  /** What the petition event records: the payload of its kind in @xinfang/domain's union. */
  payload: PayloadInput<A>;
};

/** What a handler (actions/<action>.ts) works with: the transaction, the actor, the locked petition and its rows. */
export interface Ctx {
  trx: Executor;
  actor: Actor;
  p: LockedPetition;
  w: WorkflowRows;
  clocks: ClocksService;
  calendar: CalendarService;
  /** The moment of the action: now, or when a recorded action happened (history brought in). */
  now: Date;
}

/**
 * A workflow event as other features see it, inside the action's transaction: narrowed by its action, the payload
 * as the handler wrote it (an instant still a Date).
 */
export type WorkflowEvent = {
  [A in WorkflowAction]: {
    trx: Executor;
    actor: Actor;
    petitionId: number;
    eventId: number;
    /** The moment of the action (Ctx.now). */
    at: Date;
    action: A;
    from: string;
    to: string;
    payload: PayloadInput<A>;
  };
}[WorkflowAction];
/**
 * Something that must happen with every workflow event, in the same transaction (issue the notice, queue the
 * notification): if it fails, the action fails and nothing is written.
 */
export type WorkflowListener = (e: WorkflowEvent) => Promise<void>;

export function createWorkflowService({
  db,
  petitions,
  worklist,
  clocks,
  calendar = createCalendarService({ db }),
  listeners = [],
}: {
  db: Database;
  petitions: PetitionsService;
  worklist: WorklistService;
  clocks: ClocksService;
  calendar?: CalendarService;
  listeners?: WorkflowListener[];
}) {
  /** One action in one transaction: lock, version, rule, handler, status, event, audit, clocks, listeners. */
  async function perform<A extends WorkflowAction>(
    actor: Actor,
    id: number,
    action: A,
    input: ActionInput<A>,
    checkVisible: boolean,
    now = new Date(),
  ) {
    await db.transaction().execute((trx) => performIn(trx, actor, id, action, input, checkVisible, now));
  }

  /** perform in the caller's transaction (a reception record acts on the petitions it registers). */
  async function performIn<A extends WorkflowAction>(
    trx: Executor,
    actor: Actor,
    id: number,
    action: A,
    input: ActionInput<A>,
    checkVisible: boolean,
    now = new Date(),
  ) {
    if (checkVisible && !(await petitionRecords.findVisible(trx, actor, id))) throw new AppError('petition_not_found');
    const p = (await workflowRepository.lockPetition(trx, id))!;
    if (p.version !== (input as { version: number }).version) throw new AppError('version_conflict', { current: p.version });
    const w = await workflowRepository.load(trx, id);
    workflowPolicy.assert(actor, p, w, action);
    // The registry pairs each action with its own handler; TypeScript cannot follow the pairing through `A`.
    const handle = ACTIONS[action].handle as (ctx: Ctx, input: ActionInput<A>) => Promise<Outcome<A>>;
    const out = await handle({ trx, actor, p, w, clocks, calendar, now }, input);
    const from = p.status;
    // `to` is typed by A's declaration in the handler; here only that it is a status (or absent) matters.
    const to = targetStatus(action, from, (out as { to?: PetitionStatus }).to);
    await petitionRecords.update(trx, id, { ...out.patch, status: to });
    const eventId = await petitionRecords.insertEvent(trx, {
      petition_id: id,
      actor_id: actor.userId,
      actor_org_id: actor.orgId,
      kind: action,
      from_status: p.status,
      to_status: to,
      payload: out.payload,
      at: now,
    });
    await auditService.record(trx, actor, {
      action: `petition.${action}`,
      objectType: 'petition',
      objectId: id,
      orgId: p.org_id,
      before: { status: p.status, version: p.version },
      after: { status: to, version: p.version + 1, ...out.payload },
    });
    if (out.clockEvents?.length) await clocks.onEvents(trx, { petitionId: id }, out.clockEvents, out.at ?? now, now);
    for (const listener of listeners)
      // The action and its payload belong together (both typed by A); TypeScript does not follow a generic into the union.
      await listener({ trx, actor, petitionId: id, eventId, at: now, action, from: p.status, to, payload: out.payload } as WorkflowEvent);
  }

  /** 待办 sections most urgent first: by the due time of the petition's nearest duty, overdue first. */
  const INBOX_QUERY = listQuery.parse({ sort: 'dueAt', order: 'asc' });

  /** One page of an inbox section and the section's true size; nothing for a role that does none of its work. */
  async function inboxPage(actor: Actor, section: InboxSection, page: InboxPageQuery) {
    if (!inboxPermissions(section).some((x) => actor.permissions.includes(x))) return { items: [], total: 0, nextCursor: null };
    const where = inboxCondition(section, actor.orgId);
    const query = { ...INBOX_QUERY, ...page };
    const { items, nextCursor, total } = await worklist.listWithTotal(actor, query, where);
    const tasks = await inboxTasks(
      db,
      section,
      actor.orgId,
      items.map((i) => i.id),
    );
    return { items: items.map((i) => ({ ...i, task: tasks.get(i.id) ?? null })), total, nextCursor };
  }

  return {
    /** 待办事项: what waits for the actor's body, by kind of work: each section's first page and its size. */
    async inbox(actor: Actor) {
      const pages = await Promise.all(
        INBOX_SECTIONS.map(async (s) => [s, await inboxPage(actor, s, { limit: INBOX_QUERY.limit })] as const),
      );
      const of = <K extends 'items' | 'total' | 'nextCursor'>(k: K) =>
        Object.fromEntries(pages.map(([s, p]) => [s, p[k]])) as Record<InboxSection, Awaited<ReturnType<typeof inboxPage>>[K]>;
      return { sections: of('items'), totals: of('total'), nextCursors: of('nextCursor') };
    },

    inboxPage,

    /** The bodies the actor's body may forward or assign the petition to: what the picker offers (routing.ts). */
    async routeTargets(actor: Actor, id: number) {
      const p = await petitionRecords.findVisible(db, actor, id);
      if (!p) throw new AppError('petition_not_found');
      return { items: (await routeTargets(db, p, actor)).map(presentDirectoryOrg) };
    },

    /** Open deadlines of bodies, soonest first (本单位时限 or all the actor sees). */
    async deadlines(actor: Actor, q: DeadlinesQuery) {
      const rows = await workflowRepository.deadlines(db, actor, { own: q.scope === 'own', grade: q.grade, limit: q.limit });
      const now = new Date();
      return {
        items: rows.map((r) => ({
          // Joined to its petition: never a dispute's clock.
          petition: { id: r.petition_id!, number: r.number, title: r.title, status: r.status },
          org: { id: r.org_id, name: r.org_name },
          clock: presentClock(r, now),
        })),
      };
    },

    /** 预警看板: by body, how many open deadlines are due soon, due today, overdue. */
    async board(actor: Actor) {
      const rows = await workflowRepository.board(db, actor);
      return {
        rows: rows.map((r) => ({
          org: { id: r.org_id, name: r.org_name },
          open: r.open,
          dueSoon: r.due_soon,
          dueToday: r.due_today,
          overdue: r.overdue,
        })),
      };
    },

    /** 领导包案: the cases the leader owns, with the 三亲自三见面 checklist. */
    async ownerships(actor: Actor) {
      const owned = await workflowRepository.ownershipItemsOf(db, actor.userId);
      const ids = [...new Set(owned.map((o) => o.petition_id))];
      if (!ids.length) return { items: [] };
      const { items } = await worklist.list(actor, listQuery.parse({ limit: 200 }), sql<boolean>`p.id = any(${ids}::bigint[])`);
      return {
        items: items.map((petition) => {
          const rows = owned.filter((o) => o.petition_id === petition.id);
          return {
            petition,
            since: rows[0]!.since,
            items: rows.filter((o) => o.item).map((o) => ({ item: o.item as OwnershipItem, doneOn: o.done_on!, note: o.note! })),
          };
        }),
      };
    },

    /**
     * 批示 awaiting replies: the petitions where an instruction of this leader is still unread by a body it reached,
     * most urgent first, with their count.
     */
    async instructionsAwaiting(actor: Actor) {
      const where = sql<boolean>`exists (select 1 from instructions i join instruction_recipients r on r.instruction_id = i.id
        where i.petition_id = p.id and i.leader_id = ${actor.userId} and r.acknowledged_at is null)`;
      const { items, total } = await worklist.listWithTotal(actor, INBOX_QUERY, where);
      return { items, total };
    },

    /** Takes one workflow action on a petition the actor sees, atomically, against the version they saw. */
    /** An action of a user in the caller's transaction, as `act` does it (visibility, version, rules, listeners). */
    async actIn<A extends WorkflowAction>(trx: Executor, actor: Actor, id: number, action: A, input: ActionInput<A>) {
      await performIn(trx, actor, id, action, input, true);
    },

    /**
     * The result of a part handed to a village for mediation, recorded on the petition as the village's handling
     * record (relation `mediator`), in the caller's transaction: the village acts on the petition without seeing it.
     * False when the petition is no longer being handled (the rules refuse the record then).
     */
    async recordMediationResultIn(
      trx: Executor,
      actor: Actor,
      id: number,
      result: { agreement: boolean; note: string; occurredOn: string },
    ) {
      const { version } = (await workflowRepository.lockPetition(trx, id))!;
      try {
        await performIn(trx, actor, id, 'record', { version, kind: 'mediation', ...result } as ActionInput<'record'>, false);
        return true;
      } catch (err) {
        if (err instanceof AppError && err.code === 'action_not_allowed') return false;
        throw err;
      }
    },

    async act<A extends WorkflowAction>(actor: Actor, id: number, action: A, input: ActionInput<A>) {
      await perform(actor, id, action, input, true);
      return petitions.detail(actor, id);
    },

    /**
     * The same for a petitioner acting through the portal (asking for 复查 or 复核): the portal has checked
     * their query code; the actor is the portal's system account at the body that takes the request.
     */
    async actForPetitioner<A extends WorkflowAction>(actor: Actor, id: number, action: A, input: ActionInput<A>) {
      await perform(actor, id, action, input, false);
    },

    /**
     * Records an action that happened at `at`, before it was entered (a bureau's history brought in, the demo's):
     * the same rules, rows, clocks, documents and audit as `act`, dated then. The audit trail keeps the moment
     * it was recorded.
     */
    async record<A extends WorkflowAction>(actor: Actor, id: number, action: A, input: ActionInput<A>, at: Date) {
      if (at > new Date()) throw new Error('an action cannot be recorded as happening in the future');
      await perform(actor, id, action, input, true, at);
    },
  };
}
export type WorkflowService = ReturnType<typeof createWorkflowService>;
