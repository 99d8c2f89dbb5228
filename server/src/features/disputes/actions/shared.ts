import { chinaDate, type DISPUTE_EVENT_PAYLOADS, type DisputeAction, type DisputeStatus } from '@xinfang/domain';
import type { z } from 'zod';
import type { Updateable } from 'kysely';
import type { Actor } from '../../../auth/actor.js';
import type { Executor } from '../../../db/database.js';
import type { DB } from '../../../db/schema.gen.js';
import { fieldError } from '../../../errors.js';
import type { ClocksService } from '../../deadlines/index.js';
import type { PetitionsService } from '../../petitions/index.js';
import type { DisputeClockEvent } from '../disputes.lifecycle.js';
import type { DisputeFacts } from '../disputes.policy.js';
import type { DisputeRow } from '../disputes.repository.js';
import type { DisputeActionInput } from '../disputes.schema.js';

/** How far an escalation may go: to the body directly above (镇村联动, the default) or to any body above. */
export type EscalationRule = 'stepwise' | 'any_above';

/** What a handler works with: the transaction, the actor, the locked dispute and its facts. */
export interface DisputeCtx {
  trx: Executor;
  actor: Actor;
  d: DisputeRow;
  facts: DisputeFacts;
  clocks: ClocksService;
  petitions: PetitionsService;
  escalation: EscalationRule;
  now: Date;
}

/**
 * What an action changes besides its own rows: the status (one the declaration allows), columns, clock events, and
 * what its event records (the payload of its kind in @xinfang/domain's DISPUTE_EVENT_PAYLOADS).
 */
export interface DisputeOutcome<A extends DisputeAction = DisputeAction> {
  to?: DisputeStatus;
  patch?: Updateable<DB['disputes']>;
  clockEvents?: { name: DisputeClockEvent; orgId: number; limitAt?: Date | null }[];
  payload: z.input<(typeof DISPUTE_EVENT_PAYLOADS)[A]>;
  /** What the caller is told once (a petition's query code). */
  issued?: { petitionId: number; number: string; queryCode: string };
}

export type DisputeHandler<A extends DisputeAction> = (ctx: DisputeCtx, input: DisputeActionInput<A>) => Promise<DisputeOutcome<A>>;

/** A date given for something that has happened: not after today, not before `notBefore`. */
export function happened(now: Date, ymd: string, field: string, notBefore?: { day: string; what: string }) {
  if (ymd > chinaDate(now)) throw fieldError(field, '日期不能晚于今天');
  if (notBefore && ymd < notBefore.day) throw fieldError(field, `日期不能早于${notBefore.what}（${notBefore.day}）`);
}

/** The parties named by id must be this dispute's. */
export function partiesOf<P extends { id: number }>(all: P[], ids: number[], field: string): P[] {
  const chosen = ids.map((id) => all.find((p) => p.id === id));
  if (chosen.some((p) => !p)) throw fieldError(field, '所选当事人不属于该矛盾纠纷');
  if (new Set(ids).size !== ids.length) throw fieldError(field, '同一当事人不能重复选择');
  return chosen as P[];
}
