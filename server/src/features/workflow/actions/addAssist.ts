import { chinaDate, endOfChinaDay } from '@xinfang/domain';
import { fieldError } from '../../../errors.js';
import { dateString, requiredText } from '../../../shared/validators.js';
import { workflowRepository } from '../workflow.repository.js';
import { routeTarget } from '../routing.js';
import { defineAction, orgId, text } from './shared.js';

/** 协办: another body takes a share of the work, with a task, a person responsible and a due date. */
export const addAssist = defineAction('addAssist', {
  orgId,
  task: text('请填写协办任务'),
  owner: requiredText(50, '请填写责任人'),
  dueDate: dateString,
})(async ({ trx, actor, p, w, now }, input) => {
  // Any body may be asked to help; only the lead is bound to the routing scope.
  const org = await routeTarget(trx, p, actor, input.orgId, 'orgId', false);
  if (org.id === p.holder_org_id) throw fieldError('orgId', '主办单位不能同时作为协办单位');
  if (w.assignments.some((a) => a.mode === 'assist' && a.to_org_id === org.id && a.status === 'pending'))
    throw fieldError('orgId', '该单位已有未完成的协办任务');
  if (input.dueDate <= chinaDate(now)) throw fieldError('dueDate', '协办期限应晚于今天');
  await workflowRepository.insert(trx, 'petition_assignments', {
    petition_id: p.id,
    mode: 'assist',
    from_org_id: actor.orgId,
    to_org_id: org.id,
    task: input.task,
    owner: input.owner,
    due_at: endOfChinaDay(input.dueDate),
    created_by: actor.userId,
    created_at: now,
  });
  await workflowRepository.grantAccess(trx, p.id, org.id);
  return { payload: { orgId: org.id, org: org.name, task: input.task, owner: input.owner, dueDate: input.dueDate } };
});
