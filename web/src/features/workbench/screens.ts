import type { OrgKind, Role } from '@xinfang/domain';

/** The first screens of the workbench, one per kind of work; a body's head is a leader of a body that is not a government. */
export type Screen = 'handler' | 'head' | 'registrar' | 'supervisor' | 'leader';

/**
 * The screens a user sees, most urgent first: their own deadlines, then what waits for their approval, the day's
 * intake, the oversight of others, the leader's overview. A leader of a people's government leads the area; a leader
 * of any other body is that body's head (局长, 主任). Pure.
 */
export function screensOf(roles: readonly Role[], orgKind: OrgKind | undefined): Screen[] {
  const leader = roles.includes('leader');
  const wanted: Record<Screen, boolean> = {
    handler: roles.includes('handler'),
    head: leader && orgKind !== undefined && orgKind !== 'government',
    registrar: roles.includes('registrar'),
    supervisor: roles.includes('supervisor'),
    leader: leader && orgKind === 'government',
  };
  return (Object.keys(wanted) as Screen[]).filter((s) => wanted[s]);
}

/** The roles that have a first screen (the others keep the general workbench). */
export const HOME_ROLES: readonly Role[] = ['handler', 'registrar', 'supervisor', 'leader'];
