import { z } from 'zod';
import { fieldError } from '../../../errors.js';
import { int8Id } from '../../../shared/validators.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, text } from './shared.js';

/** The answer to an urge or a supervision slip. */
export const replySupervision = defineAction('replySupervision', {
  supervisionId: int8Id,
  reply: text('请填写回复内容'),
  adopted: z.boolean().nullish(),
})(async ({ trx, actor, w, now }, input) => {
  const s = w.supervisions.find((x) => x.id === input.supervisionId && !x.replied_at && x.to_org_id === actor.orgId);
  if (!s) throw fieldError('supervisionId', '没有本单位待回复的该项督查督办');
  // 条例 Art. 40: the reply to a supervision slip says whether its proposals were adopted.
  if (s.kind === 'supervise' && (input.adopted === null || input.adopted === undefined))
    throw fieldError('adopted', '请说明是否采纳督办意见和建议');
  await workflowRepository.update(trx, 'supervisions', s.id, {
    reply: input.reply,
    adopted: input.adopted ?? null,
    replied_at: now,
    replied_by: actor.userId,
  });
  return { payload: { supervisionId: s.id, kind: s.kind, reply: input.reply, adopted: input.adopted ?? null } };
});
