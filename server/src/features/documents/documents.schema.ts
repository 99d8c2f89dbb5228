import { z } from 'zod';
import { DOCUMENT_KINDS } from './documents.kinds.js';

export const documentKind = z.enum(DOCUMENT_KINDS, { error: '文书种类不存在' });
export const kindParams = z.strictObject({ kind: documentKind });
export const fileQuery = z.strictObject({ format: z.enum(['docx', 'pdf'], { error: '格式应为 docx 或 pdf' }).default('pdf') });
export const templateBody = z.strictObject({
  body: z.string().trim().min(1, '请填写模板正文').max(20_000, '模板正文不能超过 20000 字'),
});
export type TemplateBody = z.infer<typeof templateBody>;

export const documentDto = z.object({
  id: z.number(),
  petitionId: z.number(),
  eventId: z.number(),
  kind: documentKind,
  number: z.string(),
  title: z.string(),
  org: z.object({ id: z.number(), name: z.string() }),
  createdAt: z.date(),
  createdBy: z.string().nullable(),
  /** Null until the files are rendered (a few seconds after issue, or at the first download). */
  docxSha256: z.string().nullable(),
  pdfSha256: z.string().nullable(),
});
export type DocumentDto = z.infer<typeof documentDto>;

const bodyRef = z.object({ id: z.number(), name: z.string() });
export const templateQuery = z.strictObject({ orgId: z.coerce.number().int().positive().optional() });
export const templateDto = z.object({
  kind: documentKind,
  title: z.string(),
  /** The template in force for the body asked about. */
  body: z.string(),
  /** The body it comes from (the body itself, one above it); null: the built-in default. */
  source: bodyRef.nullable(),
  /** The body has its own template for this kind (it may withdraw it). */
  own: z.boolean(),
  /** What the body would use without its own, and from where (null: the built-in default). */
  inheritedBody: z.string(),
  inheritedFrom: bodyRef.nullable(),
  defaultBody: z.string(),
  isDefault: z.boolean(),
  updatedAt: z.date().nullable(),
  updatedBy: z.string().nullable(),
  variables: z.array(z.object({ name: z.string(), label: z.string(), required: z.boolean() })),
});
export type TemplateDto = z.infer<typeof templateDto>;

/** 受理凭证 to print or download: the code is sent only by the one who has just been shown it. */
export const receiptBody = z.strictObject({
  queryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/, '查询码格式应为 XXXX-XXXX-XXXX')
    .optional(),
});
export const receiptDto = z.object({
  petitionNumber: z.string(),
  /** The code printed on it; null on the filed copy. */
  queryCode: z.string().nullable(),
  layout: z.object({
    issuer: z.string(),
    number: z.string(),
    title: z.string(),
    addressee: z.string(),
    paragraphs: z.array(z.object({ text: z.string(), heading: z.boolean() })),
    signature: z.string(),
    date: z.string(),
  }),
});
