import type { WorkflowDto } from '../../shared/workflow.dto.js';
import { routing } from './workflow.policy.js';
import type { WorkflowRows } from './workflow.repository.js';

const ref = (id: number, name: string) => ({ id, name });
const refOrNull = (id: number | null, name: string | null) => (id === null ? null : ref(id, name ?? ''));

/** The bodies of a 交办 chain in order: its first sender, then each body it was passed to. */
function chainOf(chain: ReturnType<typeof routing>['chain']) {
  return chain.length ? [ref(chain[0]!.from_org_id, chain[0]!.from_org_name), ...chain.map((a) => ref(a.to_org_id, a.to_org_name))] : [];
}

/** The petition's own workflow columns shown on the detail. */
export interface WorkflowColumns {
  decline_route: string | null;
  decline_route_org_id: number | null;
  decline_route_org_name: string | null;
  decline_reason: string | null;
  report: string | null;
  backlog_at: Date | null;
  backlog_reason: string | null;
  backlog_resolved_on: string | null;
  backlog_resolution: string | null;
}

/** The workflow part of the petition detail. */
export function presentWorkflow(p: WorkflowColumns, w: WorkflowRows): WorkflowDto {
  return {
    assignments: w.assignments.map((a) => ({
      id: a.id,
      mode: a.mode,
      fromOrg: ref(a.from_org_id, a.from_org_name),
      toOrg: ref(a.to_org_id, a.to_org_name),
      status: a.status,
      requirements: a.requirements,
      task: a.task,
      owner: a.owner,
      dueAt: a.due_at,
      returnReason: a.return_reason,
      reply: a.reply,
      createdAt: a.created_at,
      receivedAt: a.received_at,
      returnedAt: a.returned_at,
      repliedAt: a.replied_at,
    })),
    assignChain: chainOf(routing(w).chain),
    records: w.records.map((r) => ({
      id: r.id,
      kind: r.kind as WorkflowDto['records'][number]['kind'],
      occurredOn: r.occurred_on,
      note: r.note,
      hearingFrom: r.hearing_from,
      hearingTo: r.hearing_to,
      agreement: r.agreement,
      reliefKind: r.relief_kind,
      reliefAmount: r.relief_amount,
      org: ref(r.org_id, r.org_name),
      createdBy: r.created_by_name,
      createdAt: r.created_at,
    })),
    extensions: w.extensions.map((e) => ({
      id: e.id,
      days: e.days,
      reason: e.reason,
      status: e.status,
      requestedBy: e.requested_by_name,
      requestedAt: e.requested_at,
      decidedBy: e.decided_by_name,
      decidedAt: e.decided_at,
      note: e.note,
    })),
    decisions: w.decisions.map((d) => ({
      id: d.id,
      stage: d.stage,
      org: ref(d.org_id, d.org_name),
      outcome: d.outcome as WorkflowDto['decisions'][number]['outcome'],
      request: d.request,
      facts: d.facts,
      reasons: d.reasons,
      basis: d.basis,
      reviewOrg: refOrNull(d.review_org_id, d.review_org_name),
      reviewDays: d.review_days,
      issuedAt: d.issued_at,
      issuedBy: d.issued_by_name,
      delivery: d.delivered_on
        ? {
            method: d.delivery_method as 'in_person' | 'post' | 'electronic',
            result: d.delivery_result as 'signed' | 'refused',
            deliveredOn: d.delivered_on,
            note: d.delivery_note,
          }
        : null,
    })),
    proceedings: w.proceedings.map((g) => ({
      id: g.id,
      kind: g.kind,
      org: ref(g.org_id, g.org_name),
      requestedOn: g.requested_on,
      reasons: g.reasons,
      status: g.status,
      createdAt: g.created_at,
    })),
    supervisions: w.supervisions.map((s) => ({
      id: s.id,
      kind: s.kind,
      fromOrg: ref(s.from_org_id, s.from_org_name),
      toOrg: ref(s.to_org_id, s.to_org_name),
      message: s.message,
      replyDueOn: s.reply_due_on,
      reply: s.reply,
      adopted: s.adopted,
      repliedAt: s.replied_at,
      repliedBy: s.replied_by_name,
      createdAt: s.created_at,
      createdBy: s.created_by_name,
    })),
    instructions: w.instructions.map((i) => ({
      id: i.id,
      text: i.text,
      leader: i.leader_name,
      org: ref(i.org_id, i.org_name),
      createdAt: i.created_at,
      recipients: w.instructionRecipients
        .filter((r) => r.instruction_id === i.id)
        .map((r) => ({ org: ref(r.org_id, r.org_name), acknowledgedAt: r.acknowledged_at, acknowledgedBy: r.acknowledged_by_name })),
    })),
    ownership: w.ownership
      ? {
          leader: ref(w.ownership.leader_id, w.ownership.leader_name),
          org: ref(w.ownership.org_id, w.ownership.org_name),
          since: w.ownership.since,
          note: w.ownership.note,
          items: w.ownershipItems.map((i) => ({
            item: i.item as NonNullable<WorkflowDto['ownership']>['items'][number]['item'],
            doneOn: i.done_on,
            note: i.note,
          })),
        }
      : null,
    backlog: p.backlog_at
      ? { markedAt: p.backlog_at, reason: p.backlog_reason ?? '', resolvedOn: p.backlog_resolved_on, resolution: p.backlog_resolution }
      : null,
    decline: p.decline_reason
      ? {
          route: p.decline_route as NonNullable<WorkflowDto['decline']>['route'],
          routeOrg: refOrNull(p.decline_route_org_id, p.decline_route_org_name),
          reason: p.decline_reason ?? '',
        }
      : null,
    report: p.report,
  };
}
