import { useMemo } from 'react';
import { TreeSelect } from '../../../ui';
import type { DirectoryOrg } from '../api/orgs';
import { useOrgDirectory } from '../hooks/useOrgs';
import { buildOrgTree, type OrgNode } from '../tree';

interface Props {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

interface Option {
  value: number;
  title: string;
  children: Option[];
}

const toOption = (n: OrgNode<DirectoryOrg>): Option => ({ value: n.org.id, title: n.org.name, children: n.children.map(toOption) });

/**
 * Pick any active body of the whole tree (the directory), searchable by name — for a body outside one's own scope,
 * such as the accused body of an accusation.
 */
export function OrgDirectorySelect({ value, onChange, ...rest }: Props) {
  const { data, isLoading } = useOrgDirectory();
  const treeData = useMemo(() => buildOrgTree(data ?? []).map(toOption), [data]);
  return (
    <TreeSelect
      {...rest}
      loading={isLoading}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange?.(v ?? null)}
      treeData={treeData}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
    />
  );
}
