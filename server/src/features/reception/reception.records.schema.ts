import {
  DECLINE_ROUTES,
  RECEPTION_MODES,
  ID_TYPES,
  MATTER_DECISIONS,
  MAX_CONTENT_LENGTH,
  MAX_TITLE_LENGTH,
  PETITION_STATUSES,
  PETITION_TYPES,
  RECEPTION_RECORD_KINDS,
} from '@xinfang/domain';
import { z } from 'zod';
import { checkIdentity, identityFields } from '../petitions/index.js';
import { dateString, instant, int4Id, int4IdParam, int8Id, optionalText, requiredText } from '../../shared/validators.js';

const visitorShape = {
  name: requiredText(100, '请填写姓名'),
  ...identityFields,
  /** Speaks for the group (条例: at most five). */
  isRepresentative: z.boolean().default(false),
};

/** One person who came (or was met): the petitioner they become for the matters registered from the record. */
export const visitorInput = z.strictObject(visitorShape).superRefine((p, ctx) => checkIdentity(p, ctx));
export type VisitorInput = z.infer<typeof visitorInput>;

/** A visitor on a correction: a kept one names its id and may come back with the masked values it was shown with. */
export const visitorEditInput = z
  .strictObject({ id: int8Id.optional(), ...visitorShape })
  .superRefine((p, ctx) => checkIdentity(p, ctx, (v) => p.id !== undefined && Boolean(v?.includes('*'))));
export type VisitorEditInput = z.infer<typeof visitorEditInput>;

const visitorList = <T extends z.ZodType>(visitor: T) => z.array(visitor).min(1, '请至少登记一名来访人').max(200);

/**
 * A visitor of a new record, possibly one of its slot's arrivals: a desk visit, or a booking (checked in by the
 * record if it was not yet). The phone is then taken from the visit or booking when none is typed.
 */
export const recordVisitorInput = z
  .strictObject({
    ...visitorShape,
    visitId: int8Id.nullish().transform((v) => v ?? null),
    bookingId: int8Id.nullish().transform((v) => v ?? null),
  })
  .superRefine((p, ctx) => {
    checkIdentity(p, ctx);
    if (p.visitId && p.bookingId) ctx.addIssue({ code: 'custom', path: ['bookingId'], message: '来访人只能对应一条来访登记或一条预约' });
  });
export type RecordVisitorInput = z.infer<typeof recordVisitorInput>;

