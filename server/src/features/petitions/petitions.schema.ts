import { z } from 'zod';
import { workflowDto } from '../../shared/workflow.dto.js';
import { attachmentDto } from '../attachments/index.js';
import { clockDto } from '../deadlines/index.js';
import { optionalRegionCodeInput } from '../regions/index.js';
import { instant, int4Id, int8Id, int8IdParam, optionalText } from '../../shared/validators.js';
import {
  CHANNELS,
  ID_TYPES,
  MAX_CONTENT_LENGTH,
  MAX_TITLE_LENGTH,
  PETITION_STATUSES,
  PETITION_TYPES,
  WORKFLOW_ACTIONS,
  isValidChineseId,
  PHONE_PATTERN,
} from '@xinfang/domain';

/** A person's identity document and phone as staff enter them (petitioners, reception visitors). */
export const identityFields = {
  idType: z
    .enum(ID_TYPES)
    .nullish()
    .transform((v) => v ?? null),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .nullish()
    .transform((v) => (v ? v : null)),
  phone: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v.replace(/\s+/g, '') : null)),
};

/** The checks of identityFields; `unchanged` values (masked, as shown) are not checked. */
export function checkIdentity(
  p: { idType: string | null; idNumber: string | null; phone: string | null },
  ctx: z.RefinementCtx,
  unchanged: (v: string | null) => boolean = () => false,
) {
  if (p.idNumber && !unchanged(p.idNumber) && (p.idType ?? 'id_card') === 'id_card' && !isValidChineseId(p.idNumber)) {
    ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '身份证号码不正确（18 位，末位校验码不符或出生日期无效）' });
  }
  if (p.phone && !unchanged(p.phone) && !PHONE_PATTERN.test(p.phone)) {
    ctx.addIssue({ code: 'custom', path: ['phone'], message: '电话号码格式不正确（手机 11 位，座机含区号，如 0536-3212345）' });
  }
}

/** One petitioner (person or organisation) as the registrar enters it. */
export const petitionerInput = z
  .strictObject({
    /** Present when correcting an existing petitioner; absent for a new one. */
    id: int8Id.optional(),
    kind: z.enum(['person', 'org']).default('person'),
    name: z.string().trim().min(1, '请填写姓名或名称').max(100, '姓名或名称不能超过 100 个字'),
    ...identityFields,
    address: optionalText(200),
    regionCode: optionalRegionCodeInput,
    employer: optionalText(100),
    isMain: z.boolean().default(false),
    isRepresentative: z.boolean().default(false),
    /** For notices. Absent on a correction: unchanged. */
    email: z
      .string()
      .trim()
      .max(100)
      .nullish()
      .transform((v) => v || null)
      .optional(),
    /** Notices by SMS (to a mobile number) and by e-mail; default yes when the number or address is given. */
    notifySms: z.boolean().optional(),
    notifyEmail: z.boolean().optional(),
  })
  .superRefine((p, ctx) => {
    // A kept petitioner may come back with the masked values it was shown with: those mean "unchanged".
    const masked = (v: string | null) => p.id !== undefined && Boolean(v?.includes('*'));
    checkIdentity(p, ctx, masked);
    if (p.email && !masked(p.email) && !z.email().safeParse(p.email).success) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: '电子邮箱格式不正确' });
    }
  });
export type PetitionerInput = z.infer<typeof petitionerInput>;

const flags = {
  anonymous: z.boolean().default(false),
  confidential: z.boolean().default(false),
  skipLevel: z.boolean().default(false),
  litigation: z.boolean().default(false),
  majorUrgent: z.boolean().default(false),
};

const matterFields = {
  channel: z.enum(CHANNELS),
  receivedAt: instant,
  type: z.enum(PETITION_TYPES),
  categoryId: int4Id.nullish().transform((v) => v ?? null),
  title: z.string().trim().min(1, '请填写标题').max(MAX_TITLE_LENGTH, `标题不能超过 ${MAX_TITLE_LENGTH} 个字`),
  content: z.string().trim().min(1, '请填写信访内容').max(MAX_CONTENT_LENGTH, `信访内容不能超过 ${MAX_CONTENT_LENGTH} 个字`),
  placeRegionCode: optionalRegionCodeInput,
  placeAddress: optionalText(200),
  personsCount: z.number().int().min(1, '信访人数至少为 1').max(100_000),
  involvedCount: z.number().int().min(0).max(10_000_000).default(0),
  accusedPerson: optionalText(100),
  accusedOrgId: int4Id.nullish().transform((v) => v ?? null),
  /**
   * An accusation naming no body: the registrar confirms there is no accused body. Without it (or a body), the
   * accusation cannot be routed until a registrar decides (条例 Art. 30).
   */
  accusedOrgNone: z.boolean().default(false),
};

