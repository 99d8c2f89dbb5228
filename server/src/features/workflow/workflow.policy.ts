import { type PetitionStatus, WORKFLOW_ACTIONS, type WorkflowAction, type Permission, MAX_EXTENSION_DAYS } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { AppError } from '../../errors.js';
import { LIFECYCLE, REVIEWING, type ActionDeclaration, type Relation } from './lifecycle.js';
import type { WorkflowRows } from './workflow.repository.js';

/** What the rules need to know of the petition itself. */
export interface PolicyPetition {
  status: PetitionStatus;
  org_id: number;
  /** The body that routes it now (policyColumns in petitions.repository.ts). */
  router_id: number;
  router_path: string;
  holder_org_id: number | null;
  holder_path: string | null;
  backlog_at: Date | null;
  backlog_resolved_on: string | null;
}

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
  approver: (f) => f.at(f.pendingExtension?.org_id),
  decider: (f) => f.at(f.lastDecision?.org_id),
  assigner: (f) => f.at(f.origin?.from_org_id),
  assignee: (f, p) => f.at(p.holder_org_id) && f.lead?.mode === 'assign' && f.at(f.lead.to_org_id),
  reviewBody: (f) => f.at(f.lastDecision?.review_org_id),
  reviewer: (f) => f.at(f.openProceeding?.org_id),
  superior: (f, p) => !f.at(f.target) && (f.atOrAbove(p.router_path) || f.atOrAbove(f.targetPath)),
  supervised: (f, _p, w) => w.supervisions.some((s) => !s.replied_at && f.at(s.to_org_id)),
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
export const guards: Partial<Record<WorkflowAction, Test>> = {
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
};

const hasAny = (actor: Actor, perms: readonly Permission[]) => perms.some((x) => actor.permissions.includes(x));

/** The declared status and relation fit, and the guard holds. */
function fits(action: WorkflowAction, f: Facts, p: PolicyPetition, w: WorkflowRows, actor: Actor) {
  const who: ActionDeclaration['who'] = LIFECYCLE[action].who;
  return who.some((e) => e.from.includes(f.status) && relationTests[e.by](f, p, w, actor)) && (guards[action]?.(f, p, w, actor) ?? true);
}

export const workflowPolicy = {
  /** Who is urged or supervised: the handling body, or the body that must still route the matter. */
  target: (p: PolicyPetition) => p.holder_org_id ?? p.router_id,

  /** The actions this actor may take on the petition now. */
  allowed(actor: Actor, p: PolicyPetition, w: WorkflowRows): WorkflowAction[] {
    const f = facts(actor, p, w);
    return WORKFLOW_ACTIONS.filter((a) => hasAny(actor, LIFECYCLE[a].permission) && fits(a, f, p, w, actor));
  },

  /** 403 when the role may never take the action; 409 when the state or the actor's body does not allow it now. */
  assert(actor: Actor, p: PolicyPetition, w: WorkflowRows, action: WorkflowAction) {
    if (!hasAny(actor, LIFECYCLE[action].permission)) throw new AppError('forbidden');
    if (!fits(action, facts(actor, p, w), p, w, actor)) throw new AppError('action_not_allowed', { action, status: p.status });
  },
};
