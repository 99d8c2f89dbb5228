import {
  DISPUTE_ACTIONS,
  DISPUTE_KINDS,
  DISPUTE_LEGAL_ROUTES,
  DISPUTE_PARTY_KINDS,
  DISPUTE_SOURCES,
  DISPUTE_STATUSES,
  FOLLOW_UP_RESULTS,
  MAX_FOLLOW_UP_DAYS,
  MAX_MEDIATION_EXTENSION_DAYS,
  CHANNELS,
  PETITION_TYPES,
} from '@xinfang/domain';
import { z } from 'zod';
import { dateString, int4Id, int8Id, optionalText, requiredText } from '../../shared/validators.js';
import { disputePartyInput } from '../../shared/dispute-party.js';
import { clockDto } from '../deadlines/index.js';
import { regionCodeInput } from '../regions/index.js';

export const partyInput = disputePartyInput;

/** 矛盾纠纷登记. */
export const registerDisputeBody = z.strictObject({
  kind: z.enum(DISPUTE_KINDS),
  source: z.enum(DISPUTE_SOURCES).exclude(['petition']).default('resident'),
  title: requiredText(100, '请填写纠纷概况（标题）'),
  facts: requiredText(4000, '请填写纠纷的基本情况'),
  regionCode: regionCodeInput,
  address: requiredText(200, '请填写纠纷发生地点'),
  foundOn: dateString,
  parties: z.array(partyInput).min(1, '请至少填写一方当事人').max(50),
});
export type RegisterDisputeInput = z.infer<typeof registerDisputeBody>;

const version = int4Id;
const mediators = z.array(requiredText(50, '请填写调解员姓名')).min(1, '请至少填写一名调解员').max(10);
const partyIds = z.array(int8Id).max(50);
const note = requiredText(4000, '请填写情况说明');

/** Each action's body; each names the version of the dispute it was based on. */
export const DISPUTE_ACTION_BODIES = {
  mediate: z.strictObject({ version, mediators }),
  recordSession: z.strictObject({
    version,
    heldOn: dateString,
    place: requiredText(200, '请填写调解地点'),
    mediators,
    partyIds: partyIds.min(1, '请选择到场的当事人'),
    note,
  }),
  extendMediation: z.strictObject({
    version,
    days: z.number().int().min(1).max(MAX_MEDIATION_EXTENSION_DAYS, `一次最多延长 ${MAX_MEDIATION_EXTENSION_DAYS} 日`),
    consent: requiredText(1000, '请写明当事人同意延长的情况'),
  }),
  agree: z.strictObject({
    version,
    concludedOn: dateString,
    terms: requiredText(4000, '请填写协议内容'),
    performance: requiredText(1000, '请填写履行方式和期限'),
    partyIds: partyIds.min(2, '调解协议须由至少两方当事人签名'),
    mediators,
    scanId: int8Id.nullish().transform((v) => v ?? null),
    followUpOn: dateString,
  }),
  disagree: z.strictObject({ version, legalRoute: z.enum(DISPUTE_LEGAL_ROUTES), reason: note }),
  withdraw: z.strictObject({ version, reason: note }),
  report: z.strictObject({
    version,
    facts: requiredText(4000, '请填写查明的事实'),
    tried: requiredText(4000, '请填写已做的调处工作'),
    reason: requiredText(2000, '请填写未能化解的原因'),
    suggestion: requiredText(2000, '请填写处理建议'),
  }),
  escalate: z.strictObject({ version, toOrgId: int4Id.nullish().transform((v) => v ?? null), reason: note }),
  takeOver: z.strictObject({ version }),
  followUp: z.strictObject({
    version,
    visitedOn: dateString,
    result: z.enum(FOLLOW_UP_RESULTS),
    note,
    nextFollowUpOn: dateString.nullish().transform((v) => v ?? null),
  }),
  confirmJudicially: z.strictObject({ version, court: requiredText(100, '请填写确认的人民法院'), confirmedOn: dateString }),
  toPetition: z.strictObject({
    version,
    channel: z.enum(CHANNELS).default('visit'),
    type: z.enum(PETITION_TYPES).default('appeal'),
    categoryId: int4Id.nullish().transform((v) => v ?? null),
    petitionerPartyIds: partyIds.min(1, '请选择作为信访人的当事人'),
    /** The main petitioner's identity number (the first party chosen): a visit is registered with it (条例 Art. 18). */
    mainIdNumber: z
      .string()
      .trim()
      .toUpperCase()
      .nullish()
      .transform((v) => v || null),
  }),
  close: z.strictObject({ version, note: optionalText(2000) }),
} satisfies Record<(typeof DISPUTE_ACTIONS)[number], z.ZodType>;
export type DisputeActionInput<A extends keyof typeof DISPUTE_ACTION_BODIES> = z.infer<(typeof DISPUTE_ACTION_BODIES)[A]>;

