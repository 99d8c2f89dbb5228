import { dateString } from '../../../shared/validators.js';
import { defineAction, requestProceeding, text } from './shared.js';

/** 复核请求 (条例 Art. 36), at the body the review decision named. */
export const requestReexamination = defineAction('requestReexamination', {
  requestedOn: dateString,
  reasons: text('请写明复核请求和理由'),
})(async (ctx, input) => ({
  ...(await requestProceeding(ctx, 'reexamination', input)),
  clockEvents: [{ name: 'reexamination_requested', orgId: ctx.actor.orgId }],
}));
