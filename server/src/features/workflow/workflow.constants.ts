/** Names of the handling workflow (docs/WORKFLOW.md; DOMAIN.md §1–§2). */

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
/** Bodies of these kinds are statutory routes, not petition handlers: petitions are not sent there. */
export const ROUTE_ONLY_KINDS = ['court', 'procuratorate', 'arbitration', 'reconsideration'];

export const RECORD_KINDS = ['investigation', 'meeting', 'document', 'hearing', 'mediation', 'relief', 'other'] as const;
export const OUTCOMES = ['support', 'explain', 'reject'] as const;
export const DELIVERY_METHODS = ['in_person', 'post', 'electronic'] as const;
export const DELIVERY_RESULTS = ['signed', 'refused'] as const;
/** 三亲自三见面: heard the report, chaired the study, coordinated the handling; met petitioner, handler, file. */
export const OWNERSHIP_ITEMS = ['heard', 'chaired', 'coordinated', 'met_petitioner', 'met_handler', 'met_file'] as const;

/** Days the petitioner has to ask for 复查 / 复核 after delivery (条例 Arts. 35–36), shown in decisions. */
export const REVIEW_REQUEST_DAYS = 30;
/** 条例 Art. 34: handling may be extended by at most thirty days in all. */
export const MAX_EXTENSION_DAYS = 30;
