import { ROUTE_ONLY_KINDS, type OrgKind } from '@xinfang/domain';
import { chainOf, underAccused } from '../../access/visibility.js';
import type { Executor } from '../../db/database.js';
import type { Org } from '../../db/types.js';
import { AppError, fieldError } from '../../errors.js';
import { orgRecords } from '../orgs/index.js';

/**
 * Where 转送 and 交办 may go (条例 Arts. 23, 24; docs/WORKFLOW.md "Routing"): the one rule the forward and assign
 * handlers check and the picker's list of bodies is drawn from.
 *
 * A body routes within the tree of its own government: the nearest people's government (or township, whose villages
 * are under it) at or above it; a bureau's or a department's is the government it belongs to. 交办 goes to the bodies
 * under that government, 转送 to the body with authority at the same level or below (a parallel department, a lower
 * government and its bodies): the same bodies. Never to the government itself or a body above it (a report upward
 * is not a 转送, and this system has no report action), nor to another area's bodies.
 */

/** Kinds whose bodies own a tree of bodies to route within. */
const GOVERNING: readonly OrgKind[] = ['government', 'township'];

type TreeOrg = Pick<Org, 'id' | 'path' | 'kind'>;

/** The body whose tree `org` routes within, from the bodies at and above it; the top of its tree when no government is. */
export function routingScope<T extends TreeOrg>(org: T, chain: readonly T[]): T {
  const byDepth = [...chain].sort((a, b) => b.path.length - a.path.length);
  return byDepth.find((o) => GOVERNING.includes(o.kind)) ?? byDepth.at(-1) ?? org;
}

export type RouteRefusal = 'route_upward' | 'route_out_of_area';

/** Why 转送 / 交办 from a body whose scope is `scope` may not go to `target`, or null when it may. */
export function routeRefusal(scope: Pick<Org, 'path'>, target: Pick<Org, 'path'>): RouteRefusal | null {
  if (scope.path.startsWith(target.path)) return 'route_upward';
  if (!target.path.startsWith(scope.path)) return 'route_out_of_area';
  return null;
}

/** What the rule reads of the petition: its accused body (条例 Art. 30). */
type Accusation = { accused_org_id: number | null; accused_org_unknown: boolean };

/** The scope of the actor's body, read from the tree as it is now (also where its petition bureau plans reception days). */
export async function scopeOf(trx: Executor, orgPath: string): Promise<Org> {
  const chain = await orgRecords.findManyByIds(trx, chainOf(orgPath));
  const own = chain.find((o) => o.path === orgPath)!;
  return routingScope(own, chain);
}

/** Why `org` may not receive the petition from a body routing within `scope` (none: 协办), or null when it may. */
function targetRefusal(p: Accusation, scope: Org | null, org: Org) {
  if (!org.active) return 'org_inactive' as const;
  if (ROUTE_ONLY_KINDS.includes(org.kind)) return 'route_target_invalid' as const;
  const outside = scope && routeRefusal(scope, org);
  if (outside) return outside;
  if (p.accused_org_unknown) return 'accused_org_unknown' as const;
  if (underAccused(org.path, p.accused_org_id)) return 'route_to_accused' as const;
  return null;
}

/**
 * A body the petition may be sent to by the actor's body: active, a petition handler, within the actor's routing
 * scope, and not the accused (条例 Art. 30). `scoped: false` for 协办, which may ask any body to help.
 */
export async function routeTarget(trx: Executor, p: Accusation, actor: { orgPath: string }, orgId: number, field: string, scoped = true) {
  const org = await orgRecords.findById(trx, orgId);
  if (!org) throw fieldError(field, '机构不存在');
  const scope = scoped ? await scopeOf(trx, actor.orgPath) : null;
  const why = targetRefusal(p, scope, org);
  if (why === 'org_inactive') throw new AppError(why);
  if (why === 'route_upward' || why === 'route_out_of_area')
    throw new AppError(why, { field, targetOrgId: org.id, targetOrg: org.name, scope: scope!.name });
  if (why) throw new AppError(why, { field });
  return org;
}

/** Every body the actor's body may forward or assign this petition to: what the picker offers (routeTarget's rule). */
export async function routeTargets(trx: Executor, p: Accusation, actor: { orgId: number; orgPath: string }) {
  const scope = await scopeOf(trx, actor.orgPath);
  const under = await orgRecords.listInScope(trx, scope.path, false);
  return under.filter((o) => o.id !== actor.orgId && targetRefusal(p, scope, o) === null);
}
