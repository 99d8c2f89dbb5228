import { chinaDate } from '@xinfang/domain';
import { fieldError } from '../../../errors.js';
import { disputesRepository } from '../disputes.repository.js';
import type { DisputeHandler } from './shared.js';

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
 * 上报: to the body directly above (a village to its township, a township to the county), or, where the rules allow
 * it, to any body above. The matter goes up with its parties, sessions, reports and events.
 */
export const escalate: DisputeHandler<'escalate'> = async ({ trx, d, escalation }, input) => {
  const holder = (await disputesRepository.org(trx, d.org_id))!;
  const toId = input.toOrgId ?? holder.parent_id;
  if (!toId) throw fieldError('toOrgId', '本单位没有上级单位，不能上报');
  const to = await disputesRepository.org(trx, toId);
  if (!to || !to.active || !holder.path.startsWith(to.path) || to.id === holder.id)
    throw fieldError('toOrgId', '只能上报至本单位的上级单位');
  if (escalation === 'stepwise' && to.id !== holder.parent_id) {
    const parent = (await disputesRepository.org(trx, holder.parent_id!))!;
    throw fieldError('toOrgId', `须逐级上报，请上报至${parent.name}`);
  }
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
