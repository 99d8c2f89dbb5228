import type { OrgKind, Role } from '@xinfang/domain';
/** The signed-in user as /api/auth/me returns it. */
export interface Me {
  id: number;
  username: string;
  displayName: string;
  org: { id: number; name: string };
  roles: Role[];
  permissions: string[];
  mustChangePassword: boolean;
  csrfToken: string;
}

export interface Org {
  id: number;
  parentId: number | null;
  depth: number;
  kind: OrgKind;
  name: string;
  shortName: string | null;
  code: string | null;
  regionCode: string | null;
  regionName: string | null;
  contactPerson: string | null;
  contactPhone: string | null;
  address: string | null;
  active: boolean;
  /** 时限策略 of its own; null follows the body above. */
  policyPack: string | null;
  createdAt: string;
  updatedAt: string;
  abilities: { update: boolean; createChild: boolean; move: boolean; deactivate: boolean; reactivate: boolean };
}

export interface User {
  id: number;
  username: string;
  displayName: string;
  org: { id: number; name: string };
  roles: Role[];
  phone: string | null;
  email: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  abilities: { update: boolean; deactivate: boolean; reactivate: boolean; resetPassword: boolean; unlock: boolean };
}

export interface Region {
  code: string;
  name: string;
  parentCode: string | null;
  fullName: string;
  hasChildren: boolean;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actorId: number | null;
  actorUsername: string | null;
  actorOrgName: string | null;
  orgId: number | null;
  orgName: string | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  objectType: string | null;
  objectId: string | number | null;
  /** The object's current name, resolved by the server. */
  objectLabel: string | null;
  before: unknown;
  after: unknown;
  hash: string;
}
