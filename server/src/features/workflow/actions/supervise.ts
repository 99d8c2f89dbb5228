import { chinaDate } from '@xinfang/domain';
import { fieldError } from '../../../errors.js';
import { dateString } from '../../../shared/validators.js';
import { workflowPolicy } from '../workflow.policy.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, text } from './shared.js';

/** 督办 (条例 Art. 40): a slip with proposals, answered in writing by a date. */
export const supervise = defineAction('supervise', { proposals: text('请填写督办意见和建议'), replyDueDate: dateString })(async (
  { trx, actor, p, now },
  input,
) => {
  if (input.replyDueDate <= chinaDate(now)) throw fieldError('replyDueDate', '回复期限应晚于今天');
  const to = workflowPolicy.target(p);
  await workflowRepository.insert(trx, 'supervisions', {
    petition_id: p.id,
    kind: 'supervise',
    from_org_id: actor.orgId,
    to_org_id: to,
    message: input.proposals,
    reply_due_on: input.replyDueDate,
    created_by: actor.userId,
    created_at: now,
  });
  return { payload: { toOrgId: to, proposals: input.proposals, replyDueDate: input.replyDueDate } };
});
