import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui';
import { useMe } from '../../auth/hooks/useMe';
import { fetchRegion, searchRegions } from '../api/orgs';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  style?: React.CSSProperties;
  /** Where the list opens (e.g. the first petitioner's region); by default the signed-in user's body's region. */
  near?: string | null;
  'aria-label'?: string;
}

/**
 * Administrative region, found by typing its name or pinyin initials ('临朐', 'lqx'); the list opens at the body's
 * own region, so a local one is ArrowDown and Enter away. The value is the division's code.
 */
export function RegionPicker({ id, value, onChange, style, near, 'aria-label': ariaLabel }: Props) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const start = near || me?.org.regionCode || undefined;
  const [q, setQ] = useState('');
  // Reference data: the same text and start give the same list for the whole session.
  const { data: found, isFetching } = useQuery({
    queryKey: ['regions', 'search', q.trim(), start],
    queryFn: () => searchRegions(q.trim(), start),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
  const { data: current } = useQuery({
    queryKey: ['region', value],
    queryFn: () => fetchRegion(value!),
    enabled: !!value,
    staleTime: Infinity,
  });
  const options = (found ?? []).map((r) => ({ value: r.code, label: r.fullName }));
  // The chosen division is shown by its name even when the current list does not hold it.
  if (value && current && !options.some((o) => o.value === value)) options.unshift({ value, label: current.region.fullName });
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      style={style}
      value={value || undefined}
      options={options}
      allowClear
      placeholder={t('orgs.regionPlaceholder')}
      notFoundContent={isFetching ? t('orgs.regionSearching') : t('orgs.regionNotFound')}
      popupMatchSelectWidth={false}
      showSearch={{ filterOption: false, searchValue: q, onSearch: setQ }}
      onChange={(code: string | undefined) => {
        setQ('');
        onChange?.(code ?? null);
      }}
    />
  );
}
