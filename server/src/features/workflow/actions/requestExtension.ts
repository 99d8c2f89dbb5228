import { MAX_EXTENSION_DAYS } from '@xinfang/domain';
import { z } from 'zod';
import { AppError } from '../../../errors.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, text } from './shared.js';

/** 申请延期: at most thirty days in all (条例 Art. 34); the body's leader approves. */
export const requestExtension = defineAction('requestExtension', {
  days: z.number().int().min(1, '延长天数至少 1 日').max(30, '延长天数不得超过 30 日'),
  reason: text('请写明延期理由'),
})(async ({ trx, actor, p, w, now }, input) => {
  const granted = w.extensions.filter((e) => e.status === 'approved').reduce((n, e) => n + e.days, 0);
  if (granted + input.days > MAX_EXTENSION_DAYS) throw new AppError('extension_exceeded', { granted, field: 'days' });
  await workflowRepository.insert(trx, 'extensions', {
    petition_id: p.id,
    org_id: actor.orgId,
    days: input.days,
    reason: input.reason,
    requested_by: actor.userId,
    requested_at: now,
  });
  return { payload: { days: input.days, reason: input.reason } };
});
