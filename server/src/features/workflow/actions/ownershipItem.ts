import { OWNERSHIP_ITEMS } from '@xinfang/domain';
import { z } from 'zod';
import { dateString } from '../../../shared/validators.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, past, text } from './shared.js';

/** One of 三亲自三见面, done on a day. */
export const ownershipItem = defineAction('ownershipItem', {
  item: z.enum(OWNERSHIP_ITEMS),
  doneOn: dateString,
  note: text('请填写情况说明'),
})(async ({ trx, w, now }, input) => {
  past(now, input.doneOn, 'doneOn');
  await workflowRepository.setOwnershipItem(trx, w.ownership!.id, input.item, input.doneOn, input.note);
  return { payload: { item: input.item, doneOn: input.doneOn, note: input.note } };
});