/** 信访登记: everything the registrar records (rules across fields are checked by the service). */
export const registerBody = z.strictObject({
  ...matterFields,
  ...flags,
  petitioners: z.array(petitionerInput).max(200).default([]),
  attachmentIds: z.array(int8Id).max(50).default([]),
  /** Link as a repeat of an earlier petition at registration (from the candidates shown). */
  repeatOfId: int8Id.nullish().transform((v) => v ?? null),
  /**
   * What 智能辅助 offered while the registrar typed (best first) and the body chosen to route to: recorded as labels
   * with the registration (the category chosen is `categoryId`). The model version says which model offered them.
   */
  assist: z
    .strictObject({
      modelVersion: z.number().int().positive().nullable(),
      categoryIds: z.array(int4Id).max(3),
      bodyIds: z.array(int4Id).max(3),
      bodyId: int4Id.nullable(),
    })
    .nullish(),
  /** The id of the matter in another system, for idempotent imports. */
  externalId: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((v) => v ?? null),
  /**
   * 条例 Art. 36: after 复核 the same facts and reasons are not accepted again. When the petitioner brings new
   * facts or reasons, the registrar states them here and the petition is registered.
   */
  newFacts: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .transform((v) => v || null),
});
export type RegisterInput = z.infer<typeof registerBody>;

/** 更正登记: any registered field, with the reason; petitioners, when given, replace the list (ids keep identity). */
export const correctBody = z.strictObject({
  /** The version of the petition the correction was based on: a stale one gets 409 version_conflict. */
  version: z.number().int().positive(),
  reason: z.string().trim().min(2, '请填写更正原因').max(500),
  channel: matterFields.channel.optional(),
  receivedAt: matterFields.receivedAt.optional(),
  type: matterFields.type.optional(),
  categoryId: matterFields.categoryId.optional(),
  title: matterFields.title.optional(),
  content: matterFields.content.optional(),
  placeRegionCode: matterFields.placeRegionCode.optional(),
  placeAddress: matterFields.placeAddress.optional(),
  personsCount: matterFields.personsCount.optional(),
  involvedCount: z.number().int().min(0).max(10_000_000).optional(),
  accusedPerson: matterFields.accusedPerson.optional(),
  accusedOrgId: matterFields.accusedOrgId.optional(),
  accusedOrgNone: z.boolean().optional(),
  anonymous: z.boolean().optional(),
  confidential: z.boolean().optional(),
  skipLevel: z.boolean().optional(),
  litigation: z.boolean().optional(),
  majorUrgent: z.boolean().optional(),
  newFacts: registerBody.shape.newFacts.optional(),
  petitioners: z.array(petitionerInput).max(200).optional(),
  attachmentIds: z.array(int8Id).max(50).optional(),
});
export type CorrectInput = z.infer<typeof correctBody>;

/** What the registrar has typed so far, to look for repeats while typing. */
export const repeatCandidatesBody = z.strictObject({
  petitioners: z
    .array(
      z.strictObject({
        name: z.string().trim().max(100).optional(),
        idNumber: z.string().trim().toUpperCase().max(40).optional(),
        phone: z.string().trim().max(30).optional(),
        address: z.string().trim().max(200).optional(),
      }),
    )
    .max(50)
    .default([]),
  title: z.string().trim().max(MAX_TITLE_LENGTH).default(''),
  content: z.string().max(MAX_CONTENT_LENGTH).default(''),
  /** When checking an already registered petition, leave it out. */
  excludeId: int8Id.optional(),
});

export const petitionerParams = z.strictObject({ id: int8IdParam, petitionerId: int8IdParam });

export const unmaskBody = z.strictObject({ reason: z.string().trim().min(2, '请填写查看原因').max(500) });
export const linkRepeatBody = z.strictObject({ repeatOfId: int8Id });
export const mergeBody = z.strictObject({ intoId: int8Id, reason: z.string().trim().max(500).optional() });

/** A petitioner as shown: identity numbers and phones always masked; names masked when confidential. */
export const petitionerDto = z.object({
  id: z.number(),
  kind: z.enum(['person', 'org']),
  name: z.string(),
  idType: z.enum(ID_TYPES).nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  employer: z.string().nullable(),
  isMain: z.boolean(),
  isRepresentative: z.boolean(),
  email: z.string().nullable(),
  notifySms: z.boolean(),
  notifyEmail: z.boolean(),
  masked: z.boolean(),
});

