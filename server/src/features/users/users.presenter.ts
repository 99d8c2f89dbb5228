import type { Actor } from '../../auth/actor.js';
import type { UserRow } from './users.repository.js';
import { userPolicy } from './users.policy.js';
import type { UserDto } from './users.schema.js';

/** The API shape of a user account, with what the actor may do to it. */
export function presentUser(actor: Actor, u: UserRow): UserDto {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    org: { id: u.org_id, name: u.org_name },
    roles: u.roles,
    phone: u.phone,
    email: u.email,
    active: u.active,
    mustChangePassword: u.must_change_password,
    lockedUntil: u.locked_until && u.locked_until > new Date() ? u.locked_until : null,
    lastLoginAt: u.last_login_at,
    createdAt: u.created_at,
    abilities: userPolicy.abilities(actor, u),
  };
}

/** The audited fields of an account (never the password hash). */
export function auditSnapshot(u: Pick<UserRow, 'username' | 'display_name' | 'org_id' | 'roles' | 'phone' | 'email' | 'active'>) {
  return {
    username: u.username,
    displayName: u.display_name,
    orgId: u.org_id,
    roles: u.roles,
    phone: u.phone,
    email: u.email,
    active: u.active,
  };
}
