import { inScope, type Actor } from '../../auth/actor.js';

/** Who may do what to a user account: declarative, and sent to the UI as abilities. */
export const userPolicy = {
  canSee: (actor: Actor, user: { org_path: string }) => inScope(actor, user.org_path),

  abilities(actor: Actor, user: { id: number; org_path: string; active: boolean; locked_until: Date | null }) {
    const manage = actor.permissions.includes('user.manage') && inScope(actor, user.org_path);
    const self = user.id === actor.userId;
    return {
      update: manage,
      deactivate: manage && user.active && !self,
      reactivate: manage && !user.active,
      resetPassword: manage && user.active && !self,
      unlock: manage && Boolean(user.locked_until && user.locked_until > new Date()),
    };
  },
};
