import { addDays, endOfChinaDay, MAX_FOLLOW_UP_DAYS } from '@xinfang/domain';
import { AppError, fieldError } from '../../../errors.js';
import { registerBody } from '../../petitions/index.js';
import { disputesRepository } from '../disputes.repository.js';
import { happened, partiesOf, type DisputeHandler } from './shared.js';

async function agreementOf(ctx: Parameters<DisputeHandler<'followUp'>>[0]) {
  const a = await disputesRepository.agreement(ctx.trx, ctx.d.id);
  // The lifecycle lets these actions run only on an agreed dispute; an agreement row always exists then.
  if (!a) throw new AppError('dispute_action_not_allowed');
  return a;
}

/**
 * 履行回访: kept closes the dispute; kept in part sets the next visit; broken reopens it (mediation again, a report
 * and escalation, or the legal route).
 */
export const followUp: DisputeHandler<'followUp'> = async (ctx, input) => {
  const { trx, actor, d, now } = ctx;
  const a = await agreementOf(ctx);
  happened(now, input.visitedOn, 'visitedOn', { day: a.concluded_on, what: '协议签订日期' });
  if (input.result === 'partly') {
    if (!input.nextFollowUpOn) throw fieldError('nextFollowUpOn', '部分履行的，请约定下次回访日期');
    if (input.nextFollowUpOn <= input.visitedOn) throw fieldError('nextFollowUpOn', '下次回访日期应晚于本次回访日期');
    if (input.nextFollowUpOn > addDays(input.visitedOn, MAX_FOLLOW_UP_DAYS))
      throw fieldError('nextFollowUpOn', `下次回访日期应在 ${MAX_FOLLOW_UP_DAYS} 日内`);
  }
  await disputesRepository.insertRow(trx, 'dispute_follow_ups', {
    dispute_id: d.id,
    agreement_id: a.id,
    visited_on: input.visitedOn,
    result: input.result,
    note: input.note,
    created_by: actor.userId,
  });
  const followed = { name: 'followed_up' as const, orgId: actor.orgId };
  if (input.result === 'partly')
    return {
      clockEvents: [followed, { name: 'agreed', orgId: actor.orgId, limitAt: endOfChinaDay(input.nextFollowUpOn!) }],
      payload: { result: input.result, visitedOn: input.visitedOn },
    };
  return {
    to: input.result === 'kept' ? 'closed' : 'failed',
    patch: input.result === 'kept' ? { closed_at: now } : {},
    clockEvents: [followed],
    payload: { result: input.result, visitedOn: input.visitedOn },
  };
};

/** 司法确认: a court confirmed the agreement (人民调解法 Art. 33). */
export const confirmJudicially: DisputeHandler<'confirmJudicially'> = async (ctx, input) => {
  const a = await agreementOf(ctx);
  happened(ctx.now, input.confirmedOn, 'confirmedOn', { day: a.concluded_on, what: '协议签订日期' });
  if (a.confirmed_on) throw fieldError('confirmedOn', `该协议已于 ${a.confirmed_on} 经${a.court}司法确认`);
  await disputesRepository.confirmAgreement(ctx.trx, a.id, input.court, input.confirmedOn);
  return { payload: { court: input.court, confirmedOn: input.confirmedOn } };
};

/**
 * 转为信访事项: registered by the holding body through the petitions' own registration, the chosen parties as its
 * petitioners and the dispute's history in its content, so the petition starts where the dispute stands.
 */
export const toPetition: DisputeHandler<'toPetition'> = async ({ trx, actor, d, petitions, now }, input) => {
  const parties = partiesOf(await disputesRepository.parties(trx, d.id), input.petitionerPartyIds, 'petitionerPartyIds');
  const events = await disputesRepository.events(trx, d.id);
  const history = events.map((e) => `${e.at.toISOString().slice(0, 10)} ${e.actor_org_name}：${e.kind}`).join('；');
  const registration = registerBody.parse({
    channel: input.channel,
    receivedAt: now.toISOString(),
    type: input.type,
    categoryId: input.categoryId,
    title: d.title,
    content: `${d.facts}\n\n（由矛盾纠纷 ${d.number} 转来。调处经过：${history}。）`.slice(0, 4000),
    placeRegionCode: d.region_code,
    placeAddress: d.address,
    personsCount: parties.length,
    petitioners: parties.map((p, i) => ({
      kind: p.kind === 'body' ? 'org' : 'person',
      name: p.name,
      phone: p.phone,
      address: p.address,
      isMain: i === 0,
      ...(i === 0 && input.mainIdNumber ? { idType: 'id_card', idNumber: input.mainIdNumber } : {}),
    })),
  });
  const { id, queryCode } = await petitions.registerIn(trx, actor, registration, { strict: true, source: 'form' });
  const { number } = await disputesRepository.petitionRef(trx, id);
  return {
    patch: { petition_id: id, closed_at: now },
    clockEvents: [{ name: 'mediation_ended', orgId: actor.orgId }],
    payload: { petitionId: id, number },
    issued: { petitionId: id, number, queryCode },
  };
};
