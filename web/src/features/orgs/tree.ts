import type { Org } from '../../api/types';

/** The least a body needs to sit in a tree. */
export interface TreeOrg {
  id: number;
  parentId: number | null;
}

/** A body with its children, for trees. */
export interface OrgNode<T extends TreeOrg = Org> {
  org: T;
  children: OrgNode<T>[];
}

/** Builds the forest from the flat list (parents need not come first); orphans become roots. */
export function buildOrgTree<T extends TreeOrg>(orgs: readonly T[]): OrgNode<T>[] {
  const nodes = new Map<number, OrgNode<T>>(orgs.map((o) => [o.id, { org: o, children: [] }]));
  const roots: OrgNode<T>[] = [];
  for (const o of orgs) {
    const node = nodes.get(o.id)!;
    const parent = o.parentId === null ? undefined : nodes.get(o.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The ids of a body and everything below it (a body cannot move under these). */
export function subtreeIds(orgs: readonly Org[], id: number): Set<number> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of orgs)
      if (o.parentId !== null && ids.has(o.parentId) && !ids.has(o.id)) {
        ids.add(o.id);
        grew = true;
      }
  }
  return ids;
}

/**
 * Where a body's 时限策略 comes from: its own pack, the nearest body above with one (`inherited`), the server's
 * default when none above has one (`default`), or `unknown` when the chain leaves the bodies one can see.
 */
export function effectivePolicy(
  orgs: readonly Pick<Org, 'id' | 'parentId' | 'policyPack'>[],
  id: number,
): { pack: string | null; from: 'own' | 'inherited' | 'default' | 'unknown' } {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  let org = byId.get(id);
  if (org?.policyPack) return { pack: org.policyPack, from: 'own' };
  const seen = new Set<number>();
  while (org && org.parentId !== null && !seen.has(org.id)) {
    seen.add(org.id);
    org = byId.get(org.parentId);
    if (!org) return { pack: null, from: 'unknown' };
    if (org.policyPack) return { pack: org.policyPack, from: 'inherited' };
  }
  return { pack: null, from: org ? 'default' : 'unknown' };
}
