import { type DisputeAction, type DisputeStatus, type Permission } from '@xinfang/domain';

/**
 * The lifecycle of a dispute as data, the petition lifecycle's shape (workflow/lifecycle.ts; docs/WORKFLOW.md § "A
 * second case kind"): per action the permission, from which statuses and as which relation of the actor's body,
 * the status it leads to and the clock events it may send. The policy (disputes.policy.ts), the refusals and the
 * actions offered to the UI are derived from it.
 */
export const DISPUTE_RELATIONS = {
  holder: 'the body that holds the dispute (the registering village, or the body that took it over)',
  escalatedTo: 'the body an escalated dispute awaits',
} as const;
export type DisputeRelation = keyof typeof DISPUTE_RELATIONS;
export const DISPUTE_RELATION_ZH: Record<DisputeRelation, string> = { holder: '受理调处的单位', escalatedTo: '接收上报的上级单位' };

/** Clock events (policies.ts, the grassroots clocks). */
export type DisputeClockEvent = 'mediation_started' | 'mediation_ended' | 'agreed' | 'followed_up' | 'escalated' | 'taken_over';

export interface DisputeDeclaration {
  summary: string;
  permission: readonly Permission[];
  who: readonly { from: readonly DisputeStatus[]; by: DisputeRelation }[];
  /** Fixed, unchanged (null), or one of several chosen by the handler. */
  to: DisputeStatus | null | { oneOf: readonly DisputeStatus[]; unchanged?: true };
  clocks: readonly DisputeClockEvent[];
}

const mediate: readonly Permission[] = ['dispute.mediate'];
const OPEN_BEFORE_AGREEMENT = ['registered', 'mediating', 'failed'] as const;

export const DISPUTE_LIFECYCLE: Record<DisputeAction, DisputeDeclaration> = {
  mediate: {
    summary: '开始调解（受理调解申请）',
    permission: mediate,
    who: [{ from: ['registered', 'failed'], by: 'holder' }],
    to: 'mediating',
    clocks: ['mediation_started'],
  },
  recordSession: {
    summary: '登记一次调解（日期、调解员、到场当事人、经过）',
    permission: mediate,
    who: [{ from: ['mediating'], by: 'holder' }],
    to: null,
    clocks: [],
  },
  extendMediation: {
    summary: '经当事人同意延长调解期限',
    permission: mediate,
    who: [{ from: ['mediating'], by: 'holder' }],
    to: null,
    clocks: [],
  },
  agree: {
    summary: '达成调解协议（制作调解协议书，当事人签名，约定回访日期）',
    permission: mediate,
    who: [{ from: ['mediating'], by: 'holder' }],
    to: 'agreed',
    clocks: ['mediation_ended', 'agreed'],
  },
  disagree: {
    summary: '调解不成（告知当事人依法维权的途径）',
    permission: mediate,
    who: [{ from: ['mediating'], by: 'holder' }],
    to: 'failed',
    clocks: ['mediation_ended'],
  },
  withdraw: {
    summary: '当事人撤回调解申请',
    permission: mediate,
    who: [{ from: OPEN_BEFORE_AGREEMENT, by: 'holder' }],
    to: 'withdrawn',
    clocks: ['mediation_ended'],
  },
  report: {
    summary: '出具处理报告（查明的事实、做过的工作、未能化解的原因）',
    permission: mediate,
    who: [{ from: OPEN_BEFORE_AGREEMENT, by: 'holder' }],
    to: null,
    clocks: [],
  },
  escalate: {
    summary: '上报上级（连同处理报告和全部经过）',
    permission: mediate,
    who: [{ from: ['registered', 'failed'], by: 'holder' }],
    to: 'escalated',
    clocks: ['escalated'],
  },
  takeOver: {
    summary: '接收上报的矛盾纠纷',
    permission: mediate,
    who: [{ from: ['escalated'], by: 'escalatedTo' }],
    to: 'registered',
    clocks: ['taken_over'],
  },
  followUp: {
    summary: '履行回访（协议是否履行）',
    permission: mediate,
    who: [{ from: ['agreed'], by: 'holder' }],
    to: { oneOf: ['closed', 'failed'], unchanged: true },
    clocks: ['followed_up', 'agreed'],
  },
  confirmJudicially: {
    summary: '登记司法确认（人民法院确认调解协议有效）',
    permission: mediate,
    who: [{ from: ['agreed', 'closed'], by: 'holder' }],
    to: null,
    clocks: [],
  },
  toPetition: {
    summary: '转为信访事项（连同纠纷经过登记）',
    // Registering a petition is the registrar's act.
    permission: ['petition.register'],
    who: [{ from: OPEN_BEFORE_AGREEMENT, by: 'holder' }],
    to: 'petitioned',
    clocks: ['mediation_ended'],
  },
  close: {
    summary: '办结（调解不成，已告知法定途径）',
    permission: mediate,
    who: [{ from: ['failed'], by: 'holder' }],
    to: 'closed',
    clocks: [],
  },
};

/** The status an action leads to: the declared one, the handler's choice among those declared, or unchanged. */
export function disputeTarget(action: DisputeAction, from: DisputeStatus, chosen: DisputeStatus | undefined): DisputeStatus {
  const to = DISPUTE_LIFECYCLE[action].to;
  if (to === null) return from;
  if (typeof to === 'string') return to;
  if (chosen === undefined) {
    if (to.unchanged) return from;
    throw new Error(`${action}: the handler must choose one of ${to.oneOf.join(', ')}`);
  }
  if (!to.oneOf.includes(chosen)) throw new Error(`${action}: ${chosen} is not one of ${to.oneOf.join(', ')}`);
  return chosen;
}
