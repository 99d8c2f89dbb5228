import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Access } from '../auth/permissions.js';
import { eventDto } from '../audit/audit.routes.js';
import { meDto } from '../features/auth/auth.schema.js';
import { categoryDto } from '../features/categories/categories.schema.js';
import { clockDto } from '../features/deadlines/clocks.schema.js';
import { documentDto, receiptDto, templateDto } from '../features/documents/documents.schema.js';
import { jobDto } from '../features/imports/imports.schema.js';
import { messageDto } from '../features/notifications/notifications.schema.js';
import { directoryOrgDto, orgDto } from '../features/orgs/orgs.schema.js';
import { attachmentDto } from '../features/attachments/attachments.schema.js';
import {
  candidateDto,
  petitionDetailDto,
  petitionerDto,
  petitionEventDto,
  petitionListItemDto,
  unmaskedPetitionerDto,
} from '../features/petitions/petitions.schema.js';
import { publicOrgDto, publicPetitionDto } from '../features/portal/portal.schema.js';
import { regionDto } from '../features/regions/regions.routes.js';
import { savedFilterDto } from '../features/saved-filters/saved-filters.schema.js';
import { reportDto } from '../features/reports/reports.schema.js';
import { bodiesDto, breakdownDto, hotDto, overviewDto, seriesDto } from '../features/stats/stats.schema.js';
import { userDto } from '../features/users/users.schema.js';
import { workflowDto } from '../shared/workflow.dto.js';

/**
 * The answers the OpenAPI document names as components (the web's types are generated from it: web/src/api/openapi.gen.ts).
 * Named here rather than beside each schema so that naming one changes no feature file.
 */
const components: Record<string, z.ZodType> = {
  Me: meDto,
  Org: orgDto,
  DirectoryOrg: directoryOrgDto,
  User: userDto,
  Region: regionDto,
  AuditEvent: eventDto,
  Category: categoryDto,
  Clock: clockDto,
  Petitioner: petitionerDto,
  UnmaskedPetitioner: unmaskedPetitionerDto,
  Attachment: attachmentDto,
  PetitionEvent: petitionEventDto,
  PetitionListItem: petitionListItemDto,
  PetitionDetail: petitionDetailDto,
  RepeatCandidate: candidateDto,
  Workflow: workflowDto,
  SavedFilter: savedFilterDto,
  ImportJob: jobDto,
  Document: documentDto,
  DocumentTemplate: templateDto,
  Receipt: receiptDto,
  Message: messageDto,
  PublicOrg: publicOrgDto,
  PublicPetition: publicPetitionDto,
  StatsOverview: overviewDto,
  StatsSeries: seriesDto,
  StatsBreakdown: breakdownDto,
  StatsBodies: bodiesDto,
  StatsHot: hotDto,
  StatsReport: reportDto,
};
for (const [id, schema] of Object.entries(components)) z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });

/** The header of safe retries (http/idempotency.ts): every signed-in write names it; its words are one component. */
const IDEMPOTENCY_KEY = 'Idempotency-Key';
const idempotencyHeader = { type: 'object', properties: { [IDEMPOTENCY_KEY]: { type: 'string' } } };
const idempotencyParameter = {
  name: IDEMPOTENCY_KEY,
  in: 'header',
  required: false,
  schema: { type: 'string', minLength: 8, maxLength: 128 },
  description:
    'One per user action, the same on its retries: the first answer for the user and key is replayed for a day ' +
    '(Idempotent-Replayed: true); another request under it is 422 idempotency_key_reused; 409 idempotency_in_progress ' +
    'while the first still runs.',
};

/**
 * @fastify/swagger copies route schemas, so zod's .meta() examples are lost on the way: routes give
 * request examples as `schema['x-examples'].body`, put back here as the body's examples. Every write that needs a
 * session documents the Idempotency-Key header.
 */
export const withExamples: typeof jsonSchemaTransform = (args) => {
  if (!args.schema) return jsonSchemaTransform(args);
  const { 'x-examples': examples, ...schema } = args.schema as { 'x-examples'?: { body?: unknown[] } };
  const out = jsonSchemaTransform({ ...args, schema });
  const body = out.schema.body as Record<string, unknown> | undefined;
  if (examples?.body && body) out.schema.body = { ...body, examples: examples.body };
  const access = (args.route.config as { access?: Access } | undefined)?.access;
  const methods = ([] as string[]).concat(args.route.method);
  if (access && !('public' in access) && !methods.includes('GET')) out.schema.headers = idempotencyHeader;
  return out;
};

/**
 * Each named schema becomes a component in an output and an input (`…Input`) form; only those a route refers
 * to are kept, so the document names each once.
 */
export const withComponents: typeof jsonSchemaTransformObject = (args) => {
  const doc = jsonSchemaTransformObject(args) as { paths?: unknown; components?: { schemas?: Record<string, unknown> } };
  const all = doc.components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const name = key === '$ref' && typeof value === 'string' ? value.replace('#/components/schemas/', '') : undefined;
      if (name && !used.has(name)) {
        used.add(name);
        visit(all[name]);
      } else visit(value);
    }
  };
  visit(doc.paths);
  const schemas = Object.fromEntries(Object.entries(all).filter(([name]) => used.has(name)));
  for (const operations of Object.values((doc.paths ?? {}) as Record<string, Record<string, { parameters?: object[] }>>))
    for (const operation of Object.values(operations))
      operation.parameters = operation.parameters?.map((p) =>
        'name' in p && p.name === IDEMPOTENCY_KEY ? { $ref: '#/components/parameters/IdempotencyKey' } : p,
      );
  const parameters = { IdempotencyKey: idempotencyParameter };
  return { ...doc, components: { ...doc.components, schemas, parameters } } as ReturnType<typeof jsonSchemaTransformObject>;
};
