import {
  PETITION_STATUSES,
  type PetitionStatus,
  type Permission,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
  type InboxSection,
  INBOX_SECTIONS,
  PUBLIC_EVENT_KINDS,
  CLOSED_STATUSES,
} from '@xinfang/domain';

/**
 * The lifecycle of a petition as data (docs/WORKFLOW.md): its statuses and, per action, who may act (permission and
 * the actor's body relative to the petition), from which statuses, to which status, the clock events it sends
 * (whether the petitioner's timeline shows it is the vocabulary's PUBLIC_EVENT_KINDS); and the inbox sections, each the work waiting for one relation. The policy (who may act now),
 * the inbox queries, the OpenAPI summaries and the States table of docs/WORKFLOW.md are derived from it; facts a
 * relation cannot express (a pending extension, a decision already delivered) are the guards in workflow.policy.ts.
 */

const statuses = <const S extends readonly PetitionStatus[]>(...s: S) => s;

/** The handling body works on the matter (直接办理, 办理中, 已延期). */
export const HANDLING = statuses('accepted', 'handling', 'extended');
/** A 复查 or 复核 is open at the reviewing body. */
export const REVIEWING = statuses('in_review', 'in_reexamination');
/** Nothing is pending any more. */
export const CLOSED = CLOSED_STATUSES;
const OPEN = PETITION_STATUSES.filter((s) => !(CLOSED as readonly PetitionStatus[]).includes(s));

/**
 * The workflow actions open to a merged petition (合并件), whatever its status and relation: none. It is handled as
 * part of the matter it was merged into; only 撤销合并 (the petitions feature) makes it a matter of its own again.
 */
export const WHILE_MERGED: readonly WorkflowAction[] = [];
const ANY = PETITION_STATUSES;

/**
 * Who the actor's body (or the actor) must be, relative to the petition. Each is tested from the petition's facts
 * in workflow.policy.ts and, where an inbox section waits on it, written as SQL in workflow.repository.ts.
 */
export const RELATIONS = {
  router: 'the body routing the matter (the registering body, or the sender after a return), or a body above it',
  receiver: 'the body a forward or assignment awaits (签收 or 退回)',
  holder: 'the handling body (主办)',
  assistant: 'a body an assisting task awaits (协办)',
  mediator: 'a village a part of the matter was handed to for mediation, whose result is awaited (its dispute holder)',
  approver: 'the body whose extension request awaits approval',
  decider: 'the body that issued the last decision',
  assigner: 'the assigning body (交办机关, the first of a chain of 交办), which verifies',
  assignee: 'the handling body of a matter it received by 交办, which may pass it further down (层层交办)',
  reviewBody: 'the body the last decision names for 复查 / 复核',
  reviewer: 'the body an open 复查 / 复核 is at',
  superior: 'a body above the one that must act (not that body itself)',
  supervised: 'a body an urge or supervision slip awaits a reply from',
  instructed: "a body a leader's instruction (批示) awaits acknowledgement from",
  owner: 'the leader who owns the case (包案)',
  any: 'any body that sees the petition',
} as const;
export type Relation = keyof typeof RELATIONS;

/** Who each relation is, as a refusal names the one who may act instead (“此操作由承办机关（…）进行”). */
export const RELATION_ZH: Record<Relation, string> = {
  router: '负责转送、交办的机关',
  receiver: '接收转送、交办的机关',
  holder: '承办机关',
  assistant: '协办单位',
  mediator: '承担调解的村（居）',
  approver: '审批延期的机关',
  decider: '出具处理意见的机关',
  assigner: '交办机关',
  assignee: '接受交办的承办机关',
  reviewBody: '受理复查（复核）请求的机关',
  reviewer: '复查（复核）机关',
  superior: '上级机关',
  supervised: '被催办、督办的单位',
  owner: '包案领导',
  instructed: '收到领导批示的机关',
  any: '能查看该信访事项的单位',
};

/** Workflow events the clocks listen to (deadlines/policies.ts: startsOn, stopsOn). */
export type ClockEvent =
  | 'accepted'
  | 'received'
  | 'forwarded'
  | 'assigned'
  | 'delivered_to_body'
  | 'declined'
  | 'returned'
  | 'decided'
  | 'review_decided'
  | 'reexamination_decided'
  | 'decision_delivered'
  | 'review_delivered'
  | 'concluded'
  | 'verified'
  | 'rework'
  | 'review_requested'
  | 'reexamination_requested';

