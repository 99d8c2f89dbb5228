import { routing } from '../workflow.policy.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, text } from './shared.js';

/** 不同意退回: the body that returned the matter must handle it. */
export const insist = defineAction('insist', { reason: text('请写明不同意退回的理由') })(async ({ trx, w, now }, input) => {
  const a = routing(w).returned!;
  await workflowRepository.update(trx, 'petition_assignments', a.id, { status: 'received', received_at: now });
  return {
    patch: { holder_org_id: a.to_org_id },
    clockEvents: [{ name: 'received', orgId: a.to_org_id }],
    payload: { assignmentId: a.id, toOrg: a.to_org_name, reason: input.reason },
  };
});
