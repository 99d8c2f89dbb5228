import { useMemo } from 'react';
import type { DirectoryOrg } from '../api/orgs';
import { useOrgDirectory } from '../hooks/useOrgs';
import { buildOrgTree, type OrgNode } from '../tree';
import { OrgPicker, type OrgOption, type OrgPickerProps } from './OrgPicker';

const toOption = (n: OrgNode<DirectoryOrg>): OrgOption => ({ value: n.org.id, title: n.org.name, children: n.children.map(toOption) });

/**
 * Pick any active body of the whole tree (the directory), searchable by name — for a body outside one's own scope,
 * such as the accused body of an accusation.
 */
export function OrgDirectorySelect(props: OrgPickerProps) {
  const { data, isLoading } = useOrgDirectory();
  const treeData = useMemo(() => buildOrgTree(data ?? []).map(toOption), [data]);
  return <OrgPicker {...props} treeData={treeData} loading={isLoading} />;
}
