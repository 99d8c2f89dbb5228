import { dateString } from '../../../shared/validators.js';
import { defineAction, requestProceeding, text } from './shared.js';

/** 复查请求 (条例 Art. 35), at the body the handling decision named. */
export const requestReview = defineAction('requestReview', { requestedOn: dateString, reasons: text('请写明复查请求和理由') })(
  async (ctx, input) => ({
    ...(await requestProceeding(ctx, 'review', input)),
    clockEvents: [{ name: 'review_requested', orgId: ctx.actor.orgId }],
  }),
);
