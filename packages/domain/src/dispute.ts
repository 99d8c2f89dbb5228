/**
 * 矛盾纠纷 (docs/GLOSSARY.md "Grassroots disputes"): the register of disputes and problems a village (村/居), a grid
 * worker (网格员) or a township settles before they become petitions, mediated under the 人民调解法. A register of
 * matters, never of people (SCOPE.md): parties are named only as the parties of their matter, nobody is scored.
 */
import { z } from 'zod';

export const DISPUTE_STATUSES = ['registered', 'mediating', 'agreed', 'failed', 'escalated', 'closed', 'withdrawn', 'petitioned'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
export const DISPUTE_STATUS_ZH: Record<DisputeStatus, string> = {
  registered: '已登记',
  mediating: '调解中',
  agreed: '已达成协议',
  failed: '调解不成',
  escalated: '已上报待接收',
  closed: '已办结',
  withdrawn: '已撤回',
  petitioned: '已转为信访事项',
};
export const DISPUTE_STATUS_EN: Record<DisputeStatus, string> = {
  registered: 'registered',
  mediating: 'in mediation',
  agreed: 'settled by agreement',
  failed: 'not settled',
  escalated: 'escalated, awaiting the body above',
  closed: 'closed',
  withdrawn: 'withdrawn',
  petitioned: 'registered as a petition',
};
/** Nothing is pending any more: the register counts these as settled or ended. */
export const CLOSED_DISPUTE_STATUSES = ['closed', 'withdrawn', 'petitioned'] as const satisfies readonly DisputeStatus[];

/**
 * The actions on a dispute, in the order of its lifecycle: take it up for mediation, record each session, extend the
 * time limit with the parties' consent, end it (agreement, none, withdrawn), the village's 处理报告 and the escalation
 * to the body above and its taking over, the follow-up visit (履行回访) and 司法确认, registering it as a petition,
 * closing it (no agreement: the parties were told their legal route).
 */
export const DISPUTE_ACTIONS = [
  'mediate',
  'recordSession',
  'extendMediation',
  'agree',
  'disagree',
  'withdraw',
  'report',
  'escalate',
  'takeOver',
  'followUp',
  'confirmJudicially',
  'toPetition',
  'close',
] as const;
export type DisputeAction = (typeof DISPUTE_ACTIONS)[number];
export const DISPUTE_ACTION_ZH: Record<DisputeAction, string> = {
  mediate: '开始调解',
  recordSession: '登记调解情况',
  extendMediation: '延长调解期限',
  agree: '达成调解协议',
  disagree: '调解不成',
  withdraw: '当事人撤回',
  report: '出具处理报告',
  escalate: '上报上级',
  takeOver: '接收上报事项',
  followUp: '履行回访',
  confirmJudicially: '登记司法确认',
  toPetition: '转为信访事项',
  close: '办结',
};

/** Kinds of dispute, as 人民调解 registers count them. */
export const DISPUTE_KINDS = [
  'land',
  'boundary',
  'forest_boundary',
  'homestead',
  'family',
  'neighbour',
  'wages',
  'contract',
  'damages',
  'environment',
  'property',
  'other',
] as const;
export type DisputeKind = (typeof DISPUTE_KINDS)[number];
export const DISPUTE_KIND_ZH: Record<DisputeKind, string> = {
  land: '土地承包经营',
  boundary: '土地权属界址',
  forest_boundary: '山林权属',
  homestead: '宅基地',
  family: '婚姻家庭',
  neighbour: '邻里纠纷',
  wages: '劳动报酬',
  contract: '合同纠纷',
  damages: '损害赔偿',
  environment: '环境污染',
  property: '物业管理',
  other: '其他',
};

/** Where a dispute came to light. */
export const DISPUTE_SOURCES = ['resident', 'visit', 'petition', 'referral'] as const;
export type DisputeSource = (typeof DISPUTE_SOURCES)[number];
export const DISPUTE_SOURCE_ZH: Record<DisputeSource, string> = {
  resident: '群众反映',
  visit: '走访排查发现',
  petition: '信访事项交由调解',
  referral: '其他单位移交',
};

/** A party is a person or a body (a company, a village committee…). */
export const DISPUTE_PARTY_KINDS = ['person', 'body'] as const;
export type DisputePartyKind = (typeof DISPUTE_PARTY_KINDS)[number];
export const DISPUTE_PARTY_KIND_ZH: Record<DisputePartyKind, string> = { person: '自然人', body: '单位' };

/** The legal route the parties are told of when mediation does not settle the dispute (人民调解法 Art. 26). */
export const DISPUTE_LEGAL_ROUTES = ['litigation', 'arbitration', 'labor_arbitration', 'reconsideration', 'petition'] as const;
export type DisputeLegalRoute = (typeof DISPUTE_LEGAL_ROUTES)[number];
export const DISPUTE_LEGAL_ROUTE_ZH: Record<DisputeLegalRoute, string> = {
  litigation: '向人民法院提起诉讼',
  arbitration: '申请仲裁',
  labor_arbitration: '申请劳动人事争议仲裁',
  reconsideration: '申请行政复议',
  petition: '依法提出信访事项',
};

/** What a follow-up visit found: the agreement kept, kept in part, or not. */
export const FOLLOW_UP_RESULTS = ['kept', 'partly', 'broken'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];
export const FOLLOW_UP_RESULT_ZH: Record<FollowUpResult, string> = { kept: '已履行', partly: '部分履行', broken: '未履行' };

/** 人民调解 practice: a mediation is settled within 30 days unless the parties agree to more (configurable per pack). */
export const MEDIATION_DAYS = 30;
/** The longest extension the parties may consent to at once. */
export const MAX_MEDIATION_EXTENSION_DAYS = 30;
/** A follow-up visit is set at most this many days after the agreement. */
export const MAX_FOLLOW_UP_DAYS = 180;

/** The events of a dispute: its actions and its registration, each with the payload its row keeps. */
const day = z.iso.date();
const id = z.number().int();
export const DISPUTE_EVENT_PAYLOADS = {
  registered: z.object({ number: z.string(), source: z.enum(DISPUTE_SOURCES), petitionId: id.nullable() }),
  mediate: z.object({ mediators: z.array(z.string()) }),
  recordSession: z.object({ sessionId: id, heldOn: day }),
  extendMediation: z.object({ days: id, consent: z.string() }),
  agree: z.object({ agreementId: id, followUpOn: day }),
  disagree: z.object({ legalRoute: z.enum(DISPUTE_LEGAL_ROUTES), reason: z.string() }),
  withdraw: z.object({ reason: z.string() }),
  report: z.object({ reportId: id }),
  escalate: z.object({ toOrgId: id, toOrg: z.string(), reason: z.string() }),
  takeOver: z.object({ orgId: id }),
  followUp: z.object({ result: z.enum(FOLLOW_UP_RESULTS), visitedOn: day }),
  confirmJudicially: z.object({ court: z.string(), confirmedOn: day }),
  toPetition: z.object({ petitionId: id, number: z.string() }),
  close: z.object({ note: z.string().nullable() }),
  /** A party's full phone shown to one person, for the reason they gave. */
  personal_data_viewed: z.object({ partyId: id, reason: z.string() }),
} as const;
export type DisputeEventKind = keyof typeof DISPUTE_EVENT_PAYLOADS;

/** 日排查日报告: a summary of a day, or of a week (Monday to Sunday). */
export const SUMMARY_PERIODS = ['day', 'week'] as const;
export type SummaryPeriod = (typeof SUMMARY_PERIODS)[number];
export const SUMMARY_PERIOD_ZH: Record<SummaryPeriod, string> = { day: '日报告', week: '周报告' };
/** The figures of a summary, counted from the register when it is filed (docs/GLOSSARY.md). */
export const SUMMARY_FIGURES = ['found', 'settled', 'escalated', 'open'] as const;
export type SummaryFigure = (typeof SUMMARY_FIGURES)[number];
export const SUMMARY_FIGURE_ZH: Record<SummaryFigure, string> = {
  found: '新排查',
  settled: '调解成功',
  escalated: '上报',
  open: '在调处',
};

/** 动态分析会 (a body's own, monthly by default) or 联席会议 (several bodies). */
export const MEETING_KINDS = ['analysis', 'joint'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_ZH: Record<MeetingKind, string> = { analysis: '矛盾纠纷动态分析会', joint: '联席会议' };

/**
 * The disputes' figures (docs/STATISTICS.md "Grassroots disputes"), over the disputes registered in a period: each a
 * count of disputes, so every figure opens exactly its list.
 */
export const DISPUTE_FIGURES = [
  'registered',
  'mediated',
  'onTime',
  'settled',
  'failed',
  'withdrawn',
  'escalated',
  'petitioned',
  'followedUp',
  'kept',
  'open',
] as const;
export type DisputeFigure = (typeof DISPUTE_FIGURES)[number];
export const DISPUTE_FIGURE_ZH: Record<DisputeFigure, string> = {
  registered: '登记纠纷',
  mediated: '开展调解',
  onTime: '按期调处',
  settled: '调解成功',
  failed: '调解不成',
  withdrawn: '撤回',
  escalated: '上报',
  petitioned: '转为信访事项',
  followedUp: '已回访',
  kept: '协议履行',
  open: '尚在调处',
};
/**
 * 调解成功率: settled of those whose mediation ended either way; 协议履行率: kept of those followed up; 按期调处率: those
 * whose every mediation ended within its time limit (extensions the parties consented to included), of those mediated.
 */
export const DISPUTE_RATES = {
  successRate: { numerator: 'settled', denominator: ['settled', 'failed'], zh: '调解成功率' },
  keptRate: { numerator: 'kept', denominator: ['followedUp'], zh: '协议履行率' },
  onTimeRate: { numerator: 'onTime', denominator: ['mediated'], zh: '按期调处率' },
} as const satisfies Record<string, { numerator: DisputeFigure; denominator: readonly DisputeFigure[]; zh: string }>;
export type DisputeRate = keyof typeof DISPUTE_RATES;
