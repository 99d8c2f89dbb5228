import { workflowPolicy } from '../workflow.policy.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, text } from './shared.js';

/** 催办: a body above reminds the body that must act. */
export const urge = defineAction('urge', { message: text('请填写催办内容') })(async ({ trx, actor, p, now }, input) => {
  const to = workflowPolicy.target(p);
  await workflowRepository.insert(trx, 'supervisions', {
    petition_id: p.id,
    kind: 'urge',
    from_org_id: actor.orgId,
    to_org_id: to,
    message: input.message,
    created_by: actor.userId,
    created_at: now,
  });
  return { payload: { toOrgId: to, message: input.message } };
});
