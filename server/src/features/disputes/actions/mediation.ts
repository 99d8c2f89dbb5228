import { addDays, endOfChinaDay, MAX_FOLLOW_UP_DAYS } from '@xinfang/domain';
import { AppError, fieldError } from '../../../errors.js';
import { disputesRepository } from '../disputes.repository.js';
import { happened, partiesOf, type DisputeHandler } from './shared.js';

/** 开始调解: the mediators, and the mediation's time limit starts. */
export const mediate: DisputeHandler<'mediate'> = async ({ actor }, input) => ({
  patch: { mediators: input.mediators },
  clockEvents: [{ name: 'mediation_started', orgId: actor.orgId }],
  payload: { mediators: input.mediators },
});

/** 调解记录: one session, with the parties present. */
export const recordSession: DisputeHandler<'recordSession'> = async ({ trx, actor, d, now }, input) => {
  happened(now, input.heldOn, 'heldOn', { day: d.found_on, what: '纠纷发现日期' });
  partiesOf(await disputesRepository.parties(trx, d.id), input.partyIds, 'partyIds');
  const sessionId = await disputesRepository.insertRow(trx, 'mediation_sessions', {
    dispute_id: d.id,
    org_id: actor.orgId,
    held_on: input.heldOn,
    place: input.place,
    mediators: input.mediators,
    party_ids: input.partyIds,
    note: input.note,
    created_by: actor.userId,
  });
  return { payload: { sessionId, heldOn: input.heldOn } };
};

/** 延长调解期限: only with the parties' consent, which is written down. */
export const extendMediation: DisputeHandler<'extendMediation'> = async ({ trx, d, clocks }, input) => {
  const open = (await clocks.forDispute(trx, d.id)).filter((c) => c.key === 'mediation' && !c.stoppedAt);
  if (!open.length) throw new AppError('dispute_action_not_allowed', { action: 'extendMediation' });
  await clocks.recompute(trx, { disputeId: d.id }, { extendKey: 'mediation', units: input.days, pauses: [], pausedBy: 'extension' });
  return { payload: { days: input.days, consent: input.consent } };
};

/** 调解协议: signed by at least two parties, the scan of the signed copy, the day of the follow-up visit. */
export const agree: DisputeHandler<'agree'> = async ({ trx, actor, d, now }, input) => {
  happened(now, input.concludedOn, 'concludedOn', { day: d.found_on, what: '纠纷发现日期' });
  partiesOf(await disputesRepository.parties(trx, d.id), input.partyIds, 'partyIds');
  if (input.followUpOn <= input.concludedOn) throw fieldError('followUpOn', '回访日期应晚于协议签订日期');
  if (input.followUpOn > addDays(input.concludedOn, MAX_FOLLOW_UP_DAYS))
    throw fieldError('followUpOn', `回访日期应在协议签订后 ${MAX_FOLLOW_UP_DAYS} 日内`);
  const agreementId = await disputesRepository.insertRow(trx, 'dispute_agreements', {
    dispute_id: d.id,
    org_id: actor.orgId,
    concluded_on: input.concludedOn,
    terms: input.terms,
    performance: input.performance,
    party_ids: input.partyIds,
    mediators: input.mediators,
    scan_id: input.scanId,
    follow_up_on: input.followUpOn,
    created_by: actor.userId,
  });
  if (input.scanId && !(await disputesRepository.attachScan(trx, input.scanId, d.id, actor.orgId)))
    throw fieldError('scanId', '协议书扫描件不存在，或已用于其他事项，请重新上传');
  return {
    clockEvents: [
      { name: 'mediation_ended', orgId: actor.orgId },
      { name: 'agreed', orgId: actor.orgId, limitAt: endOfChinaDay(input.followUpOn) },
    ],
    payload: { agreementId, followUpOn: input.followUpOn },
  };
};

/** 调解不成: the parties are told their legal route (人民调解法 Art. 26). */
export const disagree: DisputeHandler<'disagree'> = async ({ actor }, input) => ({
  patch: { legal_route: input.legalRoute },
  clockEvents: [{ name: 'mediation_ended', orgId: actor.orgId }],
  payload: { legalRoute: input.legalRoute, reason: input.reason },
});

/** 撤回: the parties no longer ask for mediation. */
export const withdraw: DisputeHandler<'withdraw'> = async ({ actor, now }, input) => ({
  patch: { closed_at: now },
  clockEvents: [{ name: 'mediation_ended', orgId: actor.orgId }],
  payload: { reason: input.reason },
});
