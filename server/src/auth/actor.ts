import type { Role, Permission } from '@xinfang/domain';

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

/** True for the top body of the tree, whose path is its own id alone. */
export function isTopBody(orgId: number, orgPath: string): boolean {
  return orgPath === `/${orgId}/`;
}

/** True when the actor's data scope covers a body with the given path. */
export function inScope(actor: Pick<Actor, 'orgPath'>, orgPath: string): boolean {
  return orgPath.startsWith(actor.orgPath);
}
