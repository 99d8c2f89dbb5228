import {
  DECLINE_ROUTES,
  DELIVERY_METHODS,
  DELIVERY_RESULTS,
  DECISION_OUTCOMES,
  OWNERSHIP_ITEMS,
  RECORD_KINDS,
  ASSIGNMENT_MODES,
  ASSIGNMENT_STATUSES,
  EXTENSION_STATUSES,
  DECISION_STAGES,
} from '@xinfang/domain';
import { z } from 'zod';

// Below the features: the petition detail (petitions) includes it, and the workflow, which builds on petitions, fills it.

export const ref = z.object({ id: z.number(), name: z.string() });
const at = z.date();
const day = z.string();

export const workflowDto = z.object({
  assignments: z.array(
    z.object({
      id: z.number(),
      mode: z.enum(ASSIGNMENT_MODES),
      fromOrg: ref,
      toOrg: ref,
      status: z.enum(ASSIGNMENT_STATUSES),
      requirements: z.string().nullable(),
      task: z.string().nullable(),
      owner: z.string().nullable(),
      dueAt: at.nullable(),
      returnReason: z.string().nullable(),
      reply: z.string().nullable(),
      createdAt: at,
      receivedAt: at.nullable(),
      returnedAt: at.nullable(),
      repliedAt: at.nullable(),
    }),
  ),
  /**
   * 交办链: the bodies a 交办 went through to the handling body (层层交办), the original assigner first, which
   * verifies the report; empty when the handling body did not receive the matter by 交办.
   */
  assignChain: z.array(ref),
  records: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(RECORD_KINDS),
      occurredOn: day,
      note: z.string(),
      hearingFrom: day.nullable(),
      hearingTo: day.nullable(),
      agreement: z.boolean().nullable(),
      reliefKind: z.string().nullable(),
      reliefAmount: z.number().nullable(),
      org: ref,
      createdBy: z.string(),
      createdAt: at,
    }),
  ),
  extensions: z.array(
    z.object({
      id: z.number(),
      days: z.number(),
      reason: z.string(),
      status: z.enum(EXTENSION_STATUSES),
      requestedBy: z.string(),
      requestedAt: at,
      decidedBy: z.string().nullable(),
      decidedAt: at.nullable(),
      note: z.string().nullable(),
    }),
  ),
  decisions: z.array(
    z.object({
      id: z.number(),
      stage: z.enum(DECISION_STAGES),
      org: ref,
      outcome: z.enum(DECISION_OUTCOMES),
      request: z.string(),
      facts: z.string(),
      reasons: z.string(),
      basis: z.string(),
      reviewOrg: ref.nullable(),
      reviewDays: z.number().nullable(),
      issuedAt: at,
      issuedBy: z.string(),
      delivery: z
        .object({ method: z.enum(DELIVERY_METHODS), result: z.enum(DELIVERY_RESULTS), deliveredOn: day, note: z.string().nullable() })
        .nullable(),
    }),
  ),
  proceedings: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(['review', 'reexamination']),
      org: ref,
      requestedOn: day,
      reasons: z.string(),
      status: z.enum(['open', 'decided']),
      createdAt: at,
    }),
  ),
  supervisions: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(['urge', 'supervise']),
      fromOrg: ref,
      toOrg: ref,
      message: z.string(),
      replyDueOn: day.nullable(),
      reply: z.string().nullable(),
      adopted: z.boolean().nullable(),
      repliedAt: at.nullable(),
      repliedBy: z.string().nullable(),
      createdAt: at,
      createdBy: z.string(),
    }),
  ),
  instructions: z.array(
    z.object({
      id: z.number(),
      text: z.string(),
      leader: z.string(),
      org: ref,
      createdAt: at,
      /** The bodies it was sent to (批示待阅 until one of their users acknowledges it). */
      recipients: z.array(z.object({ org: ref, acknowledgedAt: at.nullable(), acknowledgedBy: z.string().nullable() })),
    }),
  ),
  ownership: z
    .object({
      leader: ref,
      org: ref,
      since: at,
      note: z.string().nullable(),
      items: z.array(z.object({ item: z.enum(OWNERSHIP_ITEMS), doneOn: day, note: z.string() })),
    })
    .nullable(),
  backlog: z.object({ markedAt: at, reason: z.string(), resolvedOn: day.nullable(), resolution: z.string().nullable() }).nullable(),
  /** `route` null: not accepted again as a repeat of a final matter (条例 Art. 36). */
  decline: z.object({ route: z.enum(DECLINE_ROUTES).nullable(), routeOrg: ref.nullable(), reason: z.string() }).nullable(),
  report: z.string().nullable(),
});
export type WorkflowDto = z.infer<typeof workflowDto>;
