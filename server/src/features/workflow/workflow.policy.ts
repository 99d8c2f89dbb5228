import { type PetitionStatus, WORKFLOW_ACTIONS, type WorkflowAction, type Permission, MAX_EXTENSION_DAYS } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { AppError, type Wording } from '../../errors.js';
import { LIFECYCLE, REVIEWING, WHILE_MERGED, type ActionDeclaration, type Relation } from './lifecycle.js';
import type { WorkflowRows } from './workflow.repository.js';
import { allowedStatuses, refusalWording, type Refusal } from './workflow.refusal.js';

/** What the rules need to know of the petition itself. */
export interface PolicyPetition {
  status: PetitionStatus;
  org_id: number;
  /** The body that routes it now (policyColumns in petitions.repository.ts). */
  router_id: number;
  router_path: string;
  router_name: string;
  holder_org_id: number | null;
  holder_path: string | null;
  holder_name: string | null;
  backlog_at: Date | null;
  backlog_resolved_on: string | null;
  /** Set on a 合并件: the matter it is handled with. */
  merged_into_id: number | null;
  /** The final matter this one repeats (条例 Art. 36; policyColumns), and whether the head approved new facts. */
  final_of_id: number | null;
  new_facts_approved_at: Date | null;
}

/**
 * 条例 Art. 36: a repeat of a final matter is not taken in (受理, 转送 or 交办) unless the head of the body approved
 * the new facts and reasons stated; it may still be declined, which tells the petitioner so.
 */
const TAKING_IN: readonly WorkflowAction[] = ['accept', 'forward', 'assign'];
const barredAsFinal = (action: WorkflowAction, p: PolicyPetition) =>
  TAKING_IN.includes(action) && p.final_of_id !== null && p.new_facts_approved_at === null;

/**
 * Where the routing stands: the assignment awaiting signature, the one just returned, the one being handled, and
 * the 交办 chain that led to it (层层交办: each body passing on the 交办 it received, the first assigner first).
 */
export function routing(w: WorkflowRows) {
  const routed = w.assignments.filter((a) => a.mode !== 'assist');
  const last = routed.at(-1);
  const taken = routed.filter((a) => a.status === 'received' || a.status === 'done');
  const lead = taken.at(-1);
  const chain = lead?.mode === 'assign' ? [lead] : [];
  for (let i = taken.length - 2; i >= 0 && chain.length; i--) {
    const a = taken[i]!;
    if (a.mode === 'assign' && a.to_org_id === chain[0]!.from_org_id) chain.unshift(a);
  }
  return {
    pending: routed.find((a) => a.status === 'pending'),
    returned: last?.status === 'returned' ? last : undefined,
    lead,
    chain,
    /** The 交办 whose sender verifies the report: the first of the chain (the original assigner keeps the duty). */
    origin: chain[0],
  };
}

/** The facts the rules read, derived once from the petition and its workflow rows. */
function facts(actor: Actor, p: PolicyPetition, w: WorkflowRows) {
  const lastDecision = w.decisions.at(-1);
  const openProceeding = w.proceedings.find((g) => g.status === 'open');
  return {
    at: (orgId: number | null | undefined) => orgId != null && actor.orgId === orgId,
    /** The actor's body is this one or above it (a superior body may decide: 条例 Art. 24). */
    atOrAbove: (path: string | null | undefined) => path != null && path.startsWith(actor.orgPath),
    status: p.status,
    ...routing(w),
    lastDecision,
    delivered: Boolean(lastDecision?.delivered_on),
    openProceeding,
    pendingExtension: w.extensions.find((e) => e.status === 'pending'),
    extendedDays: w.extensions.filter((e) => e.status === 'approved').reduce((n, e) => n + e.days, 0),
    /** Who is urged or supervised: the handling body, or the body that must still route the matter. */
    target: p.holder_org_id ?? p.router_id,
    targetPath: p.holder_path ?? p.router_path,
  };
}
type Facts = ReturnType<typeof facts>;
type Test = (f: Facts, p: PolicyPetition, w: WorkflowRows, actor: Actor) => boolean;

