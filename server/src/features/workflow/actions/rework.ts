import { defineAction, text } from './shared.js';

/** 退回重办: the assigning body sends the matter back to the handling body. */
export const rework = defineAction('rework', { reason: text('请写明退回重办的理由') })(async ({ p }, input) => ({
  clockEvents: [{ name: 'rework', orgId: p.holder_org_id! }],
  payload: { reason: input.reason },
}));
