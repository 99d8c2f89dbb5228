import type { DisputeAction } from '@xinfang/domain';
import { confirmJudicially, followUp, toPetition } from './aftercare.js';
import { close, escalate, report, takeOver } from './escalation.js';
export { escalationTargets } from './escalation.js';
import { agree, disagree, extendMediation, mediate, recordSession, withdraw } from './mediation.js';
import type { DisputeHandler } from './shared.js';

/** Every dispute action's handler: a missing one does not compile. */
export const DISPUTE_HANDLERS: { [A in DisputeAction]: DisputeHandler<A> } = {
  mediate,
  recordSession,
  extendMediation,
  agree,
  disagree,
  withdraw,
  report,
  escalate,
  takeOver,
  followUp,
  confirmJudicially,
  toPetition,
  close,
};
export type { DisputeOutcome, EscalationRule } from './shared.js';
