import { AppError } from '../../../errors.js';
import { routing } from '../workflow.policy.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, text } from './shared.js';

/** 退回: within the objection period, with reasons; the sender decides (条例 Art. 23). */
export const returnAction = defineAction('return', { reason: text('请写明退回理由') })(async ({ trx, actor, p, w, now }, input) => {
  const object = await workflowRepository.lastClock(trx, p.id, 'object');
  if (object && !object.stopped_at && object.due_at < now) throw new AppError('return_period_expired');
  const a = routing(w).pending!;
  await workflowRepository.update(trx, 'petition_assignments', a.id, {
    status: 'returned',
    returned_at: now,
    return_reason: input.reason,
  });
  return {
    patch: { holder_org_id: null },
    clockEvents: [{ name: 'returned', orgId: actor.orgId }],
    payload: { assignmentId: a.id, reason: input.reason },
  };
});
