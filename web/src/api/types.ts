import type { Schemas } from './openapi';
/** The signed-in user as /api/auth/me returns it. */
export type Me = Schemas['Me'];

export type Org = Schemas['Org'];

export type User = Schemas['User'];

export type Region = Schemas['Region'];

export type AuditEvent = Schemas['AuditEvent'];