/** Whether the actor's body (or the actor) stands in the relation to the petition (lifecycle.ts RELATIONS). */
export const relationTests: Record<Relation, Test> = {
  router: (f, p) => f.atOrAbove(p.router_path),
  receiver: (f) => f.at(f.pending?.to_org_id),
  holder: (f, p) => f.at(p.holder_org_id),
  assistant: (f, _p, w) => w.assignments.some((a) => a.mode === 'assist' && a.status === 'pending' && f.at(a.to_org_id)),
  mediator: (f, _p, w) => w.mediations.some((m) => f.at(m.org_id)),
  approver: (f) => f.at(f.pendingExtension?.org_id),
  decider: (f) => f.at(f.lastDecision?.org_id),
  assigner: (f) => f.at(f.origin?.from_org_id),
  assignee: (f, p) => f.at(p.holder_org_id) && f.lead?.mode === 'assign' && f.at(f.lead.to_org_id),
  reviewBody: (f) => f.at(f.lastDecision?.review_org_id),
  reviewer: (f) => f.at(f.openProceeding?.org_id),
  superior: (f, p) => !f.at(f.target) && (f.atOrAbove(p.router_path) || f.atOrAbove(f.targetPath)),
  supervised: (f, _p, w) => w.supervisions.some((s) => !s.replied_at && f.at(s.to_org_id)),
  instructed: (f, _p, w) => w.instructionRecipients.some((r) => !r.acknowledged_at && f.at(r.org_id)),
  owner: (_f, _p, w, actor) => w.ownership?.leader_id === actor.userId,
  any: () => true,
};

const reviewRequest =
  (stage: 'handling' | 'review', kind: 'review' | 'reexamination'): Test =>
  (f, _p, w) =>
    f.lastDecision?.stage === stage && f.delivered && !w.proceedings.some((g) => g.kind === kind);

/**
 * What the declaration's statuses and relations cannot say: facts of the workflow rows that must also hold.
 * Actions absent here need nothing more.
 */
export const guards = {
  requestExtension: (f) => !f.pendingExtension && f.extendedDays < MAX_EXTENSION_DAYS,
  // A 复查 / 复核 body decides once.
  decide: (f, _p, w) =>
    !((REVIEWING as readonly PetitionStatus[]).includes(f.status) && w.decisions.some((d) => d.stage === f.openProceeding?.kind)),
  deliver: (f) => Boolean(f.lastDecision) && !f.delivered,
  conclude: (f) => f.lastDecision?.stage === 'handling' && f.delivered,
  // The body the decision named for the review route takes the request (条例 Arts. 35–36).
  requestReview: reviewRequest('handling', 'review'),
  requestReexamination: reviewRequest('review', 'reexamination'),
  takeOwnership: (_f, _p, w) => !w.ownership,
  markBacklog: (_f, p) => !p.backlog_at || Boolean(p.backlog_resolved_on),
  resolveBacklog: (_f, p) => Boolean(p.backlog_at) && !p.backlog_resolved_on,
} satisfies Partial<Record<WorkflowAction, Test>>;
type Guarded = keyof typeof guards;
const guardOf = (action: WorkflowAction): Guarded | undefined => (action in guards ? (action as Guarded) : undefined);

/** What a refusal by each guard says: the fact that is missing, by the same facts the guard reads. */
const guardWords: Record<Guarded, (f: Facts) => Wording> = {
  requestExtension: (f) =>
    f.pendingExtension
      ? { zh: '已有延期申请等待审批，审批后方可再次申请。', en: 'An extension request is awaiting approval.' }
      : {
          zh: '延长办理期限累计已达三十日（《信访工作条例》第三十四条），不能再申请延期。',
          en: 'Extensions already total thirty days (Art. 34).',
        },
  decide: () => ({ zh: '本次复查（复核）意见已经出具，不能重复出具。', en: 'This review’s decision has already been issued.' }),
  deliver: (f) =>
    f.lastDecision
      ? { zh: '最近出具的意见书已经送达。', en: 'The last decision has already been delivered.' }
      : { zh: '尚未出具处理意见，没有可送达的意见书。', en: 'No decision has been issued yet.' },
  conclude: () => ({ zh: '处理意见书送达信访人后方可办结。', en: 'The decision must be delivered before the matter is concluded.' }),
  requestReview: () => ({
    zh: '处理意见书送达后方可请求复查，每件信访事项只复查一次（《信访工作条例》第三十五条）。',
    en: 'Review can be asked for once, after the decision has been delivered (Art. 35).',
  }),
  requestReexamination: () => ({
    zh: '复查意见书送达后方可请求复核，每件信访事项只复核一次（《信访工作条例》第三十六条）。',
    en: 'Re-examination can be asked for once, after the review decision has been delivered (Art. 36).',
  }),
  takeOwnership: () => ({ zh: '该信访事项已有领导包案。', en: 'A leader already owns this case.' }),
  markBacklog: () => ({ zh: '该信访事项已列为积案，尚未化解。', en: 'The matter is already marked as a backlog case.' }),
  resolveBacklog: () => ({ zh: '该信访事项未列为积案，或积案已经化解。', en: 'The matter is not an open backlog case.' }),
};

