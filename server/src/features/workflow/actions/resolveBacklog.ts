import { chinaDate } from '@xinfang/domain';
import { dateString } from '../../../shared/validators.js';
import { defineAction, past, text } from './shared.js';

/** 积案化解, on a day not before it was marked. */
export const resolveBacklog = defineAction('resolveBacklog', { resolvedOn: dateString, note: text('请写明化解情况') })(async (
  { p, now },
  input,
) => {
  past(now, input.resolvedOn, 'resolvedOn', p.backlog_at ? chinaDate(p.backlog_at) : undefined);
  return {
    patch: { backlog_resolved_on: input.resolvedOn, backlog_resolution: input.note },
    payload: { resolvedOn: input.resolvedOn, note: input.note },
  };
});
