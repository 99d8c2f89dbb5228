import type { Role } from '../db/types.js';

/** Everything a route can require. Add here, then grant to roles below. */
export const PERMISSIONS = [
  'org.read',
  'org.manage',
  'user.read',
  'user.manage',
  'audit.read',
  'audit.verify',
  'petition.register',
  'petition.read',
  'petition.correct',
  'petition.unmask',
  'petition.link',
  'petition.export',
  'petition.import',
  'category.manage',
  'calendar.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Which role may do what: the one place where access is granted. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [
    'org.read',
    'org.manage',
    'user.read',
    'user.manage',
    'audit.read',
    'audit.verify',
    'petition.import',
    'category.manage',
    'calendar.manage',
  ],
  registrar: [
    'org.read',
    'petition.register',
    'petition.read',
    'petition.correct',
    'petition.unmask',
    'petition.link',
    'petition.export',
    'petition.import',
  ],
  handler: ['org.read', 'petition.read', 'petition.unmask'],
  supervisor: ['org.read', 'petition.read', 'petition.unmask', 'petition.link', 'petition.export'],
  leader: ['org.read', 'user.read', 'petition.read', 'petition.unmask', 'petition.export'],
  auditor: ['org.read', 'user.read', 'audit.read', 'audit.verify', 'petition.read'],
};

/** The union of the permissions of the given roles. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return [...new Set(roles.flatMap((r) => rolePermissions[r]))].sort();
}

/** What a route requires: nothing (public), any signed-in user, or one permission. */
export type Access = { public: true } | { authenticated: true; allowDuringPasswordChange?: boolean } | { permission: Permission };
