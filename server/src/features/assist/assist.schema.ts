import { DECISION_OUTCOMES, MAX_CONTENT_LENGTH, MAX_TITLE_LENGTH, ORG_KINDS, RATINGS } from '@xinfang/domain';
import { z } from 'zod';
import { int4Id, optionalText } from '../../shared/validators.js';
import { optionalRegionCodeInput } from '../regions/index.js';

/** What has been typed so far (the fixed interface of POST /api/assist/suggest, with the accused body when known). */
export const suggestBody = z.strictObject({
  title: z.string().trim().max(MAX_TITLE_LENGTH, `标题不能超过 ${MAX_TITLE_LENGTH} 个字`),
  content: z.string().max(MAX_CONTENT_LENGTH, `信访内容不能超过 ${MAX_CONTENT_LENGTH} 个字`),
  placeRegionCode: optionalRegionCodeInput,
  /** An accusation's accused body: never suggested as the handler (条例 Art. 30). */
  accusedOrgId: int4Id.nullish().transform((v) => v ?? null),
});
export type SuggestInput = z.infer<typeof suggestBody>;

/** The portal's: the category only. */
export const publicSuggestBody = suggestBody.pick({ title: true, content: true });

const categorySuggestion = z.object({ id: z.number(), path: z.string(), score: z.number() });
const modelDto = z.object({ version: z.number(), trainedAt: z.date() });
const bodySuggestion = z.object({ id: z.number(), name: z.string(), score: z.number(), source: z.enum(['history', 'rule']) });

export const suggestionDto = z.object({
  categories: z.array(categorySuggestion),
  bodies: z.array(bodySuggestion),
  similar: z.array(
    z.object({
      id: z.number(),
      number: z.string(),
      title: z.string(),
      score: z.number(),
      /** The longest run of characters the texts share: why it is similar. */
      phrase: z.string().nullable(),
    }),
  ),
  model: modelDto,
});

export const publicSuggestionDto = z.object({ categories: z.array(categorySuggestion), model: modelDto });

export const petitionBodiesDto = z.object({ bodies: z.array(bodySuggestion), chosenAtRegistration: z.number().nullable() });

const classFigures = z.object({ id: z.number(), precision: z.number(), recall: z.number(), f1: z.number(), support: z.number() });
const uptakeDto = z.object({ total: z.number(), first: z.number(), offered: z.number() }).nullable();

export const modelVersionDto = z.object({
  id: z.number(),
  version: z.number(),
  trainedAt: z.date(),
  trainedBy: z.string().nullable(),
  examples: z.number(),
  ownExamples: z.number(),
  trainSeconds: z.number(),
  evaluation: z.object({
    classes: z.array(z.number()),
    trainCount: z.number(),
    testCount: z.number(),
    macroF1: z.number(),
    top1: z.number(),
    top3: z.number(),
    perClass: z.array(classFigures),
    confusion: z.array(z.array(z.number())),
  }),
  active: z.boolean(),
  activatedAt: z.date().nullable(),
  /** Its weights are kept: it may be put in use again. */
  kept: z.boolean(),
  /** Registrations that were offered this version's suggestions: how many took the first, or one of the three. */
  uptake: z.object({ category: uptakeDto, body: uptakeDto }),
});

export const bodyRuleBody = z.strictObject({
  categoryId: int4Id,
  orgKind: z.enum(ORG_KINDS),
  /** Words the body's name has (e.g. 住房和城乡建设); none: any body of the kind. */
  nameContains: optionalText(50),
});
export type BodyRuleInput = z.infer<typeof bodyRuleBody>;

export const bodyRuleDto = z.object({
  id: z.number(),
  categoryId: z.number(),
  categoryPath: z.string(),
  orgKind: z.enum(ORG_KINDS),
  nameContains: z.string().nullable(),
  updatedAt: z.date(),
});

export const KNOWLEDGE_KINDS = ['policy', 'basis', 'route'] as const;

export const knowledgeBody = z.strictObject({
  kind: z.enum(KNOWLEDGE_KINDS),
  title: z.string().trim().min(1, '请填写标题').max(100, '标题不能超过 100 个字'),
  body: z.string().trim().min(1, '请填写内容').max(5000, '内容不能超过 5000 个字'),
  /** A legal basis as a decision cites it: 《信访工作条例》第三十二条. */
  citation: optionalText(200),
  active: z.boolean().default(true),
});
export type KnowledgeInput = z.infer<typeof knowledgeBody>;

export const knowledgeQuery = z.strictObject({
  q: z.string().trim().max(50).optional(),
  /** Withdrawn entries too (the administration's list). */
  all: z.enum(['true', 'false']).optional(),
});

export const knowledgeDto = z.object({
  id: z.number(),
  kind: z.enum(KNOWLEDGE_KINDS),
  title: z.string(),
  body: z.string(),
  citation: z.string().nullable(),
  active: z.boolean(),
  updatedAt: z.date(),
});

export const precedentsDto = z.object({
  precedents: z.array(
    z.object({
      id: z.number(),
      number: z.string(),
      title: z.string(),
      similarity: z.number(),
      phrase: z.string().nullable(),
      orgName: z.string(),
      issuedAt: z.date(),
      outcome: z.enum(DECISION_OUTCOMES),
      request: z.string(),
      facts: z.string(),
      reasons: z.string(),
      basis: z.string(),
      /** The petitioner's rating of that decision, if given. */
      rating: z.enum(RATINGS).nullable(),
    }),
  ),
  knowledge: z.array(knowledgeDto.extend({ score: z.number() })),
});
