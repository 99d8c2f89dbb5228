import type { Schemas } from './openapi';

/** Roles the server knows. */
export const ROLES = ['admin', 'registrar', 'handler', 'supervisor', 'leader', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Kinds of body (机构). */
export const ORG_KINDS = [
  'bureau',
  'department',
  'government',
  'township',
  'village',
  'court',
  'procuratorate',
  'discipline',
  'arbitration',
  'reconsideration',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** The signed-in user as /api/auth/me returns it. */
export type Me = Schemas['Me'];

export type Org = Schemas['Org'];

export type User = Schemas['User'];

export type Region = Schemas['Region'];

export type AuditEvent = Schemas['AuditEvent'];
