import { routing } from '../workflow.policy.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, note } from './shared.js';

/** 审核认定办结: the assigning body (the first of a 交办 chain) accepts the report. */
export const verify = defineAction('verify', { note })(async ({ trx, actor, w, now }, input) => {
  // Every 交办 of the chain is done with the first assigner's verification.
  for (const a of routing(w).chain) await workflowRepository.update(trx, 'petition_assignments', a.id, { status: 'done' });
  return {
    patch: { concluded_at: now },
    clockEvents: [{ name: 'verified', orgId: actor.orgId }],
    payload: { note: input.note },
  };
});
