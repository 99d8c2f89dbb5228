import { useEffect, useState } from 'react';
import type { Region } from '../../../api/types';
import { Cascader } from '../../../ui';
import { fetchRegion, fetchRegions } from '../api/orgs';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

const toOption = (r: Region): Option => ({ value: r.code, label: r.name, isLeaf: !r.hasChildren });

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  style?: React.CSSProperties;
}

/** Administrative region cascader, loaded level by level; the value is the last code. */
export function RegionPicker({ id, value, onChange, style }: Props) {
  const [options, setOptions] = useState<Option[]>([]);
  const [path, setPath] = useState<string[]>([]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const provinces = (await fetchRegions()).map(toOption);
      if (value) {
        // Show an existing value: load each level of its ancestry so the cascader can display and change it.
        const { ancestry } = await fetchRegion(value);
        let level = provinces;
        for (const r of ancestry.slice(0, -1)) {
          const node = level.find((o) => o.value === r.code);
          if (!node) break;
          node.children = (await fetchRegions(r.code)).map(toOption);
          level = node.children;
        }
        if (!cancelled) setPath(ancestry.map((r) => r.code));
      }
      if (!cancelled) setOptions(provinces);
    })();
    return () => {
      cancelled = true;
    };
    // Load once per mount; later changes come from the cascader itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The cascader ignores what loadData returns: it spins on the branch until the branch has children.
  const loadData = async (selected: Option[]) => {
    const target = selected[selected.length - 1];
    if (!target) return;
    target.children = (await fetchRegions(target.value)).map(toOption);
    setOptions((o) => [...o]);
  };

  return (
    <Cascader<Option>
      id={id}
      style={style}
      options={options}
      loadData={(selected) => void loadData(selected)}
      value={path}
      changeOnSelect
      allowClear
      showSearch={false}
      onChange={(v) => {
        const codes = (v ?? []) as string[];
        setPath(codes);
        onChange?.(codes.length ? codes[codes.length - 1]! : null);
      }}
    />
  );
}
