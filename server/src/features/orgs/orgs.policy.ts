import { inScope, type Actor } from '../../auth/actor.js';
import type { Org } from '../../db/types.js';

/** Who may do what to a body: declarative, and sent to the UI as abilities. */
export const orgPolicy = {
  /** A body is visible to users of it and of the bodies above it. */
  canSee: (actor: Actor, org: Pick<Org, 'path'>) => inScope(actor, org.path),

  abilities(actor: Actor, org: Org, parentActive: boolean) {
    const manage = actor.permissions.includes('org.manage') && inScope(actor, org.path);
    // The actor's own body is the root of their scope: moving or closing it would cut their own ground.
    const isOwnRoot = org.id === actor.orgId;
    return {
      update: manage,
      createChild: manage && org.active,
      move: manage && org.active && !isOwnRoot,
      deactivate: manage && org.active && !isOwnRoot,
      reactivate: manage && !org.active && parentActive,
    };
  },
};
