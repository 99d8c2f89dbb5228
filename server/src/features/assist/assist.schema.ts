import { MAX_CONTENT_LENGTH, MAX_TITLE_LENGTH, ORG_KINDS } from '@xinfang/domain';
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