/** The status an action leads to: fixed, unchanged (null), or one of several chosen by the handler from its outcome. */
export type Target = PetitionStatus | null | { oneOf: readonly PetitionStatus[]; unchanged?: true; when: string };

export interface ActionDeclaration {
  /** The OpenAPI summary of the action's route and its name in docs/WORKFLOW.md. */
  summary: string;
  /** Any one of these lets the role take the action. */
  permission: readonly Permission[];
  /** In which statuses, and as which relation to the petition, the actor's body may act. */
  who: readonly { from: readonly PetitionStatus[]; by: Relation }[];
  to: Target;
  /** Workflow events the action may send to the clocks. */
  clocks: readonly ClockEvent[];
}

const routing = { from: statuses('registered', 'returned'), by: 'router' } as const;

/** The petition lifecycle: one entry per action, in the order of WORKFLOW_ACTIONS. */
export const LIFECYCLE = {
  accept: {
    summary: '受理（本机关直接办理）',
    permission: ['petition.route'],
    who: [routing],
    to: 'accepted',
    clocks: ['accepted', 'received'],
  },
  forward: {
    summary: '转送有权处理机关',
    permission: ['petition.route'],
    who: [routing],
    to: 'forwarded',
    clocks: ['forwarded', 'delivered_to_body'],
  },
  assign: {
    summary: '交办（限期办理并报送办结报告）',
    permission: ['petition.route'],
    who: [routing, { from: statuses('handling'), by: 'assignee' }],
    to: 'assigned',
    clocks: ['assigned', 'delivered_to_body'],
  },
  decline: {
    summary: '不予受理并告知信访人法定途径（条例第三十一条）',
    permission: ['petition.route'],
    who: [routing],
    to: 'declined',
    clocks: ['declined'],
  },
  receive: {
    summary: '签收',
    permission: ['petition.handle'],
    who: [{ from: statuses('forwarded', 'assigned'), by: 'receiver' }],
    to: 'handling',
    clocks: ['received'],
  },
  return: {
    summary: '退回（五个工作日内，说明理由）',
    permission: ['petition.handle'],
    who: [{ from: statuses('forwarded', 'assigned'), by: 'receiver' }],
    to: 'returned',
    clocks: ['returned'],
  },
  insist: {
    summary: '不同意退回，指定原机关办理',
    permission: ['petition.route'],
    who: [{ from: statuses('returned'), by: 'router' }],
    to: 'handling',
    clocks: ['received'],
  },
  // The reviewing body investigates and may hold a hearing too (条例 Art. 36).
  record: {
    summary: '登记办理记录（调查、会商、听证、调解、帮扶救助等）',
    permission: ['petition.handle'],
    who: [
      { from: HANDLING, by: 'holder' },
      { from: REVIEWING, by: 'reviewer' },
      // The result of a part handed to a village for mediation comes back as its handling record.
      { from: HANDLING, by: 'mediator' },
    ],
    to: { oneOf: ['handling'], unchanged: true, when: 'the first record of a matter accepted directly starts its handling' },
    clocks: [],
  },
  addAssist: {
    summary: '增加协办单位（责任分摊）',
    permission: ['petition.handle'],
    who: [{ from: HANDLING, by: 'holder' }],
    to: null,
    clocks: [],
  },
  assistReply: {
    summary: '协办单位报送协办意见',
    permission: ['petition.handle'],
    who: [{ from: ANY, by: 'assistant' }],
    to: null,
    clocks: [],
  },
  requestExtension: {
    summary: '申请延长办理期限（不超过三十日）',
    permission: ['petition.handle'],
    who: [{ from: HANDLING, by: 'holder' }],
    to: null,
    clocks: [],
  },
  approveExtension: {
    summary: '本机关负责人审批延期申请',
    permission: ['petition.approve'],
    who: [{ from: HANDLING, by: 'approver' }],
    to: { oneOf: ['extended'], unchanged: true, when: 'approved: extended; refused: unchanged' },
    clocks: [],
  },
  requestMediation: {
    summary: '交由村（居）调解（部分事项，调解结果作为办理记录反馈）',
    permission: ['petition.handle'],
    who: [{ from: HANDLING, by: 'holder' }],
    to: { oneOf: ['handling'], unchanged: true, when: 'the first step of a matter accepted directly starts its handling' },
    clocks: [],
  },
  decide: {
    summary: '出具信访处理意见书（复查、复核意见书）',
    permission: ['petition.handle'],
    who: [
      { from: HANDLING, by: 'holder' },
      { from: REVIEWING, by: 'reviewer' },
    ],
    to: { oneOf: ['answered'], unchanged: true, when: 'a handling decision: answered; a 复查 / 复核 decision: unchanged until delivered' },
    clocks: ['decided', 'review_decided', 'reexamination_decided'],
  },
  deliver: {
    summary: '登记送达情况',
    permission: ['petition.handle'],
    who: [{ from: statuses('answered', 'in_review', 'in_reexamination'), by: 'decider' }],
    to: {
      oneOf: ['concluded', 'final'],
      unchanged: true,
      when: 'a handling decision: unchanged (the body concludes); a 复查 decision: concluded; a 复核 decision: final',
    },
    clocks: ['decision_delivered', 'review_delivered'],
  },
  conclude: {
    summary: '办结（交办事项报送办结报告）',
    permission: ['petition.handle'],
    who: [{ from: statuses('answered'), by: 'holder' }],
    to: {
      oneOf: ['pending_review', 'concluded'],
      when: 'an assigned matter: pending_review (the assigning body verifies); else concluded',
    },
    clocks: ['concluded'],
  },
  verify: {
    summary: '审核认定办结',
    permission: ['petition.verify'],
    who: [{ from: statuses('pending_review'), by: 'assigner' }],
    to: 'concluded',
    clocks: ['verified'],
  },
  rework: {
    summary: '退回重办',
    permission: ['petition.verify'],
    who: [{ from: statuses('pending_review'), by: 'assigner' }],
    to: 'handling',
    clocks: ['rework'],
  },
  requestReview: {
    summary: '登记复查请求（送达之日起三十日内）',
    permission: ['petition.register', 'petition.handle'],
    who: [{ from: statuses('concluded'), by: 'reviewBody' }],
    to: 'in_review',
    clocks: ['review_requested'],
  },
  requestReexamination: {
    summary: '登记复核请求（送达之日起三十日内）',
    permission: ['petition.register', 'petition.handle'],
    who: [{ from: statuses('concluded'), by: 'reviewBody' }],
    to: 'in_reexamination',
    clocks: ['reexamination_requested'],
  },
  urge: {
    summary: '催办',
    permission: ['petition.supervise'],
    who: [{ from: OPEN, by: 'superior' }],
    to: null,
    clocks: [],
  },
  supervise: {
    summary: '督办（督办单，须书面回复是否采纳督办意见）',
    permission: ['petition.supervise'],
    who: [{ from: OPEN, by: 'superior' }],
    to: null,
    clocks: [],
  },
  replySupervision: {
    summary: '回复催办、督办',
    permission: ['petition.handle', 'petition.route'],
    who: [{ from: ANY, by: 'supervised' }],
    to: null,
    clocks: [],
  },
  instruct: {
    summary: '领导批示',
    permission: ['petition.instruct'],
    who: [{ from: ANY, by: 'any' }],
    to: null,
    clocks: [],
  },
  acknowledgeInstruction: {
    summary: '批示已阅（办理机关和中间各级机关签收领导批示）',
    permission: ['petition.handle', 'petition.route', 'petition.approve'],
    who: [{ from: ANY, by: 'instructed' }],
    to: null,
    clocks: [],
  },
  takeOwnership: {
    summary: '领导包案',
    permission: ['petition.own'],
    who: [{ from: PETITION_STATUSES.filter((s) => s !== 'declined'), by: 'any' }],
    to: null,
    clocks: [],
  },
  ownershipItem: {
    summary: '登记包案“三亲自三见面”事项',
    permission: ['petition.own'],
    who: [{ from: ANY, by: 'owner' }],
    to: null,
    clocks: [],
  },
  markBacklog: {
    summary: '列为积案',
    permission: ['petition.backlog'],
    who: [{ from: PETITION_STATUSES.filter((s) => s !== 'declined'), by: 'any' }],
    to: null,
    clocks: [],
  },
  resolveBacklog: {
    summary: '登记积案化解',
    permission: ['petition.backlog'],
    who: [{ from: ANY, by: 'any' }],
    to: null,
    clocks: [],
  },
} as const satisfies Record<WorkflowAction, ActionDeclaration>;

