import { useMemo } from 'react';
import type { Org } from '../../../api/types';
import { useOrgs } from '../hooks/useOrgs';
import { buildOrgTree, type OrgNode } from '../tree';
import { OrgPicker, type OrgOption, type OrgPickerProps } from './OrgPicker';

interface Props extends OrgPickerProps {
  /** Only active bodies are selectable (default true). */
  activeOnly?: boolean;
  /** Bodies that may not be chosen (e.g. a body's own subtree when moving it). */
  exclude?: Set<number>;
}

/** Pick a body from the tree, searchable by name. */
export function OrgTreeSelect({ activeOnly = true, exclude, ...rest }: Props) {
  const { data } = useOrgs();
  const treeData = useMemo(() => {
    const keep = (o: Org) => !activeOnly || o.active;
    const toOption = (n: OrgNode): OrgOption => ({
      value: n.org.id,
      title: n.org.name,
      disabled: exclude?.has(n.org.id) ?? false,
      children: n.children.filter((c) => keep(c.org)).map(toOption),
    });
    return buildOrgTree(data ?? [])
      .filter((n) => keep(n.org))
      .map(toOption);
  }, [data, activeOnly, exclude]);
  return <OrgPicker {...rest} treeData={treeData} />;
}
