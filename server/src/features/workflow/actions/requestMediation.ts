import { DISPUTE_KINDS } from '@xinfang/domain';
import { z } from 'zod';
import { fieldError } from '../../../errors.js';
import { disputePartyInput } from '../../../shared/dispute-party.js';
import { requiredText } from '../../../shared/validators.js';
import { routeTarget } from '../routing.js';
import { defineAction, orgId } from './shared.js';

/**
 * 交由村（居）调解: the handling body hands a part of the matter to a village of its area for 人民调解. The village gets
 * only that part as a dispute (features/disputes opens it on this event: never the petition, so no accusation
 * material reaches it), and its result comes back as this petition's handling record (`record` by `mediator`).
 */
export const requestMediation = defineAction('requestMediation', {
  orgId,
  kind: z.enum(DISPUTE_KINDS),
  title: requiredText(100, '请填写交由调解的事项'),
  facts: requiredText(4000, '请写明交由调解的部分和要求'),
  parties: z.array(disputePartyInput).min(1, '请至少填写一方当事人').max(50),
})(async ({ trx, actor, p }, input) => {
  // Within the body's area and never the accused (条例 Art. 30), as a 转送 or 交办 would be.
  const org = await routeTarget(trx, p, actor, input.orgId, 'orgId');
  if (org.kind !== 'village') throw fieldError('orgId', '只能交由村（居）民委员会调解');
  return {
    to: p.status === 'accepted' ? 'handling' : undefined,
    payload: {
      orgId: org.id,
      org: org.name,
      kind: input.kind,
      title: input.title,
      facts: input.facts,
      parties: input.parties,
    },
  };
});
