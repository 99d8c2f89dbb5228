import { DECISION_OUTCOMES, outcomesOf, REVIEW_REQUEST_DAYS } from '@xinfang/domain';
import { z } from 'zod';
import type { Executor } from '../../../db/database.js';
import { fieldError } from '../../../errors.js';
import { orgRecords } from '../../orgs/index.js';
import { workflowRepository } from '../workflow.repository.js';
import { defineAction, orgId, text } from './shared.js';

/** The body that decides a 复查 or 复核 by default: the one above the body that decided. */
async function bodyAbove(trx: Executor, id: number) {
  const org = await orgRecords.findById(trx, id);
  return org?.parent_id ?? null;
}

/** 处理意见书 (复查、复核意见书): the written decision with every element of 条例 Art. 32. */
export const decide = defineAction('decide', {
  outcome: z.enum(DECISION_OUTCOMES),
  request: text('请写明信访人的请求'),
  facts: text('请写明查明的事实'),
  reasons: text('请写明处理理由'),
  basis: text('请写明法律政策依据'),
  reviewOrgId: orgId.nullish(),
})(async ({ trx, actor, p, w, now }, input) => {
  const proceeding = w.proceedings.find((g) => g.status === 'open');
  const stage = proceeding && ['in_review', 'in_reexamination'].includes(p.status) ? proceeding.kind : 'handling';
  // A handling decision answers the request (条例 Art. 32); a 复查 / 复核 decision rules on the decision under review.
  if (!outcomesOf(stage).includes(input.outcome))
    throw fieldError(
      'outcome',
      stage === 'handling' ? '处理意见应为予以支持、解释说明或不予支持' : '复查（复核）意见应为维持、撤销、变更或责令重新处理',
    );
  // After 复核 there is no further review (条例 Art. 36).
  let reviewOrgId: number | null = null;
  if (stage !== 'reexamination') {
    reviewOrgId = input.reviewOrgId ?? (await bodyAbove(trx, actor.orgId));
    if (!reviewOrgId) throw fieldError('reviewOrgId', '请选择受理复查（复核）请求的机关');
    const reviewOrg = await orgRecords.findById(trx, reviewOrgId);
    if (!reviewOrg) throw fieldError('reviewOrgId', '机构不存在');
    // 复查 and 复核 go to a higher body, never to the deciding body or one under it (条例 Arts. 35–36).
    if (reviewOrg.path.startsWith(actor.orgPath)) throw fieldError('reviewOrgId', '复查（复核）机关应为作出意见机关的上一级机关');
  }
  const id = await workflowRepository.insert(trx, 'decisions', {
    petition_id: p.id,
    stage,
    org_id: actor.orgId,
    outcome: input.outcome,
    request: input.request,
    facts: input.facts,
    reasons: input.reasons,
    basis: input.basis,
    review_org_id: reviewOrgId,
    review_days: reviewOrgId ? REVIEW_REQUEST_DAYS : null,
    issued_by: actor.userId,
    issued_at: now,
  });
  if (proceeding && stage !== 'handling') await workflowRepository.update(trx, 'proceedings', proceeding.id, { status: 'decided' });
  const event = ({ handling: 'decided', review: 'review_decided', reexamination: 'reexamination_decided' } as const)[stage];
  return {
    to: stage === 'handling' ? 'answered' : undefined,
    clockEvents: [{ name: event, orgId: actor.orgId }],
    payload: { decisionId: id, stage, outcome: input.outcome, reviewOrgId },
  };
});
