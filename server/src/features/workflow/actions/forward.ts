import { defineAction, note, orgId, route } from './shared.js';

/** 转送: to the body with the power to handle the matter, which signs for it or returns it. */
export const forward = defineAction('forward', { toOrgId: orgId, note })(async (ctx, input) => {
  const { toOrgId, patch, payload } = await route(ctx, 'forward', input);
  return {
    patch,
    payload,
    clockEvents: [
      { name: 'forwarded', orgId: toOrgId },
      { name: 'delivered_to_body', orgId: toOrgId },
    ],
  };
});
