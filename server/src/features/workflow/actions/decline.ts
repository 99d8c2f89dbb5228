import { z } from 'zod';
import { fieldError } from '../../../errors.js';
import { orgsRepository } from '../../orgs/orgs.repository.js';
import { DECLINE_ROUTES } from '../workflow.constants.js';
import { defineAction, orgId, text } from './shared.js';

/** 不予受理: the petitioner is pointed to the statutory route (诉访分离, 条例 Art. 31). */
export const decline = defineAction('decline', {
  route: z.enum(DECLINE_ROUTES),
  routeOrgId: orgId.nullish(),
  reason: text('请写明不予受理的理由'),
})(async ({ trx, p }, input) => {
  if (input.routeOrgId && !(await orgsRepository.findById(trx, input.routeOrgId))) throw fieldError('routeOrgId', '机构不存在');
  return {
    patch: {
      decline_route: input.route,
      decline_route_org_id: input.routeOrgId ?? null,
      decline_reason: input.reason,
      holder_org_id: null,
    },
    clockEvents: [{ name: 'declined', orgId: p.router_id }],
    payload: { route: input.route, routeOrgId: input.routeOrgId ?? null, reason: input.reason },
  };
});