/** The bodies (or the leader) standing in a relation now, by name, for a refusal to name who may act. */
const namesIn: Record<Relation, (f: Facts, p: PolicyPetition, w: WorkflowRows) => (string | null | undefined)[]> = {
  router: (_f, p) => [p.router_name],
  receiver: (f) => [f.pending?.to_org_name],
  holder: (_f, p) => [p.holder_name],
  assistant: (_f, _p, w) => w.assignments.filter((a) => a.mode === 'assist' && a.status === 'pending').map((a) => a.to_org_name),
  mediator: (_f, _p, w) => w.mediations.map((m) => m.org_name),
  approver: () => [],
  decider: (f) => [f.lastDecision?.org_name],
  assigner: (f) => [f.origin?.from_org_name],
  assignee: (_f, p) => [p.holder_name],
  reviewBody: (f) => [f.lastDecision?.review_org_name],
  reviewer: (f) => [f.openProceeding?.org_name],
  superior: () => [],
  supervised: (_f, _p, w) => w.supervisions.filter((s) => !s.replied_at).map((s) => s.to_org_name),
  owner: (_f, _p, w) => [w.ownership?.leader_name],
  instructed: (_f, _p, w) => w.instructionRecipients.filter((r) => !r.acknowledged_at).map((r) => r.org_name),
  any: () => [],
};

/** Why the action does not fit now (status, then body, then the guard), or null when it does. */
function refusal(action: WorkflowAction, f: Facts, p: PolicyPetition, w: WorkflowRows, actor: Actor): Refusal | null {
  const declared: ActionDeclaration['who'] = LIFECYCLE[action].who;
  const inStatus = declared.filter((e) => e.from.includes(f.status));
  if (!inStatus.length) return { reason: 'status', allowed: allowedStatuses(action) };
  if (!inStatus.some((e) => relationTests[e.by](f, p, w, actor))) {
    const who = inStatus.map((e) => ({ by: e.by, names: [...new Set(namesIn[e.by](f, p, w).filter((n): n is string => !!n))] }));
    return { reason: 'body', who };
  }
  const guard = guardOf(action);
  if (guard && !guards[guard](f, p, w, actor)) return { reason: 'state', wording: guardWords[guard](f) };
  return null;
}

const hasAny = (actor: Actor, perms: readonly Permission[]) => perms.some((x) => actor.permissions.includes(x));

/** A 合并件 is closed to the actions WHILE_MERGED does not name. */
const mergedShut = (action: WorkflowAction, p: PolicyPetition) => p.merged_into_id !== null && !WHILE_MERGED.includes(action);

/** The declared status and relation fit, and the guard holds. */
const fits = (action: WorkflowAction, f: Facts, p: PolicyPetition, w: WorkflowRows, actor: Actor) =>
  !mergedShut(action, p) && !barredAsFinal(action, p) && refusal(action, f, p, w, actor) === null;

export const workflowPolicy = {
  /** Who is urged or supervised: the handling body, or the body that must still route the matter. */
  target: (p: PolicyPetition) => p.holder_org_id ?? p.router_id,

  /**
   * Whom a leader's instruction (批示) reaches: the handling body (or the one the matter awaits, or the one still
   * routing it) and the bodies the matter passed through on its way there after the leader's own body, or all of
   * them when the leader's body is not on the way: each sent it on and answers for it.
   */
  instructed(leaderOrgId: number, p: PolicyPetition, w: WorkflowRows): number[] {
    const handling = p.holder_org_id ?? routing(w).pending?.to_org_id ?? p.router_id;
    const way = w.assignments
      .filter((a) => a.mode !== 'assist' && (a.status === 'pending' || a.status === 'received' || a.status === 'done'))
      .flatMap((a) => [a.from_org_id, a.to_org_id])
      .filter((o) => o !== handling);
    const chain = [...new Set(way), handling];
    const after = chain.slice(chain.indexOf(leaderOrgId) + 1);
    // The leader's own body handles it: its handlers are told.
    return after.length ? after : [handling];
  },

  /** The actions this actor may take on the petition now. */
  allowed(actor: Actor, p: PolicyPetition, w: WorkflowRows): WorkflowAction[] {
    const f = facts(actor, p, w);
    return WORKFLOW_ACTIONS.filter((a) => hasAny(actor, LIFECYCLE[a].permission) && fits(a, f, p, w, actor));
  },

  /**
   * 403 when the role may never take the action; 409 when the status, the actor's body or a fact does not allow it
   * now, saying which (details.reason) and who may act.
   */
  assert(actor: Actor, p: PolicyPetition, w: WorkflowRows, action: WorkflowAction) {
    if (!hasAny(actor, LIFECYCLE[action].permission)) throw new AppError('forbidden');
    if (mergedShut(action, p)) throw new AppError('petition_merged', { action, intoId: p.merged_into_id });
    if (barredAsFinal(action, p)) throw new AppError('matter_final', { action, finalOfId: p.final_of_id, field: 'newFacts' });
    const r = refusal(action, facts(actor, p, w), p, w, actor);
    if (r) throw new AppError('action_not_allowed', { action, status: p.status, reason: r.reason }, refusalWording(p.status, r));
  },
};
