import { dateString } from '../../../shared/validators.js';
import { defineAction, orgId, route, text } from './shared.js';

/** 交办: with requirements and perhaps an earlier due date than the statute's; the body reports back and the assigning body verifies. */
export const assign = defineAction('assign', { toOrgId: orgId, requirements: text('请填写交办要求'), dueDate: dateString.nullish() })(
  async (ctx, input) => {
    const { toOrgId, limitAt, patch, payload } = await route(ctx, 'assign', input);
    return {
      patch,
      payload,
      clockEvents: [
        { name: 'assigned', orgId: toOrgId, limitAt },
        { name: 'delivered_to_body', orgId: toOrgId },
      ],
    };
  },
);
