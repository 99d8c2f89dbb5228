import type { Org } from '../../api/types';

/** A body with its children, for trees. */
export interface OrgNode {
  org: Org;
  children: OrgNode[];
}

/** Builds the forest from the flat list (parents need not come first); orphans become roots. */
export function buildOrgTree(orgs: readonly Org[]): OrgNode[] {
  const nodes = new Map<number, OrgNode>(orgs.map((o) => [o.id, { org: o, children: [] }]));
  const roots: OrgNode[] = [];
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
