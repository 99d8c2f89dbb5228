import { routing } from '../workflow.policy.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, note } from './shared.js';

/** 审核认定办结: the assigning body accepts the report. */
export const verify = defineAction('verify', { note })(async ({ trx, actor, w, now }, input) => {
  const lead = routing(w).lead!;
  await workflowRepository.update(trx, 'petition_assignments', lead.id, { status: 'done' });
  return {
    patch: { concluded_at: now },
    clockEvents: [{ name: 'verified', orgId: actor.orgId }],
    payload: { note: input.note },
  };
});
