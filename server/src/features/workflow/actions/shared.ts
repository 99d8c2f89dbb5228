import { type WorkflowAction, addDays, chinaDate, dueDay, endOfChinaDay } from '@xinfang/domain';
import { z } from 'zod';
import type { Executor } from '../../../db/database.js';
import { AppError, fieldError, type FieldError } from '../../../errors.js';
import { int4Id, requiredText } from '../../../shared/validators.js';
import { dueAt, type Pause } from '../../deadlines/index.js';
import { routeTarget } from '../routing.js';
import { routing } from '../workflow.policy.js';
import { workflowRepository } from '../workflow.repository.js';
import type { Ctx, Outcome } from '../workflow.service.js';

/** Every action's body names the version of the petition it was based on. */
const version = int4Id;
export const bodySchema = <B extends z.ZodRawShape>(body: B) => z.strictObject({ version, ...body });
export type Input<B extends z.ZodRawShape> = z.infer<ReturnType<typeof bodySchema<B>>>;

/** One action: its body (zod) and its handler, which returns what the action changes besides its own rows. */
export interface ActionDefinition<A extends WorkflowAction, B extends z.ZodRawShape> {
  body: B;
  // Method syntax: the registry holds each action's own body type.
  handle(ctx: Ctx, input: Input<B>): Promise<Outcome<A>>;
}
export const defineAction =
  <A extends WorkflowAction, B extends z.ZodRawShape>(_action: A, body: B) =>
  (handle: (ctx: Ctx, input: Input<B>) => Promise<Outcome<A>>): ActionDefinition<A, B> => ({ body, handle });

/** Fields several bodies share. */
export const orgId = int4Id;
export const note = z
  .string()
  .trim()
  .max(2000)
  .nullish()
  .transform((v) => v || null);
export const text = (empty: string) => requiredText(4000, empty);

/** A date the user entered, taken as noon China time: day counts start from that day. */
export const dayAt = (ymd: string) => new Date(`${ymd}T12:00:00+08:00`);

/** A date given for something that has happened: not after the action's moment. */
export function past(now: Date, ymd: string, field: string, notBefore?: string) {
  if (ymd > chinaDate(now)) throw fieldError(field, '日期不能晚于今天');
  if (notBefore && ymd < notBefore) throw fieldError(field, `日期不能早于 ${notBefore}`);
}

/** Hearings of the petition: the stretches its pausable clocks do not run, from 0:00 of the first day to 24:00 of the last. */
export async function hearingPauses(trx: Executor, petitionId: number): Promise<Pause[]> {
  return (await workflowRepository.hearings(trx, petitionId)).map((h) => ({
    from: endOfChinaDay(addDays(h.hearing_from!, -1)),
    to: endOfChinaDay(h.hearing_to!),
  }));
}

/** 转送 or 交办: the assignment, the receiving body's access, the sender as the body that decides on a return. */
export async function route({ trx, actor, p, w, calendar, now }: Ctx, mode: 'forward' | 'assign', input: RouteInput) {
  const org = await routeTarget(trx, p, actor, input.toOrgId, 'toOrgId');
  if (org.id === actor.orgId) throw fieldError('toOrgId', '本单位直接办理请选择“受理”');
  // 交办 may set an earlier due date than the statute's, never a later one: it becomes the handling clock's due
  // time (the clocks' `limitAt`). Without one the statute's clock alone is the deadline.
  // 层层交办: a body passing on a 交办 it holds gives no later date than it was given, and passes that date on.
  const lead = routing(w).lead;
  const given = p.status === 'handling' && lead?.mode === 'assign' && lead.to_org_id === actor.orgId ? lead.due_at : null;
  let due: Date | null = null;
  if ('requirements' in input && input.dueDate) {
    if (input.dueDate <= chinaDate(now)) throw fieldError('dueDate', '办理期限应晚于今天');
    if (given && input.dueDate > dueDay(given)) throw fieldError('dueDate', `不能晚于上级交办的办理期限（${dueDay(given)}）`);
    const pack = await calendar.packFor(org.id, trx);
    const rule = pack.clocks.handle_assigned ?? pack.clocks.handle;
    const statute =
      rule && dueAt(await calendar.calendar(trx), now, rule.length, rule.unit, { extendOverDaysOff: pack.extendOverDaysOff }).dueAt;
    if (statute && input.dueDate > dueDay(statute))
      throw new AppError('assign_due_after_statute', {
        fields: [{ path: 'dueDate', message: `不得晚于法定办理期限 ${dueDay(statute)}` }] satisfies FieldError[],
        dueAt: statute,
      });
    due = endOfChinaDay(input.dueDate);
  } else if ('requirements' in input) due = given;
  await workflowRepository.insert(trx, 'petition_assignments', {
    petition_id: p.id,
    mode,
    from_org_id: actor.orgId,
    to_org_id: org.id,
    requirements: 'requirements' in input ? input.requirements : null,
    due_at: due,
    created_by: actor.userId,
    created_at: now,
  });
  await workflowRepository.grantAccess(trx, p.id, org.id);
  return {
    /** The receiving body, whose pack the clock events follow. */
    toOrgId: org.id,
    /** The due date the assigning body set, if any. */
    limitAt: due,
    // The sender decides if the body returns it (条例 Art. 23).
    patch: { router_org_id: actor.orgId, holder_org_id: null },
    payload: {
      toOrgId: org.id,
      toOrg: org.name,
      ...('requirements' in input ? { requirements: input.requirements, dueAt: due } : {}),
      note: 'note' in input ? input.note : null,
    },
  };
}
type RouteInput = { toOrgId: number; note: string | null } | { toOrgId: number; requirements: string; dueDate?: string | null | undefined };

/** 复查 / 复核 asked for within 30 days of delivery (条例 Arts. 35–36): a linked proceeding; the action starts its clock. */
export async function requestProceeding(
  { trx, actor, p, w, now }: Ctx,
  kind: 'review' | 'reexamination',
  input: { requestedOn: string; reasons: string },
) {
  const delivered = w.decisions.at(-1)!.delivered_on!;
  past(now, input.requestedOn, 'requestedOn', delivered);
  const window = await workflowRepository.lastClock(trx, p.id, kind === 'review' ? 'review_request' : 'reexamination_request');
  if (window && input.requestedOn > dueDay(window.due_at))
    throw new AppError('review_period_expired', { field: 'requestedOn', dueAt: window.due_at });
  await workflowRepository.insert(trx, 'proceedings', {
    petition_id: p.id,
    kind,
    org_id: actor.orgId,
    requested_on: input.requestedOn,
    reasons: input.reasons,
    created_by: actor.userId,
    created_at: now,
  });
  await workflowRepository.grantAccess(trx, p.id, actor.orgId);
  return { at: dayAt(input.requestedOn), payload: { kind, requestedOn: input.requestedOn, reasons: input.reasons } };
}
