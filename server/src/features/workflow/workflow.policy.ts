import { type Permission, MAX_EXTENSION_DAYS, WORKFLOW_ACTIONS, type WorkflowAction } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { AppError } from '../../errors.js';
import { CLOSED_STATUSES, HANDLING_STATUSES } from './workflow.constants.js';
import type { WorkflowRows } from './workflow.repository.js';

/** What the rules need to know of the petition itself. */
export interface PolicyPetition {
  status: string;
  org_id: number;
  /** The body that routes it now (policyColumns in workflow.repository.ts). */
  router_id: number;
  router_path: string;
  holder_org_id: number | null;
  holder_path: string | null;
  backlog_at: Date | null;
  backlog_resolved_on: string | null;
}

/** Where the routing stands: the assignment awaiting signature, the one just returned, the one being handled. */
export function routing(w: WorkflowRows) {
  const routed = w.assignments.filter((a) => a.mode !== 'assist');
  const last = routed.at(-1);
  return {
    pending: routed.find((a) => a.status === 'pending'),
    returned: last?.status === 'returned' ? last : undefined,
    lead: routed.findLast((a) => a.status === 'received' || a.status === 'done'),
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
    handling: HANDLING_STATUSES.includes(p.status),
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

interface Rule {
  /** Any one of these permissions lets the role take the action. */
  permission: Permission | Permission[];
  /** The state and the actor's body in which the action is allowed. */
  when: (f: Facts, p: PolicyPetition, w: WorkflowRows, actor: Actor) => boolean;
}

const routingRule: Rule = {
  permission: 'petition.route',
  when: (f, p) => ['registered', 'returned'].includes(f.status) && f.atOrAbove(p.router_path),
};
const handlingWork: Rule = { permission: 'petition.handle', when: (f, p) => f.handling && f.at(p.holder_org_id) };
const reviewRequest = (stage: 'handling' | 'review', kind: 'review' | 'reexamination'): Rule => ({
  permission: ['petition.register', 'petition.handle'],
  when: (f, _p, w) =>
    f.status === 'concluded' &&
    f.lastDecision?.stage === stage &&
    f.delivered &&
    !w.proceedings.some((g) => g.kind === kind) &&
    // The body the decision named for the review route takes the request (条例 Arts. 35–36).
    f.at(f.lastDecision.review_org_id),
});

/** Who may take each action, and when: declared once, used by the API and sent to the UI. */
export const workflowRules: Record<WorkflowAction, Rule> = {
  accept: routingRule,
  forward: routingRule,
  assign: routingRule,
  decline: routingRule,
  insist: { permission: 'petition.route', when: (f, p) => f.status === 'returned' && f.atOrAbove(p.router_path) },
  receive: { permission: 'petition.handle', when: (f) => ['forwarded', 'assigned'].includes(f.status) && f.at(f.pending?.to_org_id) },
  return: { permission: 'petition.handle', when: (f) => ['forwarded', 'assigned'].includes(f.status) && f.at(f.pending?.to_org_id) },
  // The reviewing body investigates and may hold a hearing too (条例 Art. 36).
  record: {
    permission: 'petition.handle',
    when: (f, p) =>
      (f.handling && f.at(p.holder_org_id)) || (['in_review', 'in_reexamination'].includes(f.status) && f.at(f.openProceeding?.org_id)),
  },
  addAssist: handlingWork,
  requestExtension: {
    permission: 'petition.handle',
    when: (f, p) => f.handling && f.at(p.holder_org_id) && !f.pendingExtension && f.extendedDays < MAX_EXTENSION_DAYS,
  },
  approveExtension: { permission: 'petition.approve', when: (f) => f.handling && f.at(f.pendingExtension?.org_id) },
  decide: {
    permission: 'petition.handle',
    when: (f, p, w) =>
      (f.handling && f.at(p.holder_org_id)) ||
      (['in_review', 'in_reexamination'].includes(f.status) &&
        f.at(f.openProceeding?.org_id) &&
        !w.decisions.some((d) => d.stage === f.openProceeding!.kind)),
  },
  deliver: { permission: 'petition.handle', when: (f) => Boolean(f.lastDecision) && !f.delivered && f.at(f.lastDecision!.org_id) },
  conclude: {
    permission: 'petition.handle',
    when: (f, p) => f.status === 'answered' && f.at(p.holder_org_id) && f.lastDecision?.stage === 'handling' && f.delivered,
  },
  verify: { permission: 'petition.verify', when: (f) => f.status === 'pending_review' && f.at(f.lead?.from_org_id) },
  rework: { permission: 'petition.verify', when: (f) => f.status === 'pending_review' && f.at(f.lead?.from_org_id) },
  requestReview: reviewRequest('handling', 'review'),
  requestReexamination: reviewRequest('review', 'reexamination'),
  urge: {
    permission: 'petition.supervise',
    when: (f, p) => !CLOSED_STATUSES.includes(f.status) && !f.at(f.target) && (f.atOrAbove(p.router_path) || f.atOrAbove(f.targetPath)),
  },
  supervise: {
    permission: 'petition.supervise',
    when: (f, p) => !CLOSED_STATUSES.includes(f.status) && !f.at(f.target) && (f.atOrAbove(p.router_path) || f.atOrAbove(f.targetPath)),
  },
  replySupervision: {
    permission: ['petition.handle', 'petition.route'],
    when: (f, _p, w) => w.supervisions.some((s) => !s.replied_at && f.at(s.to_org_id)),
  },
  assistReply: {
    permission: 'petition.handle',
    when: (f, _p, w) => w.assignments.some((a) => a.mode === 'assist' && a.status === 'pending' && f.at(a.to_org_id)),
  },
  instruct: { permission: 'petition.instruct', when: () => true },
  takeOwnership: { permission: 'petition.own', when: (f, _p, w) => !w.ownership && f.status !== 'declined' },
  ownershipItem: { permission: 'petition.own', when: (_f, _p, w, actor) => w.ownership?.leader_id === actor.userId },
  markBacklog: {
    permission: 'petition.backlog',
    when: (f, p) => f.status !== 'declined' && (!p.backlog_at || Boolean(p.backlog_resolved_on)),
  },
  resolveBacklog: { permission: 'petition.backlog', when: (_f, p) => Boolean(p.backlog_at) && !p.backlog_resolved_on },
};

const hasAny = (actor: Actor, perm: Permission | Permission[]) =>
  (Array.isArray(perm) ? perm : [perm]).some((x) => actor.permissions.includes(x));

export const workflowPolicy = {
  /** Who is urged or supervised: the handling body, or the body that must still route the matter. */
  target: (p: PolicyPetition) => p.holder_org_id ?? p.router_id,

  /** The actions this actor may take on the petition now. */
  allowed(actor: Actor, p: PolicyPetition, w: WorkflowRows): WorkflowAction[] {
    const f = facts(actor, p, w);
    return WORKFLOW_ACTIONS.filter((a) => hasAny(actor, workflowRules[a].permission) && workflowRules[a].when(f, p, w, actor));
  },

  /** 403 when the role may never take the action; 409 when the state or the actor's body does not allow it now. */
  assert(actor: Actor, p: PolicyPetition, w: WorkflowRows, action: WorkflowAction) {
    const rule = workflowRules[action];
    if (!hasAny(actor, rule.permission)) throw new AppError('forbidden');
    if (!rule.when(facts(actor, p, w), p, w, actor)) throw new AppError('action_not_allowed', { action, status: p.status });
  },
};
