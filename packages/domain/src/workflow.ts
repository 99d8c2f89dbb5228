/** Names of the handling workflow (docs/WORKFLOW.md). */
import { chineseNumber } from './numerals.js';

/** Every action of the handling workflow, in the order of docs/WORKFLOW.md (the order buttons are shown in). */
export const WORKFLOW_ACTIONS = [
  'accept',
  'forward',
  'assign',
  'decline',
  'receive',
  'return',
  'insist',
  'record',
  'addAssist',
  'assistReply',
  'requestExtension',
  'approveExtension',
  'requestMediation',
  'decide',
  'deliver',
  'conclude',
  'verify',
  'rework',
  'requestReview',
  'requestReexamination',
  'urge',
  'supervise',
  'replySupervision',
  'instruct',
  'acknowledgeInstruction',
  'takeOwnership',
  'ownershipItem',
  'markBacklog',
  'resolveBacklog',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** 诉访分离 (条例 Art. 31): the statutory routes a declined petition is pointed to. */
export const DECLINE_ROUTES = [
  'litigation',
  'arbitration',
  'labor_arbitration',
  'reconsideration',
  'discipline',
  'procuratorate',
  'other',
] as const;
export type DeclineRoute = (typeof DECLINE_ROUTES)[number];
export const DECLINE_ROUTE_ZH: Record<DeclineRoute, string> = {
  litigation: '诉讼（人民法院）',
  arbitration: '仲裁',
  labor_arbitration: '劳动人事争议仲裁',
  reconsideration: '行政复议',
  discipline: '纪检监察机关',
  procuratorate: '人民检察院',
  other: '其他法定途径',
};

/** How a body hands a petition on: 转送, 交办, or a request to assist (协办). */
export const ASSIGNMENT_MODES = ['forward', 'assign', 'assist'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];
export const ASSIGNMENT_STATUSES = ['pending', 'received', 'returned', 'done', 'withdrawn'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const RECORD_KINDS = ['investigation', 'meeting', 'document', 'hearing', 'mediation', 'relief', 'other'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const RECORD_KIND_ZH: Record<RecordKind, string> = {
  investigation: '调查核实',
  meeting: '约谈会商',
  document: '调阅材料',
  hearing: '听证',
  mediation: '调解',
  relief: '救助',
  other: '其他',
};

export const EXTENSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/** The three levels a decision is taken at: 办理, 复查, 复核. */
export const DECISION_STAGES = ['handling', 'review', 'reexamination'] as const;
export type DecisionStage = (typeof DECISION_STAGES)[number];

/** What a handling decision answers (条例 Art. 32): 予以支持, 解释说明, 不予支持. */
export const OUTCOMES = ['support', 'explain', 'reject'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/**
 * What a 复查 / 复核 decision says of the decision under review (条例 Arts. 35–36): 维持, 撤销, 变更, 责令重新处理.
 */
export const REVIEW_OUTCOMES = ['uphold', 'revoke', 'vary', 'redo'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export const DECISION_OUTCOMES = [...OUTCOMES, ...REVIEW_OUTCOMES] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
/** The outcomes a decision of the stage may have. */
export const outcomesOf = (stage: DecisionStage): readonly DecisionOutcome[] => (stage === 'handling' ? OUTCOMES : REVIEW_OUTCOMES);
export const OUTCOME_ZH: Record<DecisionOutcome, string> = {
  support: '予以支持',
  explain: '解释说明',
  reject: '不予支持',
  uphold: '维持',
  revoke: '撤销',
  vary: '变更',
  redo: '责令重新处理',
};
export const DELIVERY_METHODS = ['in_person', 'post', 'electronic'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_METHOD_ZH: Record<DeliveryMethod, string> = { in_person: '直接送达', post: '邮寄送达', electronic: '电子送达' };
export const DELIVERY_RESULTS = ['signed', 'refused'] as const;
export type DeliveryResult = (typeof DELIVERY_RESULTS)[number];
export const DELIVERY_RESULT_ZH: Record<DeliveryResult, string> = { signed: '信访人签收', refused: '信访人拒收' };

/** 三亲自三见面: heard the report, chaired the study, coordinated the handling; met petitioner, handler, file. */
export const OWNERSHIP_ITEMS = ['heard', 'chaired', 'coordinated', 'met_petitioner', 'met_handler', 'met_file'] as const;
export type OwnershipItemName = (typeof OWNERSHIP_ITEMS)[number];
export const OWNERSHIP_ITEM_ZH: Record<OwnershipItemName, string> = {
  heard: '亲自听取汇报',
  chaired: '亲自主持研究',
  coordinated: '亲自协调处理',
  met_petitioner: '见信访人',
  met_handler: '见办理人',
  met_file: '见案卷',
};

/** Events a petitioner sees (条例 Arts. 18, 21): where the matter is and what was decided, not internal work. */
export const PUBLIC_EVENT_KINDS = [
  'registered',
  'accept',
  'forward',
  'assign',
  'decline',
  'receive',
  'return',
  'insist',
  'approveExtension',
  'decide',
  'deliver',
  'conclude',
  'verify',
  'rework',
  'requestReview',
  'requestReexamination',
] as const satisfies readonly ('registered' | WorkflowAction)[];
export type PublicEventKind = (typeof PUBLIC_EVENT_KINDS)[number];

/** The sections of a body's to-do list (待办), in the order shown. */
export const INBOX_SECTIONS = [
  'route',
  'receive',
  'handle',
  'assist',
  'approve',
  'verify',
  'review',
  'supervision',
  'instruction',
] as const;
export type InboxSection = (typeof INBOX_SECTIONS)[number];

/** Days the petitioner has to ask for 复查 / 复核 after delivery (条例 Arts. 35–36), shown in decisions. */
export const REVIEW_REQUEST_DAYS = 30;
/** 条例 Art. 34: handling may be extended by at most thirty days in all. */
export const MAX_EXTENSION_DAYS = 30;

/**
 * The remedy sentence ending a decision (条例 Arts. 32, 35, 36), as the 信访处理意见书 writes it: a handling decision
 * names 复查 and a review decision 复核, each at the body named (or the one above) within the period; a
 * re-examination decision is final.
 */
export function reviewRouteZh(stage: DecisionStage, body: string | null, days: number = REVIEW_REQUEST_DAYS): string {
  if (stage === 'reexamination')
    return '本复核意见为最终意见。根据《信访工作条例》第三十六条的规定，信访人对复核意见不服，仍以同一事实和理由提出信访事项的，不再受理。';
  const at = body ?? '上一级机关、单位';
  return stage === 'handling'
    ? `如不服本处理意见，可以自收到本意见书之日起${chineseNumber(days)}日内向${at}请求复查。`
    : `如不服本复查意见，可以自收到本意见书之日起${chineseNumber(days)}日内向${at}请求复核。`;
}
