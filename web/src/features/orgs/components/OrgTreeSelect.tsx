import { useMemo } from 'react';
import type { Org } from '../../../api/types';
import { TreeSelect } from '../../../ui';
import { useOrgs } from '../hooks/useOrgs';
import { buildOrgTree, type OrgNode } from '../tree';

interface Props {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** Only active bodies are selectable (default true). */
  activeOnly?: boolean;
  /** Bodies that may not be chosen (e.g. a body's own subtree when moving it). */
  exclude?: Set<number>;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

interface Option {
  value: number;
  title: string;
  disabled?: boolean;
  children: Option[];
}

/** Pick a body from the tree, searchable by name. */
export function OrgTreeSelect({ activeOnly = true, exclude, value, onChange, ...rest }: Props) {
  const { data } = useOrgs();
  const treeData = useMemo(() => {
    const keep = (o: Org) => !activeOnly || o.active;
    const toOption = (n: OrgNode): Option => ({
      value: n.org.id,
      title: n.org.name,
      disabled: exclude?.has(n.org.id) ?? false,
      children: n.children.filter((c) => keep(c.org)).map(toOption),
    });
    return buildOrgTree(data ?? [])
      .filter((n) => keep(n.org))
      .map(toOption);
  }, [data, activeOnly, exclude]);
  return (
    <TreeSelect
      {...rest}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange?.(v ?? null)}
      treeData={treeData}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
    />
  );
}
