import { z } from 'zod';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, hearingPauses, note } from './shared.js';

/** 审批延期: an approval lengthens the handling clock. */
export const approveExtension = defineAction('approveExtension', { approve: z.boolean(), note })(async (
  { trx, actor, p, w, clocks, now },
  input,
) => {
  const e = w.extensions.find((x) => x.status === 'pending')!;
  await workflowRepository.update(trx, 'extensions', e.id, {
    status: input.approve ? 'approved' : 'rejected',
    decided_by: actor.userId,
    decided_at: now,
    note: input.note,
  });
  if (input.approve)
    await clocks.recompute(
      trx,
      { petitionId: p.id },
      {
        extendKey: 'handle',
        units: e.days,
        pauses: await hearingPauses(trx, p.id),
        pausedBy: 'hearing',
      },
    );
  // 条例 Art. 34: the petitioner is told of the extension and why (the notifications' workflow listener).
  return {
    to: input.approve ? 'extended' : undefined,
    payload: { approve: input.approve, days: e.days, reason: e.reason, note: input.note },
  };
});
