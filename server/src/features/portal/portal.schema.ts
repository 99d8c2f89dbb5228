import { PETITION_TYPES, DECISION_STAGES, DECISION_OUTCOMES, RATINGS, EVALUATION_TARGETS } from '@xinfang/domain';
import { z } from 'zod';
import { int4Id, int8Id, optionalEmail, optionalPhone, optionalText } from '../../shared/validators.js';
import { regionCodeInput } from '../regions/index.js';
import { MAX_CONTENT_LENGTH, MAX_TITLE_LENGTH } from '@xinfang/domain';

/** A proof-of-work challenge (ALTCHA) as the browser solves it; no third-party service is involved. */
const challenge = z.looseObject({ parameters: z.looseObject({}), signature: z.string().optional() });
const solution = z.strictObject({ counter: z.number().int().min(0), derivedKey: z.string().max(256) });
/** The fields a protected public form carries beside its own. */
export const proofFields = { challenge, solution };

/** Uploads joined to a submission: each with the token its upload answered, which only the uploader has. */
const uploads = z
  .array(z.strictObject({ id: int8Id, token: z.string().max(200) }))
  .max(10)
  .default([]);

export const submitBody = z.strictObject({
  ...proofFields,
  type: z.enum(PETITION_TYPES),
  title: z.string().trim().min(4, '标题至少 4 个字').max(MAX_TITLE_LENGTH),
  content: z.string().trim().min(10, '请把反映的问题写清楚（至少 10 个字）').max(MAX_CONTENT_LENGTH),
  categoryId: int4Id.nullish(),
  /** Where the problem is: it decides which petition bureau receives the matter. */
  placeRegionCode: regionCodeInput,
  placeAddress: optionalText(200),
  /** Only suggestions and accusations may be anonymous (the registration rules say why). */
  anonymous: z.boolean().default(false),
  /** For an accusation: who (person or body) is accused; the registration rules require one of them. */
  accusedPerson: optionalText(100),
  /** The accused body, picked from the public directory; none when the petitioner is not sure (staff then decide). */
  accusedOrgId: int4Id.nullish(),
  name: optionalText(50),
  idNumber: optionalText(18),
  phone: optionalPhone,
  email: optionalEmail,
  /** How the petitioner wants to hear of progress (SMS needs a mobile number, e-mail an address). */
  notifySms: z.boolean().default(true),
  notifyEmail: z.boolean().default(true),
  attachments: uploads,
});
export type SubmitInput = z.infer<typeof submitBody>;

/** The public directory of bodies, searched by name (for naming an accused body). */
export const orgSearchQuery = z.strictObject({ q: z.string().trim().min(1, '请输入单位名称').max(50) });
export const publicOrgDto = z.object({ id: z.number(), name: z.string(), parentName: z.string().nullable() });

export const trackBody = z.strictObject({
  number: z.string().trim().min(6).max(40),
  queryCode: z.string().trim().min(12).max(20),
});

const mobile = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请输入登记时留下的 11 位手机号码');
export const phoneCodeBody = z.strictObject({ number: z.string().trim().min(6).max(40), phone: mobile });
export const trackByPhoneBody = phoneCodeBody.extend({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '验证码为 6 位数字'),
});

export const rateBody = z.strictObject({
  target: z.enum(EVALUATION_TARGETS),
  rating: z.enum(RATINGS),
  reasons: optionalText(1000),
});

export const reviewBody = z.strictObject({
  reasons: z.string().trim().min(10, '请写明请求复查（复核）的理由（至少 10 个字）').max(4000),
  attachments: uploads,
});

const ref = z.object({ id: z.number(), name: z.string() });
const stageEnum = z.enum(DECISION_STAGES);

/** What a petitioner sees of their matter: no staff names, no internal notes, no other people's data. */
export const publicPetitionDto = z.object({
  number: z.string(),
  title: z.string(),
  type: z.enum(PETITION_TYPES),
  receivedAt: z.date(),
  status: z.string(),
  /** The body holding the matter now (or deciding where it goes). */
  body: ref,
  deadlines: z.array(z.object({ key: z.string(), label: z.string(), dueAt: z.date(), grade: z.string().nullable() })),
  timeline: z.array(
    z.object({
      at: z.date(),
      kind: z.string(),
      body: z.string().nullable(),
      toBody: z.string().nullable(),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
  decisions: z.array(
    z.object({
      stage: stageEnum,
      body: z.string(),
      outcome: z.enum(DECISION_OUTCOMES),
      /** Replaced after 退回重办 by a later decision of the same stage: no longer the one to ask a review of. */
      superseded: z.boolean(),
      request: z.string(),
      facts: z.string(),
      reasons: z.string(),
      basis: z.string(),
      reviewBody: z.string().nullable(),
      issuedAt: z.date(),
      deliveredOn: z.string().nullable(),
    }),
  ),
  documents: z.array(z.object({ id: z.number(), kind: z.string(), title: z.string(), number: z.string(), createdAt: z.date() })),
  rating: z.object({
    state: z.enum(['not_yet', 'awaiting', 'rated', 'expired']),
    until: z.date().nullable(),
    targets: z.array(
      z.object({
        target: z.enum(EVALUATION_TARGETS),
        body: z.string(),
        rating: z.enum(RATINGS).nullable(),
        reasons: z.string().nullable(),
      }),
    ),
  }),
  review: z.object({
    state: z.enum(['not_available', 'available', 'requested', 'expired', 'final']),
    kind: z.enum(['review', 'reexamination']).nullable(),
    body: z.string().nullable(),
    until: z.date().nullable(),
  }),
});
export type PublicPetitionDto = z.infer<typeof publicPetitionDto>;