/** The values behind the mask, returned by the audited unmask action only. */
export const unmaskedPetitionerDto = z.object({
  id: z.number(),
  name: z.string(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
});

const petitionRef = z.object({ id: z.number(), number: z.string(), title: z.string() });

export const petitionEventDto = z.object({
  id: z.number(),
  at: z.date(),
  kind: z.string(),
  actorName: z.string().nullable(),
  orgName: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  payload: z.unknown(),
});

/** One row of the work list, with the search snippet when searching. */
export const petitionListItemDto = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  channel: z.enum(CHANNELS),
  type: z.enum(PETITION_TYPES),
  status: z.enum(PETITION_STATUSES),
  receivedAt: z.date(),
  registeredAt: z.date(),
  org: z.object({ id: z.number(), name: z.string() }),
  category: z.object({ id: z.number(), path: z.string() }).nullable(),
  placeRegionName: z.string().nullable(),
  mainPetitioner: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  personsCount: z.number(),
  flags: z.object({
    group: z.boolean(),
    repeat: z.boolean(),
    firstTime: z.boolean(),
    merged: z.boolean(),
    skipLevel: z.boolean(),
    litigation: z.boolean(),
    majorUrgent: z.boolean(),
    confidential: z.boolean(),
    anonymous: z.boolean(),
  }),
  /** The open deadline that runs out first, if any. */
  deadline: clockDto.nullable(),
  /** Text around the first match, split into plain and matched parts (no HTML: the client marks hits). */
  snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })).nullable(),
});

export const petitionDetailDto = petitionListItemDto.extend({
  content: z.string(),
  placeRegionCode: z.string().nullable(),
  placeAddress: z.string().nullable(),
  involvedCount: z.number(),
  accusedPerson: z.string().nullable(),
  accusedOrg: z.object({ id: z.number(), name: z.string() }).nullable(),
  /** An accusation whose accused body is not determined: it cannot be routed until a registrar decides. */
  accusedOrgUnknown: z.boolean(),
  petitioners: z.array(petitionerDto),
  attachments: z.array(attachmentDto),
  repeatOf: petitionRef.nullable(),
  repeats: z.array(petitionRef),
  mergedInto: petitionRef.nullable(),
  mergedFrom: z.array(petitionRef),
  newConfirmed: z.boolean(),
  externalId: z.string().nullable(),
  events: z.array(petitionEventDto),
  /** Every deadline started for the petition, open and stopped. */
  clocks: z.array(clockDto),
  abilities: z.object({
    correct: z.boolean(),
    unmask: z.boolean(),
    link: z.boolean(),
    merge: z.boolean(),
    unmerge: z.boolean(),
    reissueCode: z.boolean(),
    approveNewFacts: z.boolean(),
  }),
  /** Optimistic version: workflow actions send it back; a stale one gets 409 version_conflict. */
  version: z.number(),
  /** 当前办理机关: the body handling the matter (主办) once routed; the reviewing body while a 复查 / 复核 is open. */
  holder: z.object({ id: z.number(), name: z.string() }).nullable(),
  /**
   * A repeat of a final matter (条例 Art. 36): not accepted unless the head of the body approved the new facts and
   * reasons stated (`approvedAt`); declined, the petitioner receives the 不再受理告知书.
   */
  finality: z.object({ finalOfId: z.number(), newFacts: z.string().nullable(), approvedAt: z.date().nullable() }).nullable(),
  workflow: workflowDto,
  /** The workflow actions this actor may take now (docs/WORKFLOW.md): the UI shows exactly these. */
  actions: z.array(z.enum(WORKFLOW_ACTIONS)),
});
export type PetitionDetailDto = z.infer<typeof petitionDetailDto>;
export type PetitionListItemDto = z.infer<typeof petitionListItemDto>;

/** A possible repeat: same petitioner (how it matched) or a similar matter from others. */
export const candidateDto = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  receivedAt: z.date(),
  status: z.enum(PETITION_STATUSES),
  orgName: z.string(),
  similarity: z.number(),
  /** The longest run of characters the two texts share (4 or more), shown highlighted as why they are similar. */
  phrase: z.string().nullable(),
  matchedBy: z.array(z.enum(['id_number', 'phone', 'name_address', 'text'])),
});
