import { dateString } from '../../../shared/validators.js';
import { defineAction, orgId, route, text } from './shared.js';

/** 交办: with requirements and a due date; the body reports back and the assigning body verifies. */
export const assign = defineAction('assign', { toOrgId: orgId, requirements: text('请填写交办要求'), dueDate: dateString.nullish() })(
  async (ctx, input) => {
    const { toOrgId, ...out } = await route(ctx, 'assign', input);
    return {
      ...out,
      clockEvents: [
        { name: 'assigned', orgId: toOrgId },
        { name: 'delivered_to_body', orgId: toOrgId },
      ],
    };
  },
);
