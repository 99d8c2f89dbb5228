import { useMemo, useState } from 'react';
import { TreeSelect } from '../../../ui';

/** One body of the picker's tree. */
export interface OrgOption {
  value: number;
  title: string;
  disabled?: boolean;
  children: OrgOption[];
}

/** What a form gives a body picker (Form.Item sets id, value and onChange). */
export interface OrgPickerProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

const keysOf = (options: readonly OrgOption[]): number[] => options.flatMap((o) => [o.value, ...keysOf(o.children)]);

/**
 * The tree picker behind OrgTreeSelect and OrgDirectorySelect: searchable by name, every branch open.
 *
 * The open branches are kept here rather than left to antd, which opens a search's branches once, from the tree it
 * holds when the text is typed: a name typed before the bodies had arrived (a slow server, the first opening of a
 * form) stayed hidden under a closed root, and the choice was never made. Here they are the tree's current keys
 * whenever the user has not opened or closed a branch since the last search.
 */
export function OrgPicker({ treeData, loading, value, onChange, ...rest }: OrgPickerProps & { treeData: OrgOption[]; loading?: boolean }) {
  const [chosenBranches, setChosenBranches] = useState<(string | number)[] | null>(null);
  const allBranches = useMemo(() => keysOf(treeData), [treeData]);
  return (
    <TreeSelect
      {...rest}
      loading={loading}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange?.(v ?? null)}
      treeData={treeData}
      showSearch={{ treeNodeFilterProp: 'title', onSearch: (text) => text && setChosenBranches(null) }}
      treeExpandedKeys={chosenBranches ?? allBranches}
      onTreeExpand={setChosenBranches}
      popupMatchSelectWidth={false}
    />
  );
}
