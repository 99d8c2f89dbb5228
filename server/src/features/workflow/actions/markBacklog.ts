import { defineAction, text } from './shared.js';

/** 列为积案. */
export const markBacklog = defineAction('markBacklog', { reason: text('请写明列为积案的原因') })(async ({ now }, input) => ({
  patch: { backlog_at: now, backlog_reason: input.reason, backlog_resolved_on: null, backlog_resolution: null },
  payload: { reason: input.reason },
}));
