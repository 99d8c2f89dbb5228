import {
  type Permission,
  MAX_EXTENSION_DAYS,
  OWNERSHIP_ITEMS,
  REVIEW_REQUEST_DAYS,
  ROUTE_ONLY_KINDS,
  type WorkflowAction,
  INBOX_SECTIONS,
  type InboxSection,
  chinaDate,
  endOfChinaDay,
} from '@xinfang/domain';
import { sql, type Updateable } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { underAccused } from '../../access/visibility.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import type { PetitionTable } from '../../db/types.js';
import { AppError, fieldError } from '../../errors.js';
import { createCalendarService, type CalendarService } from '../deadlines/calendar.service.js';
import type { Pause } from '../deadlines/clock.js';
import { dueAt } from '../deadlines/clock.js';
import { presentClock, type ClocksService } from '../deadlines/clocks.service.js';
import { orgsRepository } from '../orgs/orgs.repository.js';
import { petitionsRepository } from '../petitions/petitions.repository.js';
import { listQuery, type PetitionListItemDto } from '../petitions/petitions.schema.js';
import type { PetitionsService } from '../petitions/petitions.service.js';
import { routing, workflowPolicy } from './workflow.policy.js';
import { inboxCondition, inboxTasks, workflowRepository, type LockedPetition, type WorkflowRows } from './workflow.repository.js';
import { type ActionInput, type DeadlinesQuery } from './workflow.schema.js';

type OwnershipItem = (typeof OWNERSHIP_ITEMS)[number];

/** What an action changes besides its own rows: the status, petition columns, clock events. */
interface Outcome {
  to?: string;
  patch?: Updateable<PetitionTable>;
  /** Workflow events for the clocks (policies.ts), with the body whose pack applies. */
  clockEvents?: { name: string; orgId: number }[];
  /** When those events happened, if not now (a delivery or a request recorded afterwards). */
  at?: Date;
  /** What the petition event records. */
  payload: Record<string, unknown>;
}

interface Ctx {
  trx: Executor;
  actor: Actor;
  p: LockedPetition;
  w: WorkflowRows;
}

/** A workflow event as other features see it, inside the action's transaction. */
export interface WorkflowEvent {
  trx: Executor;
  actor: Actor;
  petitionId: number;
  eventId: number;
  action: WorkflowAction;
  from: string;
  to: string;
  payload: Record<string, unknown>;
}
/**
 * Something that must happen with every workflow event, in the same transaction (issue the notice, queue the
 * notification): if it fails, the action fails and nothing is written.
 */
export type WorkflowListener = (e: WorkflowEvent) => Promise<void>;

/** A date the user entered, taken as noon China time: day counts start from that day. */
const dayAt = (ymd: string) => new Date(`${ymd}T12:00:00+08:00`);

