import { workflowRepository } from '../workflow.repository.js';
import { defineAction, note } from './shared.js';

/** 批示已阅: a user of a body the instructions were sent to acknowledges all of them that await the body. */
export const acknowledgeInstruction = defineAction('acknowledgeInstruction', { note })(async ({ trx, actor, w }, input) => {
  const open = w.instructionRecipients.filter((r) => !r.acknowledged_at && r.org_id === actor.orgId);
  await workflowRepository.acknowledgeInstructions(
    trx,
    open.map((r) => r.id),
    actor.userId,
  );
  return { payload: { instructionIds: open.map((r) => r.instruction_id), note: input.note } };
});
