import {
  DECLINE_ROUTES,
  DELIVERY_METHODS,
  DELIVERY_RESULTS,
  OUTCOMES,
  OWNERSHIP_ITEMS,
  RECORD_KINDS,
  type WorkflowAction,
  INBOX_SECTIONS,
  DEADLINE_SCOPES,
  DEADLINE_GRADES,
} from '@xinfang/domain';
import { z } from 'zod';
import { dateString, int4Id, int8Id, requiredText } from '../../shared/validators.js';
import { petitionListItemDto } from '../petitions/petitions.schema.js';
import { clockDto } from '../deadlines/clocks.schema.js';
import { ref } from './workflow.dto.js';

/** A body (integer id). */
const orgId = int4Id;
const note = z
  .string()
  .trim()
  .max(2000)
  .nullish()
  .transform((v) => v || null);
const text = (empty: string) => requiredText(4000, empty);

/** The body of each action; every one names the version of the petition it was based on. */
export const actionBodies = {
  accept: { note },
  forward: { toOrgId: orgId, note },
  assign: { toOrgId: orgId, requirements: text('请填写交办要求'), dueDate: dateString.nullish() },
  decline: { route: z.enum(DECLINE_ROUTES), routeOrgId: orgId.nullish(), reason: text('请写明不予受理的理由') },
  receive: {},
  return: { reason: text('请写明退回理由') },
  insist: { reason: text('请写明不同意退回的理由') },
  record: {
    kind: z.enum(RECORD_KINDS),
    occurredOn: dateString,
    note: text('请填写记录内容'),
    hearingFrom: dateString.nullish(),
    hearingTo: dateString.nullish(),
    agreement: z.boolean().nullish(),
    reliefKind: z.string().trim().max(50).nullish(),
    reliefAmount: z.number().min(0).max(1e10).nullish(),
  },
  addAssist: { orgId, task: text('请填写协办任务'), owner: requiredText(50, '请填写责任人'), dueDate: dateString },
  assistReply: { assignmentId: int8Id, reply: text('请填写协办意见') },
  requestExtension: {
    days: z.number().int().min(1, '延长天数至少 1 日').max(30, '延长天数不得超过 30 日'),
    reason: text('请写明延期理由'),
  },
  approveExtension: { approve: z.boolean(), note },
  decide: {
    outcome: z.enum(OUTCOMES),
    request: text('请写明信访人的请求'),
    facts: text('请写明查明的事实'),
    reasons: text('请写明处理理由'),
    basis: text('请写明法律政策依据'),
    reviewOrgId: orgId.nullish(),
  },
  deliver: {
    method: z.enum(DELIVERY_METHODS),
    result: z.enum(DELIVERY_RESULTS),
    deliveredOn: dateString,
    note,
  },
  conclude: { report: text('请填写办结报告（办理结果）') },
  verify: { note },
  rework: { reason: text('请写明退回重办的理由') },
  requestReview: { requestedOn: dateString, reasons: text('请写明复查请求和理由') },
  requestReexamination: { requestedOn: dateString, reasons: text('请写明复核请求和理由') },
  urge: { message: text('请填写催办内容') },
  supervise: { proposals: text('请填写督办意见和建议'), replyDueDate: dateString },
  replySupervision: { supervisionId: int8Id, reply: text('请填写回复内容'), adopted: z.boolean().nullish() },
  instruct: { text: text('请填写批示内容') },
  takeOwnership: { note },
  ownershipItem: { item: z.enum(OWNERSHIP_ITEMS), doneOn: dateString, note: text('请填写情况说明') },
  markBacklog: { reason: text('请写明列为积案的原因') },
  resolveBacklog: { resolvedOn: dateString, note: text('请写明化解情况') },
} satisfies Record<WorkflowAction, z.ZodRawShape>;

const version = int4Id;
export const actionBody = <A extends WorkflowAction>(action: A) => z.strictObject({ version, ...actionBodies[action] });
export type ActionInput<A extends WorkflowAction> = z.infer<ReturnType<typeof actionBody<A>>>;

const at = z.date();
const day = z.string();

const inboxItem = petitionListItemDto.extend({ task: z.string().nullable() });
export const inboxDto = z.object({ sections: z.object(Object.fromEntries(INBOX_SECTIONS.map((s) => [s, z.array(inboxItem)]))) });

export const deadlinesQuery = z.strictObject({
  scope: z.enum(DEADLINE_SCOPES).default('own'),
  grade: z.enum(DEADLINE_GRADES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type DeadlinesQuery = z.infer<typeof deadlinesQuery>;
export const deadlinesDto = z.object({
  items: z.array(
    z.object({
      petition: z.object({ id: z.number(), number: z.string(), title: z.string(), status: z.string() }),
      org: ref,
      clock: clockDto,
    }),
  ),
});
export const boardDto = z.object({
  rows: z.array(z.object({ org: ref, open: z.number(), dueSoon: z.number(), dueToday: z.number(), overdue: z.number() })),
});
export const ownershipsDto = z.object({
  items: z.array(
    z.object({
      petition: petitionListItemDto,
      since: at,
      items: z.array(z.object({ item: z.enum(OWNERSHIP_ITEMS), doneOn: day, note: z.string() })),
    }),
  ),
});