type Declared<A extends WorkflowAction> = (typeof LIFECYCLE)[A];

/**
 * The `to` a handler returns, typed by the declaration: none for a fixed or unchanged target, one of the declared
 * statuses otherwise (optional when the action may leave the status as it is).
 */
export type TargetChoice<A extends WorkflowAction> = Declared<A>['to'] extends { oneOf: readonly (infer S)[]; unchanged: true }
  ? { to?: S }
  : Declared<A>['to'] extends { oneOf: readonly (infer S)[] }
    ? { to: S }
    : { to?: never };

/** The clock events a handler may send, typed by the declaration. */
export type ClockEventOf<A extends WorkflowAction> = Declared<A>['clocks'][number];

/** The status after the action: the declared one, or the handler's choice among the declared ones, or unchanged. */
export function targetStatus(action: WorkflowAction, from: PetitionStatus, chosen: PetitionStatus | undefined): PetitionStatus {
  const to: Target = LIFECYCLE[action].to;
  if (to === null) return from;
  if (typeof to === 'string') return to;
  return chosen ?? from;
}

/** Every status the action may lead to (for the tests and the generated table). */
export function targetsOf(action: WorkflowAction): readonly PetitionStatus[] {
  const to: Target = LIFECYCLE[action].to;
  if (to === null) return [];
  return typeof to === 'string' ? [to] : to.oneOf;
}

