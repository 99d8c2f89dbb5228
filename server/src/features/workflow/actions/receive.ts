import { routing } from '../workflow.policy.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction } from './shared.js';

/** 签收: the body the matter was sent to takes it and handles it; for a 转送, this is its 受理 (its notice follows). */
export const receive = defineAction(
  'receive',
  {},
)(async ({ trx, actor, w, now }) => {
  const a = routing(w).pending!;
  await workflowRepository.update(trx, 'petition_assignments', a.id, { status: 'received', received_at: now });
  return {
    patch: { holder_org_id: actor.orgId },
    // A 交办's due date ends the handling clock when it is earlier than the statute's.
    clockEvents: [{ name: 'received', orgId: actor.orgId, limitAt: a.mode === 'assign' ? a.due_at : null }],
    payload: { assignmentId: a.id, mode: a.mode === 'forward' ? 'forward' : 'assign' },
  };
});
