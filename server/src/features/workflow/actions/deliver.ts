import { DELIVERY_METHODS, DELIVERY_RESULTS, chinaDate } from '@xinfang/domain';
import { z } from 'zod';
import { dateString } from '../../../shared/validators.js';
import { workflowRepository } from '../workflow.repository.js';
import { dayAt, defineAction, note, past } from './shared.js';

/** 送达: delivery of the last decision starts the petitioner's period to ask for review, or ends the matter. */
export const deliver = defineAction('deliver', {
  method: z.enum(DELIVERY_METHODS),
  result: z.enum(DELIVERY_RESULTS),
  deliveredOn: dateString,
  note,
})(async ({ trx, actor, w, now }, input) => {
  const d = w.decisions.at(-1)!;
  past(now, input.deliveredOn, 'deliveredOn', chinaDate(d.issued_at));
  await workflowRepository.update(trx, 'decisions', d.id, {
    delivery_method: input.method,
    delivery_result: input.result,
    delivered_on: input.deliveredOn,
    delivery_note: input.note,
    delivered_by: actor.userId,
  });
  const payload = { decisionId: d.id, stage: d.stage, method: input.method, result: input.result, deliveredOn: input.deliveredOn };
  if (d.stage === 'handling')
    return { clockEvents: [{ name: 'decision_delivered', orgId: d.org_id }], at: dayAt(input.deliveredOn), payload };
  if (d.stage === 'review')
    return {
      to: 'concluded',
      patch: { concluded_at: now },
      clockEvents: [{ name: 'review_delivered', orgId: d.org_id }],
      at: dayAt(input.deliveredOn),
      payload,
    };
  return { to: 'final', patch: { final_at: now }, payload };
});
