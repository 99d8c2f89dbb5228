import { fieldError } from '../../../errors.js';
import { int8Id } from '../../../shared/validators.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, text } from './shared.js';

/** 协办意见: the assisting body reports on its task. */
export const assistReply = defineAction('assistReply', { assignmentId: int8Id, reply: text('请填写协办意见') })(async (
  { trx, actor, w, now },
  input,
) => {
  const a = w.assignments.find(
    (x) => x.id === input.assignmentId && x.mode === 'assist' && x.status === 'pending' && x.to_org_id === actor.orgId,
  );
  if (!a) throw fieldError('assignmentId', '没有本单位待完成的该项协办任务');
  await workflowRepository.update(trx, 'petition_assignments', a.id, {
    status: 'done',
    reply: input.reply,
    replied_at: now,
    replied_by: actor.userId,
  });
  return { payload: { assignmentId: a.id, reply: input.reply } };
});
