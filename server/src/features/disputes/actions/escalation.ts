import { chinaDate } from '@xinfang/domain';
import { fieldError } from '../../../errors.js';
import { chainOf } from '../../../access/visibility.js';
import type { Executor } from '../../../db/database.js';
import { orgRecords } from '../../orgs/index.js';
import { disputesRepository } from '../disputes.repository.js';
import type { DisputeHandler, EscalationRule } from './shared.js';

/** 处理报告: what the holding body found, tried and why it could not settle the matter; the resident may take it up. */
export const report: DisputeHandler<'report'> = async ({ trx, actor, d, now }, input) => {
  const reportId = await disputesRepository.insertRow(trx, 'dispute_reports', {
    dispute_id: d.id,
    org_id: actor.orgId,
    facts: input.facts,
    tried: input.tried,
    reason: input.reason,
    suggestion: input.suggestion,
    issued_on: chinaDate(now),
    created_by: actor.userId,
  });
  return { payload: { reportId } };
};

/**
 * Where a body may escalate to, nearest first: the body directly above (镇村联动, `stepwise`), or every active body
 * above it (`any_above`). One query over the holder's chain of bodies; the detail offers these, the action checks them.
 */
export async function escalationTargets(trx: Executor, holderId: number, rule: EscalationRule) {
  const holder = (await orgRecords.findById(trx, holderId))!;
  const above = (await orgRecords.findManyByIds(trx, chainOf(holder.path)))
    .filter((o) => o.id !== holder.id)
    .sort((a, b) => b.depth - a.depth);
  return { parent: above[0], targets: (rule === 'stepwise' ? above.slice(0, 1) : above).filter((o) => o.active) };
}

/**
 * 上报: to the body directly above (a village to its township, a township to the county), or, where the rules allow
 * it, to any body above. The matter goes up with its parties, sessions, reports and events.
 */
export const escalate: DisputeHandler<'escalate'> = async ({ trx, d, escalation }, input) => {
  const { parent, targets } = await escalationTargets(trx, d.org_id, escalation);
  if (!parent) throw fieldError('toOrgId', '本单位没有上级单位，不能上报');
  const to = targets.find((o) => o.id === (input.toOrgId ?? parent.id));
  if (!to) throw fieldError('toOrgId', escalation === 'stepwise' ? `须逐级上报，请上报至${parent.name}` : '只能上报至本单位的上级单位');
  return {
    patch: { escalated_to: to.id },
    clockEvents: [{ name: 'escalated', orgId: to.id }],
    payload: { toOrgId: to.id, toOrg: to.name, reason: input.reason },
  };
};

/** 接收: the body above takes the dispute over and holds it from now on; the bodies below keep seeing it. */
export const takeOver: DisputeHandler<'takeOver'> = async ({ actor, d }) => ({
  patch: { org_id: actor.orgId, held_by: [...d.held_by, actor.orgId], escalated_to: null, mediators: [] },
  clockEvents: [{ name: 'taken_over', orgId: actor.orgId }],
  payload: { orgId: actor.orgId },
});

/** 办结 after no agreement: the parties were told their legal route. */
export const close: DisputeHandler<'close'> = async ({ now }, input) => ({ patch: { closed_at: now }, payload: { note: input.note } });