export const disputeListQuery = z.strictObject({
  status: z.preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(z.enum(DISPUTE_STATUSES)).optional()),
  kind: z.preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(z.enum(DISPUTE_KINDS)).optional()),
  /** Held by this body or one below it. */
  orgId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  /** Only what waits for the reader's own body (held by it, or escalated to it). */
  awaiting: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(50).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type DisputeListQuery = z.infer<typeof disputeListQuery>;

const org = z.object({ id: z.number(), name: z.string() });
export const partyDto = z.object({
  id: z.number(),
  kind: z.enum(DISPUTE_PARTY_KINDS),
  name: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  claim: z.string(),
  orgId: z.number().nullable(),
});

export const disputeListItemDto = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  kind: z.enum(DISPUTE_KINDS),
  status: z.enum(DISPUTE_STATUSES),
  org,
  registeredOrg: org,
  escalatedTo: org.nullable(),
  foundOn: z.string(),
  parties: z.array(z.string()),
  createdAt: z.date(),
});

export const disputeDto = disputeListItemDto.extend({
  version: z.number(),
  source: z.enum(DISPUTE_SOURCES),
  facts: z.string(),
  regionCode: z.string(),
  address: z.string(),
  mediators: z.array(z.string()),
  legalRoute: z.enum(DISPUTE_LEGAL_ROUTES).nullable(),
  sourcePetition: z.object({ id: z.number(), number: z.string() }).nullable(),
  petition: z.object({ id: z.number(), number: z.string() }).nullable(),
  partyList: z.array(partyDto),
  sessions: z.array(
    z.object({
      id: z.number(),
      heldOn: z.string(),
      place: z.string(),
      mediators: z.array(z.string()),
      present: z.array(z.string()),
      note: z.string(),
    }),
  ),
  agreement: z
    .object({
      id: z.number(),
      concludedOn: z.string(),
      terms: z.string(),
      performance: z.string(),
      signedBy: z.array(z.string()),
      mediators: z.array(z.string()),
      scan: z.object({ id: z.number(), filename: z.string() }).nullable(),
      followUpOn: z.string(),
      court: z.string().nullable(),
      confirmedOn: z.string().nullable(),
    })
    .nullable(),
  followUps: z.array(z.object({ id: z.number(), visitedOn: z.string(), result: z.enum(FOLLOW_UP_RESULTS), note: z.string() })),
  reports: z.array(
    z.object({
      id: z.number(),
      org,
      issuedOn: z.string(),
      facts: z.string(),
      tried: z.string(),
      reason: z.string(),
      suggestion: z.string(),
    }),
  ),
  events: z.array(
    z.object({
      id: z.number(),
      kind: z.string(),
      from: z.enum(DISPUTE_STATUSES).nullable(),
      to: z.enum(DISPUTE_STATUSES),
      actor: z.string(),
      actorOrg: z.string(),
      at: z.date(),
      payload: z.record(z.string(), z.unknown()),
    }),
  ),
  clocks: z.array(clockDto),
  actions: z.array(z.enum(DISPUTE_ACTIONS)),
  /** Where an escalation goes by the rules: the body above (or, where skipping is allowed, any body above). */
  escalationTargets: z.array(org),
});
export type DisputeDto = z.infer<typeof disputeDto>;

export const followUpLimitMessage = `回访日期应在协议签订后 ${MAX_FOLLOW_UP_DAYS} 日内`;
