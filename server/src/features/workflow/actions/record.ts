import { RECORD_KINDS } from '@xinfang/domain';
import { z } from 'zod';
import { fieldError } from '../../../errors.js';
import { dateString } from '../../../shared/validators.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, hearingPauses, past, text } from './shared.js';

/** 办理记录: investigation, meeting, hearing, mediation, relief…; a hearing pauses the clocks its pack names. */
export const record = defineAction('record', {
  kind: z.enum(RECORD_KINDS),
  occurredOn: dateString,
  note: text('请填写记录内容'),
  hearingFrom: dateString.nullish(),
  hearingTo: dateString.nullish(),
  agreement: z.boolean().nullish(),
  reliefKind: z.string().trim().max(50).nullish(),
  reliefAmount: z.number().min(0).max(1e10).nullish(),
})(async ({ trx, actor, p, clocks, now }, input) => {
  past(now, input.occurredOn, 'occurredOn');
  if (input.kind === 'hearing') {
    if (!input.hearingFrom) throw fieldError('hearingFrom', '请填写听证开始日期');
    if (!input.hearingTo) throw fieldError('hearingTo', '请填写听证结束日期');
    if (input.hearingTo < input.hearingFrom) throw fieldError('hearingTo', '听证结束日期不能早于开始日期');
  }
  if (input.kind === 'relief' && !input.reliefKind) throw fieldError('reliefKind', '请填写帮扶救助的方式');
  if (input.kind === 'mediation' && (input.agreement === null || input.agreement === undefined))
    throw fieldError('agreement', '请选择是否达成调解（和解）协议');
  const hearing = input.kind === 'hearing';
  await workflowRepository.insert(trx, 'handling_records', {
    petition_id: p.id,
    org_id: actor.orgId,
    kind: input.kind,
    occurred_on: input.occurredOn,
    note: input.note,
    hearing_from: hearing ? input.hearingFrom! : null,
    hearing_to: hearing ? input.hearingTo! : null,
    agreement: input.kind === 'mediation' ? input.agreement! : null,
    relief_kind: input.kind === 'relief' ? input.reliefKind! : null,
    relief_amount: input.kind === 'relief' ? (input.reliefAmount ?? null) : null,
    created_by: actor.userId,
    created_at: now,
  });
  // A hearing's time is not counted where the pack says so (条例 Art. 36; policies.ts pausedBy).
  if (hearing) await clocks.recompute(trx, { petitionId: p.id }, { pauses: await hearingPauses(trx, p.id), pausedBy: 'hearing' });
  return { to: p.status === 'accepted' ? 'handling' : undefined, payload: { ...input, version: undefined } };
});
