import { DECLINE_ROUTES } from '@xinfang/domain';
import { z } from 'zod';
import { fieldError } from '../../../errors.js';
import { orgRecords } from '../../orgs/index.js';
import { defineAction, orgId, text } from './shared.js';

/**
 * 不予受理: the petitioner is pointed to the statutory route (诉访分离, 条例 Art. 31); a repeat of a final matter is
 * not accepted again (条例 Art. 36), which names no route.
 */
export const decline = defineAction('decline', {
  route: z.enum(DECLINE_ROUTES).nullish(),
  routeOrgId: orgId.nullish(),
  reason: text('请写明不予受理的理由'),
})(async ({ trx, p }, input) => {
  const finalOfId = p.final_of_id ?? undefined;
  if (!input.route && !finalOfId) throw fieldError('route', '请选择应当通过的法定途径');
  if (input.routeOrgId && !(await orgRecords.findById(trx, input.routeOrgId))) throw fieldError('routeOrgId', '机构不存在');
  const route = input.route ?? null;
  return {
    patch: {
      decline_route: route,
      decline_route_org_id: input.routeOrgId ?? null,
      decline_reason: input.reason,
      holder_org_id: null,
    },
    clockEvents: [{ name: 'declined', orgId: p.router_id }],
    payload: { route, routeOrgId: input.routeOrgId ?? null, reason: input.reason, ...(finalOfId ? { finalOfId } : {}) },
  };
});
