import { workflowPolicy } from '../workflow.policy.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, text } from './shared.js';

/** 领导批示: sent to the handling body and the bodies between, each to acknowledge it (批示待阅). */
export const instruct = defineAction('instruct', { text: text('请填写批示内容') })(async ({ trx, actor, p, w, now }, input) => {
  const id = await workflowRepository.insert(trx, 'instructions', {
    petition_id: p.id,
    org_id: actor.orgId,
    leader_id: actor.userId,
    text: input.text,
    created_at: now,
  });
  const toOrgIds = workflowPolicy.instructed(actor.orgId, p, w);
  await workflowRepository.sendInstruction(trx, p.id, id, toOrgIds);
  return { payload: { text: input.text, toOrgIds } };
});
