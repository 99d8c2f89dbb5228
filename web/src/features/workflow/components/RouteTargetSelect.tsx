import { useMemo } from 'react';
import { OrgPicker, type OrgOption, type OrgPickerProps } from '../../orgs/components/OrgPicker';
import { buildOrgTree, type OrgNode } from '../../orgs/tree';
import type { RouteTarget } from '../api/types';
import { useRouteTargets } from '../hooks/useWorkflow';

const toOption = (n: OrgNode<RouteTarget>): OrgOption => ({ value: n.org.id, title: n.org.name, children: n.children.map(toOption) });

/**
 * The body a petition is forwarded or assigned to: only those the server's routing rule allows the user's body
 * (its own government's bodies, never upward nor another area, never the accused), as a tree of what is offered;
 * `kind` keeps one kind of body (the villages a part may be handed to for mediation).
 */
export function RouteTargetSelect({ petitionId, kind, ...props }: OrgPickerProps & { petitionId: number; kind?: RouteTarget['kind'] }) {
  const { data, isLoading } = useRouteTargets(petitionId);
  const treeData = useMemo(() => buildOrgTree((data ?? []).filter((o) => !kind || o.kind === kind)).map(toOption), [data, kind]);
  return <OrgPicker {...props} treeData={treeData} loading={isLoading} />;
}