/** The statuses from which the action may be taken by a body in this relation. */
export function fromStatuses(action: WorkflowAction, by?: Relation): PetitionStatus[] {
  const who: ActionDeclaration['who'] = LIFECYCLE[action].who;
  return PETITION_STATUSES.filter((s) => who.some((w) => (by === undefined || w.by === by) && w.from.includes(s)));
}

/** Actions open to their relation in every status but the closed ones: shown apart from the States table. */
export const ANYTIME_ACTIONS = WORKFLOW_ACTIONS.filter((a) => OPEN.every((s) => fromStatuses(a).includes(s)));

/**
 * Whether the petitioner's timeline on the portal shows the action (条例 Arts. 18, 21): the vocabulary's list, which
 * the portal's server and page read too.
 */
export const isPublic = (action: WorkflowAction) => (PUBLIC_EVENT_KINDS as readonly string[]).includes(action);

/**
 * 待办事项: each section lists the petitions waiting for the actor's body in one relation, in the statuses from
 * which the actions of that relation may be taken. `anyStatus`: the pending row is the work itself, whatever the status.
 */
export const INBOX = {
  route: { by: 'router' },
  receive: { by: 'receiver' },
  handle: { by: 'holder' },
  assist: { by: 'assistant' },
  // A decision may be issued while an extension request is pending: the leader still sees it to answer.
  approve: { by: 'approver', anyStatus: true },
  verify: { by: 'assigner' },
  review: { by: 'reviewer' },
  supervision: { by: 'supervised' },
  instruction: { by: 'instructed' },
} as const satisfies Record<InboxSection, { by: Relation; anyStatus?: true }>;

/** The statuses an inbox section is limited to, or null when the relation alone decides. */
function sectionStatuses(section: InboxSection): PetitionStatus[] | null {
  const s: { by: Relation; anyStatus?: true } = INBOX[section];
  if (s.anyStatus) return null;
  const from = PETITION_STATUSES.filter((status) => WORKFLOW_ACTIONS.some((a) => fromStatuses(a, s.by).includes(status)));
  return from.length === PETITION_STATUSES.length ? null : from;
}

/** The roles that see an inbox section: those holding a permission of an action its relation may take. */
function sectionPermissions(section: InboxSection): Permission[] {
  const by: Relation = INBOX[section].by;
  const who = (a: WorkflowAction): ActionDeclaration['who'] => LIFECYCLE[a].who;
  return [...new Set(WORKFLOW_ACTIONS.filter((a) => who(a).some((w) => w.by === by)).flatMap((a) => LIFECYCLE[a].permission))];
}

// Derived once: every inbox request reads them for each of its sections.
const SECTION_STATUSES = Object.fromEntries(INBOX_SECTIONS.map((s) => [s, sectionStatuses(s)])) as Record<
  InboxSection,
  PetitionStatus[] | null
>;
const SECTION_PERMISSIONS = Object.fromEntries(INBOX_SECTIONS.map((s) => [s, sectionPermissions(s)])) as Record<InboxSection, Permission[]>;
export const inboxStatuses = (section: InboxSection) => SECTION_STATUSES[section];
export const inboxPermissions = (section: InboxSection) => SECTION_PERMISSIONS[section];
