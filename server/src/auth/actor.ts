import { permissionsOf, type Role, type Permission } from '@xinfang/domain';

/** Who is acting, from where: passed first to every service and written into every audit event. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  orgId: number;
  /** Ancestry path of the actor's body: the data scope is every body whose path starts with it. */
  orgPath: string;
  orgName: string;
  roles: Role[];
  permissions: Permission[];
  mustChangePassword: boolean;
  sessionId: string;
  ip: string;
  requestId: string;
}

/** Request facts for actions with no signed-in user yet (log-in). */
export interface RequestMeta {
  ip: string;
  requestId: string;
  userAgent: string | null;
}

/** The actor of work a user does without a request of theirs (an import job, the demo's history): from their row. */
export function actorOfUser(
  u: { id: number; username: string; display_name: string; org_id: number; org_path: string; org_name: string; roles: Role[] },
  via: { ip: string; requestId: string },
): Actor {
  return {
    userId: u.id,
    username: u.username,
    displayName: u.display_name,
    orgId: u.org_id,
    orgPath: u.org_path,
    orgName: u.org_name,
    roles: u.roles,
    permissions: permissionsOf(u.roles, isTopBody(u.org_id, u.org_path)),
    mustChangePassword: false,
    sessionId: '',
    ...via,
  };
}

/** True for the top body of the tree, whose path is its own id alone. */
export function isTopBody(orgId: number, orgPath: string): boolean {
  return orgPath === `/${orgId}/`;
}

/** True when the actor's data scope covers a body with the given path. */
export function inScope(actor: Pick<Actor, 'orgPath'>, orgPath: string): boolean {
  return orgPath.startsWith(actor.orgPath);
}
