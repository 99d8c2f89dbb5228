import { workflowRepository } from '../workflow.repository.js';
import { defineAction, text } from './shared.js';

/** 领导批示. */
export const instruct = defineAction('instruct', { text: text('请填写批示内容') })(async ({ trx, actor, p }, input) => {
  await workflowRepository.insert(trx, 'instructions', {
    petition_id: p.id,
    org_id: actor.orgId,
    leader_id: actor.userId,
    text: input.text,
  });
  return { payload: { text: input.text } };
});
