import { routing } from '../workflow.policy.js';
import { defineAction, text } from './shared.js';

/** 办结: with the report; an assigned matter goes back to the assigning body for verification (审核认定办结). */
export const conclude = defineAction('conclude', { report: text('请填写办结报告（办理结果）') })(async ({ w, now }, input) => {
  // The first assigner of a 交办 chain verifies the report.
  const origin = routing(w).origin;
  if (origin)
    return {
      to: 'pending_review',
      patch: { report: input.report },
      clockEvents: [{ name: 'concluded', orgId: origin.from_org_id }],
      payload: { report: input.report },
    };
  return { to: 'concluded', patch: { report: input.report, concluded_at: now }, payload: { report: input.report } };
});
