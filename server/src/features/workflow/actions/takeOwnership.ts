import { workflowRepository } from '../workflow.repository.js';
import { defineAction, note } from './shared.js';

/** 领导包案: the leader takes the case personally. */
export const takeOwnership = defineAction('takeOwnership', { note })(async ({ trx, actor, p, now }, input) => {
  await workflowRepository.insert(trx, 'ownerships', {
    petition_id: p.id,
    leader_id: actor.userId,
    org_id: actor.orgId,
    note: input.note,
    since: now,
  });
  return { payload: { leader: actor.displayName, note: input.note } };
});