export function createWorkflowService({
  db,
  petitions,
  clocks,
  calendar = createCalendarService({ db }),
  listeners = [],
}: {
  db: Database;
  petitions: PetitionsService;
  clocks: ClocksService;
  calendar?: CalendarService;
  listeners?: WorkflowListener[];
}) {
  /** A body the petition may be sent to: active, a petition handler, and not the accused (条例 Art. 30). */
  async function target(trx: Executor, p: LockedPetition, orgId: number, field: string) {
    const org = await orgsRepository.findById(trx, orgId);
    if (!org) throw fieldError(field, '机构不存在');
    if (!org.active) throw new AppError('org_inactive');
    if (ROUTE_ONLY_KINDS.includes(org.kind)) throw new AppError('route_target_invalid', { field });
    if (p.accused_org_unknown) throw new AppError('accused_org_unknown', { field });
    if (underAccused(org.path, p.accused_org_id)) throw new AppError('route_to_accused', { field });
    return org;
  }

  async function hearingPauses(trx: Executor, petitionId: number): Promise<Pause[]> {
    return (await workflowRepository.hearings(trx, petitionId)).map((h) => ({ from: dayAt(h.hearing_from!), to: dayAt(h.hearing_to!) }));
  }

  /** A date given for something that has happened: not in the future. */
  function past(ymd: string, field: string, notBefore?: string) {
    if (ymd > chinaDate(new Date())) throw fieldError(field, '日期不能晚于今天');
    if (notBefore && ymd < notBefore) throw fieldError(field, `日期不能早于 ${notBefore}`);
  }

  const route = async ({ trx, actor, p }: Ctx, mode: 'forward' | 'assign', input: ActionInput<'forward'> | ActionInput<'assign'>) => {
    const org = await target(trx, p, input.toOrgId, 'toOrgId');
    if (org.id === actor.orgId) throw fieldError('toOrgId', '本单位直接办理请选择“受理”');
    let due: Date | null = null;
    if ('requirements' in input) {
      if (input.dueDate) {
        if (input.dueDate <= chinaDate(new Date())) throw fieldError('dueDate', '办理期限应晚于今天');
        due = endOfChinaDay(input.dueDate);
      } else {
        const pack = await calendar.packFor(org.id, trx);
        const rule = pack.clocks.handle_assigned ?? pack.clocks.handle;
        if (rule)
          due = dueAt(await calendar.calendar(trx), new Date(), rule.length, rule.unit, {
            extendOverDaysOff: pack.extendOverDaysOff,
          }).dueAt;
      }
    }
    await workflowRepository.insert(trx, 'petition_assignments', {
      petition_id: p.id,
      mode,
      from_org_id: actor.orgId,
      to_org_id: org.id,
      requirements: 'requirements' in input ? input.requirements : null,
      due_at: due,
      created_by: actor.userId,
    });
    await workflowRepository.grantAccess(trx, p.id, org.id);
    const event = mode === 'forward' ? 'forwarded' : 'assigned';
    return {
      to: event,
      // The sender decides if the body returns it (条例 Art. 23).
      patch: { router_org_id: actor.orgId, holder_org_id: null },
      clockEvents: [
        { name: event, orgId: org.id },
        { name: 'delivered_to_body', orgId: org.id },
      ],
      payload: {
        toOrgId: org.id,
        toOrg: org.name,
        ...('requirements' in input ? { requirements: input.requirements, dueAt: due } : {}),
        note: 'note' in input ? input.note : null,
      },
    } satisfies Outcome;
  };

  /** The body that decides a 复查 or 复核 by default: the one above the body that decided. */
  async function bodyAbove(trx: Executor, orgId: number) {
    const org = await orgsRepository.findById(trx, orgId);
    return org?.parent_id ?? null;
  }

  const handlers: { [A in WorkflowAction]: (ctx: Ctx, input: ActionInput<A>) => Promise<Outcome> } = {
    async accept({ actor, p }, input) {
      return {
        to: 'accepted',
        patch: { holder_org_id: actor.orgId },
        clockEvents: [
          { name: 'accepted', orgId: p.router_id },
          { name: 'received', orgId: actor.orgId },
        ],
        payload: { note: input.note },
      };
    },
    forward: (ctx, input) => route(ctx, 'forward', input),
    assign: (ctx, input) => route(ctx, 'assign', input),

    async decline({ trx, p }, input) {
      if (input.routeOrgId && !(await orgsRepository.findById(trx, input.routeOrgId))) throw fieldError('routeOrgId', '机构不存在');
      return {
        to: 'declined',
        patch: {
          decline_route: input.route,
          decline_route_org_id: input.routeOrgId ?? null,
          decline_reason: input.reason,
          holder_org_id: null,
        },
        clockEvents: [{ name: 'declined', orgId: p.router_id }],
        payload: { route: input.route, routeOrgId: input.routeOrgId ?? null, reason: input.reason },
      };
    },

    async receive({ trx, actor, w }) {
      const a = routing(w).pending!;
      await workflowRepository.update(trx, 'petition_assignments', a.id, { status: 'received', received_at: new Date() });
      return {
        to: 'handling',
        patch: { holder_org_id: actor.orgId },
        clockEvents: [{ name: 'received', orgId: actor.orgId }],
        payload: { assignmentId: a.id },
      };
    },

    async return({ trx, actor, p, w }, input) {
      const object = await workflowRepository.lastClock(trx, p.id, 'object');
      if (object && !object.stopped_at && object.due_at < new Date()) throw new AppError('return_period_expired');
      const a = routing(w).pending!;
      await workflowRepository.update(trx, 'petition_assignments', a.id, {
        status: 'returned',
        returned_at: new Date(),
        return_reason: input.reason,
      });
      return {
        to: 'returned',
        patch: { holder_org_id: null },
        clockEvents: [{ name: 'returned', orgId: actor.orgId }],
        payload: { assignmentId: a.id, reason: input.reason },
      };
    },

    async insist({ trx, w }, input) {
      const a = routing(w).returned!;
      await workflowRepository.update(trx, 'petition_assignments', a.id, { status: 'received', received_at: new Date() });
      return {
        to: 'handling',
        patch: { holder_org_id: a.to_org_id },
        clockEvents: [{ name: 'received', orgId: a.to_org_id }],
        payload: { assignmentId: a.id, toOrg: a.to_org_name, reason: input.reason },
      };
    },

    async record({ trx, actor, p }, input) {
      past(input.occurredOn, 'occurredOn');
      if (input.kind === 'hearing') {
        if (!input.hearingFrom) throw fieldError('hearingFrom', '请填写听证开始日期');
        if (!input.hearingTo) throw fieldError('hearingTo', '请填写听证结束日期');
        if (input.hearingTo < input.hearingFrom) throw fieldError('hearingTo', '听证结束日期不能早于开始日期');
      }
      if (input.kind === 'relief' && !input.reliefKind) throw fieldError('reliefKind', '请填写帮扶救助的方式');
      if (input.kind === 'mediation' && (input.agreement === null || input.agreement === undefined))
        throw fieldError('agreement', '请选择是否达成调解（和解）协议');
      const hearing = input.kind === 'hearing';
      await workflowRepository.insert(trx, 'handling_records', {
        petition_id: p.id,
        org_id: actor.orgId,
        kind: input.kind,
        occurred_on: input.occurredOn,
        note: input.note,
        hearing_from: hearing ? input.hearingFrom! : null,
        hearing_to: hearing ? input.hearingTo! : null,
        agreement: input.kind === 'mediation' ? input.agreement! : null,
        relief_kind: input.kind === 'relief' ? input.reliefKind! : null,
        relief_amount: input.kind === 'relief' ? (input.reliefAmount ?? null) : null,
        created_by: actor.userId,
      });
      // A hearing's time is not counted where the pack says so (条例 Art. 36; policies.ts pausedBy).
      if (hearing) await clocks.recompute(trx, p.id, { pauses: await hearingPauses(trx, p.id), pausedBy: 'hearing' });
      return { to: p.status === 'accepted' ? 'handling' : undefined, payload: { ...input, version: undefined } };
    },

    async addAssist({ trx, actor, p, w }, input) {
      const org = await target(trx, p, input.orgId, 'orgId');
      if (org.id === p.holder_org_id) throw fieldError('orgId', '主办单位不能同时作为协办单位');
      if (w.assignments.some((a) => a.mode === 'assist' && a.to_org_id === org.id && a.status === 'pending'))
        throw fieldError('orgId', '该单位已有未完成的协办任务');
      if (input.dueDate <= chinaDate(new Date())) throw fieldError('dueDate', '协办期限应晚于今天');
      await workflowRepository.insert(trx, 'petition_assignments', {
        petition_id: p.id,
        mode: 'assist',
        from_org_id: actor.orgId,
        to_org_id: org.id,
        task: input.task,
        owner: input.owner,
        due_at: endOfChinaDay(input.dueDate),
        created_by: actor.userId,
      });
      await workflowRepository.grantAccess(trx, p.id, org.id);
      return { payload: { orgId: org.id, org: org.name, task: input.task, owner: input.owner, dueDate: input.dueDate } };
    },

    async assistReply({ trx, actor, w }, input) {
      const a = w.assignments.find(
        (x) => x.id === input.assignmentId && x.mode === 'assist' && x.status === 'pending' && x.to_org_id === actor.orgId,
      );
      if (!a) throw fieldError('assignmentId', '没有本单位待完成的该项协办任务');
      await workflowRepository.update(trx, 'petition_assignments', a.id, {
        status: 'done',
        reply: input.reply,
        replied_at: new Date(),
        replied_by: actor.userId,
      });
      return { payload: { assignmentId: a.id, reply: input.reply } };
    },

    async requestExtension({ trx, actor, p, w }, input) {
      const granted = w.extensions.filter((e) => e.status === 'approved').reduce((n, e) => n + e.days, 0);
      if (granted + input.days > MAX_EXTENSION_DAYS) throw new AppError('extension_exceeded', { granted, field: 'days' });
      await workflowRepository.insert(trx, 'extensions', {
        petition_id: p.id,
        org_id: actor.orgId,
        days: input.days,
        reason: input.reason,
        requested_by: actor.userId,
      });
      return { payload: { days: input.days, reason: input.reason } };
    },

    async approveExtension({ trx, actor, p, w }, input) {
      const e = w.extensions.find((x) => x.status === 'pending')!;
      await workflowRepository.update(trx, 'extensions', e.id, {
        status: input.approve ? 'approved' : 'rejected',
        decided_by: actor.userId,
        decided_at: new Date(),
        note: input.note,
      });
      if (input.approve)
        await clocks.recompute(trx, p.id, {
          extendKey: 'handle',
          units: e.days,
          pauses: await hearingPauses(trx, p.id),
          pausedBy: 'hearing',
        });
      // 条例 Art. 34: the petitioner is told of the extension and why (notices: issue #5).
      return {
        to: input.approve ? 'extended' : undefined,
        payload: { approve: input.approve, days: e.days, reason: e.reason, note: input.note },
      };
    },

    async decide({ trx, actor, p, w }, input) {
      const proceeding = w.proceedings.find((g) => g.status === 'open');
      const stage = proceeding && ['in_review', 'in_reexamination'].includes(p.status) ? proceeding.kind : 'handling';
      // After 复核 there is no further review (条例 Art. 36).
      let reviewOrgId: number | null = null;
      if (stage !== 'reexamination') {
        reviewOrgId = input.reviewOrgId ?? (await bodyAbove(trx, actor.orgId));
        if (!reviewOrgId) throw fieldError('reviewOrgId', '请选择受理复查（复核）请求的机关');
        const reviewOrg = await orgsRepository.findById(trx, reviewOrgId);
        if (!reviewOrg) throw fieldError('reviewOrgId', '机构不存在');
        // 复查 and 复核 go to a higher body, never to the deciding body or one under it (条例 Arts. 35–36).
        if (reviewOrg.path.startsWith(actor.orgPath)) throw fieldError('reviewOrgId', '复查（复核）机关应为作出意见机关的上一级机关');
      }
      const id = await workflowRepository.insert(trx, 'decisions', {
        petition_id: p.id,
        stage,
        org_id: actor.orgId,
        outcome: input.outcome,
        request: input.request,
        facts: input.facts,
        reasons: input.reasons,
        basis: input.basis,
        review_org_id: reviewOrgId,
        review_days: reviewOrgId ? REVIEW_REQUEST_DAYS : null,
        issued_by: actor.userId,
      });
      if (proceeding && stage !== 'handling') await workflowRepository.update(trx, 'proceedings', proceeding.id, { status: 'decided' });
      const event = { handling: 'decided', review: 'review_decided', reexamination: 'reexamination_decided' }[stage];
      return {
        to: stage === 'handling' ? 'answered' : undefined,
        clockEvents: [{ name: event, orgId: actor.orgId }],
        payload: { decisionId: id, stage, outcome: input.outcome, reviewOrgId },
      };
    },

    async deliver({ trx, actor, w }, input) {
      const d = w.decisions.at(-1)!;
      past(input.deliveredOn, 'deliveredOn', chinaDate(d.issued_at));
      await workflowRepository.update(trx, 'decisions', d.id, {
        delivery_method: input.method,
        delivery_result: input.result,
        delivered_on: input.deliveredOn,
        delivery_note: input.note,
        delivered_by: actor.userId,
      });
      const payload = { decisionId: d.id, stage: d.stage, method: input.method, result: input.result, deliveredOn: input.deliveredOn };
      if (d.stage === 'handling')
        return { clockEvents: [{ name: 'decision_delivered', orgId: d.org_id }], at: dayAt(input.deliveredOn), payload };
      if (d.stage === 'review')
        return {
          to: 'concluded',
          patch: { concluded_at: new Date() },
          clockEvents: [{ name: 'review_delivered', orgId: d.org_id }],
          at: dayAt(input.deliveredOn),
          payload,
        };
      return { to: 'final', patch: { final_at: new Date() }, payload };
    },

    async conclude({ w }, input) {
      const lead = routing(w).lead;
      // An assigned matter goes back to the assigning body for verification (审核认定办结).
      if (lead?.mode === 'assign')
        return {
          to: 'pending_review',
          patch: { report: input.report },
          clockEvents: [{ name: 'concluded', orgId: lead.from_org_id }],
          payload: { report: input.report },
        };
      return { to: 'concluded', patch: { report: input.report, concluded_at: new Date() }, payload: { report: input.report } };
    },

    async verify({ trx, actor, w }, input) {
      const lead = routing(w).lead!;
      await workflowRepository.update(trx, 'petition_assignments', lead.id, { status: 'done' });
      return {
        to: 'concluded',
        patch: { concluded_at: new Date() },
        clockEvents: [{ name: 'verified', orgId: actor.orgId }],
        payload: { note: input.note },
      };
    },

    async rework({ p }, input) {
      return { to: 'handling', clockEvents: [{ name: 'rework', orgId: p.holder_org_id! }], payload: { reason: input.reason } };
    },

    requestReview: (ctx, input) => requestProceeding(ctx, 'review', input),
    requestReexamination: (ctx, input) => requestProceeding(ctx, 'reexamination', input),

    async urge({ trx, actor, p }, input) {
      const to = workflowPolicy.target(p);
      await workflowRepository.insert(trx, 'supervisions', {
        petition_id: p.id,
        kind: 'urge',
        from_org_id: actor.orgId,
        to_org_id: to,
        message: input.message,
        created_by: actor.userId,
      });
      return { payload: { toOrgId: to, message: input.message } };
    },

    async supervise({ trx, actor, p }, input) {
      if (input.replyDueDate <= chinaDate(new Date())) throw fieldError('replyDueDate', '回复期限应晚于今天');
      const to = workflowPolicy.target(p);
      await workflowRepository.insert(trx, 'supervisions', {
        petition_id: p.id,
        kind: 'supervise',
        from_org_id: actor.orgId,
        to_org_id: to,
        message: input.proposals,
        reply_due_on: input.replyDueDate,
        created_by: actor.userId,
      });
      return { payload: { toOrgId: to, proposals: input.proposals, replyDueDate: input.replyDueDate } };
    },

    async replySupervision({ trx, actor, w }, input) {
      const s = w.supervisions.find((x) => x.id === input.supervisionId && !x.replied_at && x.to_org_id === actor.orgId);
      if (!s) throw fieldError('supervisionId', '没有本单位待回复的该项督查督办');
      // 条例 Art. 40: the reply to a supervision slip says whether its proposals were adopted.
      if (s.kind === 'supervise' && (input.adopted === null || input.adopted === undefined))
        throw fieldError('adopted', '请说明是否采纳督办意见和建议');
      await workflowRepository.update(trx, 'supervisions', s.id, {
        reply: input.reply,
        adopted: input.adopted ?? null,
        replied_at: new Date(),
        replied_by: actor.userId,
      });
      return { payload: { supervisionId: s.id, kind: s.kind, reply: input.reply, adopted: input.adopted ?? null } };
    },

    async instruct({ trx, actor, p }, input) {
      await workflowRepository.insert(trx, 'instructions', {
        petition_id: p.id,
        org_id: actor.orgId,
        leader_id: actor.userId,
        text: input.text,
      });
      return { payload: { text: input.text } };
    },

    async takeOwnership({ trx, actor, p }, input) {
      await workflowRepository.insert(trx, 'ownerships', {
        petition_id: p.id,
        leader_id: actor.userId,
        org_id: actor.orgId,
        note: input.note,
      });
      return { payload: { leader: actor.displayName, note: input.note } };
    },

    async ownershipItem({ trx, w }, input) {
      past(input.doneOn, 'doneOn');
      await workflowRepository.setOwnershipItem(trx, w.ownership!.id, input.item, input.doneOn, input.note);
      return { payload: { item: input.item, doneOn: input.doneOn, note: input.note } };
    },

    async markBacklog(_ctx, input) {
      return {
        patch: { backlog_at: new Date(), backlog_reason: input.reason, backlog_resolved_on: null, backlog_resolution: null },
        payload: { reason: input.reason },
      };
    },

    async resolveBacklog({ p }, input) {
      past(input.resolvedOn, 'resolvedOn', p.backlog_at ? chinaDate(p.backlog_at) : undefined);
      return {
        patch: { backlog_resolved_on: input.resolvedOn, backlog_resolution: input.note },
        payload: { resolvedOn: input.resolvedOn, note: input.note },
      };
    },
  };

  /** 复查 / 复核 asked for within 30 days of delivery (条例 Arts. 35–36): a linked proceeding with its own clock. */
  async function requestProceeding(
    { trx, actor, p, w }: Ctx,
    kind: 'review' | 'reexamination',
    input: ActionInput<'requestReview'>,
  ): Promise<Outcome> {
    const delivered = w.decisions.at(-1)!.delivered_on!;
    past(input.requestedOn, 'requestedOn', delivered);
    const window = await workflowRepository.lastClock(trx, p.id, kind === 'review' ? 'review_request' : 'reexamination_request');
    if (window && input.requestedOn > chinaDate(new Date(window.due_at.getTime() - 1)))
      throw new AppError('review_period_expired', { field: 'requestedOn', dueAt: window.due_at });
    await workflowRepository.insert(trx, 'proceedings', {
      petition_id: p.id,
      kind,
      org_id: actor.orgId,
      requested_on: input.requestedOn,
      reasons: input.reasons,
      created_by: actor.userId,
    });
    await workflowRepository.grantAccess(trx, p.id, actor.orgId);
    return {
      to: kind === 'review' ? 'in_review' : 'in_reexamination',
      clockEvents: [{ name: kind === 'review' ? 'review_requested' : 'reexamination_requested', orgId: actor.orgId }],
      at: dayAt(input.requestedOn),
      payload: { kind, requestedOn: input.requestedOn, reasons: input.reasons },
    };
  }

  /** One action in one transaction: lock, version, rule, handler, status, event, audit, clocks, listeners. */
  async function perform<A extends WorkflowAction>(actor: Actor, id: number, action: A, input: ActionInput<A>, checkVisible: boolean) {
    await db.transaction().execute(async (trx) => {
      if (checkVisible && !(await petitionsRepository.findVisible(trx, actor, id))) throw new AppError('petition_not_found');
      const p = (await workflowRepository.lockPetition(trx, id))!;
      if (p.version !== (input as { version: number }).version) throw new AppError('version_conflict', { current: p.version });
      const w = await workflowRepository.load(trx, id);
      workflowPolicy.assert(actor, p, w, action);
      const out = await handlers[action]({ trx, actor, p, w }, input);
      const to = out.to ?? p.status;
      await petitionsRepository.update(trx, id, { ...out.patch, status: to });
      const eventId = await petitionsRepository.insertEvent(trx, {
        petition_id: id,
        actor_id: actor.userId,
        actor_org_id: actor.orgId,
        kind: action,
        from_status: p.status,
        to_status: to,
        payload: out.payload,
      });
      await auditService.record(trx, actor, {
        action: `petition.${action}`,
        objectType: 'petition',
        objectId: id,
        orgId: p.org_id,
        before: { status: p.status, version: p.version },
        after: { status: to, version: p.version + 1, ...out.payload },
      });
      if (out.clockEvents?.length) await clocks.onEvents(trx, id, out.clockEvents, out.at ?? new Date());
      for (const listener of listeners)
        await listener({ trx, actor, petitionId: id, eventId, action, from: p.status, to, payload: out.payload });
    });
  }

  /** Which role sees which inbox section. */
  const SECTION_PERMISSIONS: Record<InboxSection, Permission[]> = {
    route: ['petition.route'],
    receive: ['petition.handle'],
    handle: ['petition.handle'],
    assist: ['petition.handle'],
    approve: ['petition.approve'],
    verify: ['petition.verify'],
    review: ['petition.handle'],
    supervision: ['petition.handle', 'petition.route'],
  };
  const INBOX_QUERY = listQuery.parse({ order: 'asc', limit: 50 });

  return {
    /** 待办事项: what waits for the actor's body, by kind of work, oldest first. */
    async inbox(actor: Actor) {
      const sections = await Promise.all(
        INBOX_SECTIONS.map(async (section) => {
          if (!SECTION_PERMISSIONS[section].some((x) => actor.permissions.includes(x))) return [section, []] as const;
          const { items } = await petitions.list(actor, INBOX_QUERY, inboxCondition(section, actor.orgId));
          const tasks = await inboxTasks(
            db,
            section,
            actor.orgId,
            items.map((i) => i.id),
          );
          return [section, items.map((i) => ({ ...i, task: tasks.get(i.id) ?? null }))] as const;
        }),
      );
      return { sections: Object.fromEntries(sections) as Record<InboxSection, (PetitionListItemDto & { task: string | null })[]> };
    },

    /** Open deadlines of bodies, soonest first (本单位时限 or all the actor sees). */
    async deadlines(actor: Actor, q: DeadlinesQuery) {
      const rows = await workflowRepository.deadlines(db, actor, { own: q.scope === 'own', grade: q.grade, limit: q.limit });
      const now = new Date();
      return {
        items: rows.map((r) => ({
          petition: { id: r.petition_id, number: r.number, title: r.title, status: r.status },
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
      const { items } = await petitions.list(actor, listQuery.parse({ limit: 200 }), sql<boolean>`p.id = any(${ids}::bigint[])`);
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

    /** Takes one workflow action on a petition the actor sees, atomically, against the version they saw. */
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
  };
}
export type WorkflowService = ReturnType<typeof createWorkflowService>;
