import { useMemo } from 'react';
import { Cascader } from '../../../ui';
import { useCategories } from '../hooks/useCategories';
import { buildCategoryTree, categoryPath, type CategoryNode } from '../tree';

interface Option {
  value: number;
  label: string;
  disabled?: boolean;
  children?: Option[];
}

interface Props {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  /** Inactive categories are offered too (for filters over old petitions). */
  includeInactive?: boolean;
  'aria-label'?: string;
}

/** Pick a category at any level of the 3-level taxonomy; searchable by any part of its path. */
export function CategoryCascader({ value, onChange, includeInactive = false, ...rest }: Props) {
  const { data } = useCategories();
  const rows = useMemo(() => data ?? [], [data]);
  const options = useMemo(() => {
    const toOption = (n: CategoryNode): Option => {
      const children = n.children.filter((c) => includeInactive || c.category.active).map(toOption);
      return { value: n.category.id, label: n.category.name, children: children.length ? children : undefined };
    };
    return buildCategoryTree(rows)
      .filter((n) => includeInactive || n.category.active)
      .map(toOption);
  }, [rows, includeInactive]);
  return (
    <Cascader<Option>
      {...rest}
      options={options}
      value={categoryPath(rows, value)}
      changeOnSelect
      allowClear
      showSearch={{ filter: (input, path) => path.some((o) => o.label.includes(input.trim())) }}
      onChange={(v) => {
        const ids = (v ?? []) as number[];
        onChange?.(ids.length ? ids[ids.length - 1]! : null);
      }}
    />
  );
}