/** A matter raised and the leader's decision on it; a new petition unless it names an existing one. */
export const matterInput = z
  .strictObject({
    /** An existing petition this matter is about (linked, not registered again). */
    petitionId: int8Id.nullish().transform((v) => v ?? null),
    title: requiredText(MAX_TITLE_LENGTH, '请填写事项标题'),
    content: z.string().trim().max(MAX_CONTENT_LENGTH).default(''),
    type: z
      .enum(PETITION_TYPES)
      .nullish()
      .transform((v) => v ?? null),
    categoryId: int4Id.nullish().transform((v) => v ?? null),
    /** An accusation's 被反映人 and 被反映单位 (one of the two), or the confirmation that no body is named (条例 Art. 30). */
    accusedPerson: optionalText(100),
    accusedOrgId: int4Id.nullish().transform((v) => v ?? null),
    accusedOrgNone: z.boolean().default(false),
    decision: z.enum(MATTER_DECISIONS),
    /** What was done (solved), the instruction (assigned: the leader's 批示), or the explanation (legal route). */
    instruction: requiredText(2000, '请填写领导的处理意见'),
    /** Assigned, new matter: the body it is 交办 to (a linked petition keeps its handling body). */
    orgId: int4Id.nullish().transform((v) => v ?? null),
    /** Assigned: the leader's time limit (required for a new matter; for a linked one it goes into the 批示). */
    dueDate: dateString.nullish().transform((v) => v ?? null),
    legalRoute: z
      .enum(DECLINE_ROUTES)
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((m, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    // A petition already registered has its handling body: the 批示 reaches it there, no second 交办.
    if (m.decision === 'assigned' && m.petitionId && m.orgId)
      need('orgId', '已有的信访事项由其承办机构办理，领导批示直接送达，无需另选承办机构');
    if (m.decision === 'assigned' && !m.petitionId && !m.orgId) need('orgId', '交办的事项请选择承办机构');
    if (m.decision === 'assigned' && !m.petitionId && !m.dueDate) need('dueDate', '交办的事项请填写办理期限');
    if (m.decision !== 'assigned' && (m.orgId || m.dueDate)) need('orgId', '只有交办的事项填写承办机构和期限');
    if (m.decision === 'legal_route' && !m.legalRoute) need('legalRoute', '请选择告知的法定途径');
    if (m.decision !== 'legal_route' && m.legalRoute) need('legalRoute', '只有告知法定途径的事项选择法定途径');
    if (!m.petitionId && !m.content) need('content', '请填写信访内容');
    if (!m.petitionId && !m.type) need('type', '请选择信访事项类型');
    // Routing an accusation waits until its accused body is known or confirmed none: a 交办 on the spot needs it now.
    if (m.decision === 'assigned' && m.type === 'accusation' && !m.petitionId && !m.accusedOrgId && !m.accusedOrgNone)
      need('accusedOrgId', '交办检举控告事项，请选择被检举控告单位，或确认无具体被检举控告单位');
  });
export type MatterInput = z.infer<typeof matterInput>;

export const recordBody = z
  .strictObject({
    kind: z.enum(RECEPTION_RECORD_KINDS),
    /** The published slot the reception was held in (领导接访, 联合接访); none for outreach and 约访. */
    slotId: int4Id.nullish().transform((v) => v ?? null),
    heldAt: instant,
    /** Where: the slot's place when empty. */
    place: optionalText(200),
    leaderIds: z.array(int4Id).min(1, '请至少选择一位接访领导').max(10),
    presentOrgIds: z.array(int4Id).max(30).default([]),
    visitors: visitorList(recordVisitorInput),
    raised: requiredText(5000, '请填写反映的问题'),
    counsel: z.string().trim().max(200).default(''),
    /** 约访, 下访: the long-running petition concerned (its 包案 is found from it). */
    petitionId: int8Id.nullish().transform((v) => v ?? null),
    matters: z.array(matterInput).min(1, '请至少登记一个反映的事项').max(50),
  })
  .superRefine((r, ctx) => {
    if (new Set(r.leaderIds).size !== r.leaderIds.length) ctx.addIssue({ code: 'custom', path: ['leaderIds'], message: '接访领导重复' });
    if (r.kind === 'invitation' && !r.petitionId)
      ctx.addIssue({ code: 'custom', path: ['petitionId'], message: '领导约访请选择所涉的信访事项' });
    if (r.kind === 'joint' && r.presentOrgIds.length === 0)
      ctx.addIssue({ code: 'custom', path: ['presentOrgIds'], message: '联合接访请选择参加的机构' });
    const arrivals = r.visitors.flatMap((v) => (v.visitId ? [`v${v.visitId}`] : v.bookingId ? [`b${v.bookingId}`] : []));
    if (new Set(arrivals).size !== arrivals.length)
      ctx.addIssue({ code: 'custom', path: ['visitors'], message: '同一来访登记或预约只能对应一名来访人' });
    if (!r.slotId && !r.place) ctx.addIssue({ code: 'custom', path: ['place'], message: '请填写接访地点' });
  });
export type RecordBody = z.infer<typeof recordBody>;

/**
 * A record's own facts corrected afterwards: place, bodies present, visitors, what was raised, counsel. Its kind,
 * leaders and matters stay: the matters' petitions exist and go their own way.
 */
export const recordEditBody = z.strictObject({
  /** The version the edit was based on: a stale one gets 409 version_conflict. */
  version: z.number().int().positive(),
  place: requiredText(200, '请填写接访地点'),
  presentOrgIds: z.array(int4Id).max(30).default([]),
  visitors: visitorList(visitorEditInput),
  raised: recordBody.shape.raised,
  counsel: recordBody.shape.counsel,
});
export type RecordEditBody = z.infer<typeof recordEditBody>;

export const recordsQuery = z.strictObject({
  from: dateString.optional(),
  to: dateString.optional(),
  leaderId: int4IdParam.optional(),
  kind: z.enum(RECEPTION_RECORD_KINDS).optional(),
  /** Only the receptions the signed-in user held (a leader's "my receptions"). */
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  /** Opaque keyset cursor from the previous page's nextCursor. */
  cursor: z.string().max(200).optional(),
});
export type RecordsQuery = z.infer<typeof recordsQuery>;

const ref = z.object({ id: z.number(), name: z.string() });
export const matterDto = z.object({
  id: z.number(),
  title: z.string(),
  decision: z.enum(MATTER_DECISIONS),
  instruction: z.string(),
  org: ref.nullable(),
  dueDate: z.string().nullable(),
  legalRoute: z.enum(DECLINE_ROUTES).nullable(),
  registered: z.boolean(),
  petition: z.object({ id: z.number(), number: z.string(), status: z.enum(PETITION_STATUSES) }),
  /** The documents the reception issued on it (受理凭证, 交办单, 告知书), each downloadable as Word and PDF. */
  documents: z.array(z.object({ id: z.number(), title: z.string(), number: z.string() })),
});
export const visitorDto = z.object({
  id: z.number(),
  name: z.string(),
  idType: z.enum(ID_TYPES).nullable(),
  /** Masked as petitioners' are everywhere. */
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  isRepresentative: z.boolean(),
});
export const recordDto = z.object({
  id: z.number(),
  kind: z.enum(RECEPTION_RECORD_KINDS),
  org: ref,
  slotId: z.number().nullable(),
  heldAt: z.string(),
  place: z.string(),
  leaders: z.array(ref),
  presentOrgs: z.array(ref),
  raised: z.string(),
  counsel: z.string(),
  petition: z.object({ id: z.number(), number: z.string() }).nullable(),
  ownershipId: z.number().nullable(),
  /** A leader was not on the published plan that day (kept for the compliance report). */
  unscheduled: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  visitors: z.array(visitorDto),
  matters: z.array(matterDto),
});
export type RecordDto = z.infer<typeof recordDto>;

/** The answer to a save: the record and, once, each new petition's query code for the visitor. */
export const savedRecordDto = z.object({
  record: recordDto,
  queryCodes: z.array(z.object({ petitionId: z.number(), number: z.string(), queryCode: z.string() })),
});

export const recordOptionsDto = z.object({
  leaders: z.array(z.object({ id: z.number(), name: z.string(), orgName: z.string() })),
  slots: z.array(
    z.object({
      id: z.number(),
      startsAt: z.string(),
      /** Day, hours, body and place, as a picker shows it. */
      label: z.string(),
      placeName: z.string(),
      mode: z.enum(RECEPTION_MODES),
      leaders: z.array(ref),
    }),
  ),
});

export const arrivalsQuery = z.strictObject({ slotId: int4IdParam });
/** One who booked or came to the desk for a slot and is not yet on a record: what a record's visitor may be. */
export const arrivalDto = z.object({
  /** The desk visit (a walk-in, or a booking checked in); null for a booking not checked in yet. */
  visitId: z.number().nullable(),
  bookingId: z.number().nullable(),
  /** The booking's number (约访号); null for a walk-in. */
  number: z.string().nullable(),
  name: z.string(),
  /** Masked: the record takes the full phone from the visit or booking itself. */
  phone: z.string().nullable(),
  matter: z.string(),
  partySize: z.number(),
  checkedIn: z.boolean(),
});
