import { defineAction, note } from './shared.js';

/** 受理: the routing body handles the matter itself. */
export const accept = defineAction('accept', { note })(async ({ actor, p }, input) => ({
  patch: { holder_org_id: actor.orgId },
  clockEvents: [
    { name: 'accepted', orgId: p.router_id },
    { name: 'received', orgId: actor.orgId },
  ],
  payload: { note: input.note },
}));
