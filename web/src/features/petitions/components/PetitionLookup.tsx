import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui';
import { fetchPetitions } from '../api/petitions';
import { useDebounced } from '../../../ui';

interface Props {
  value?: number | null;
  onChange?: (id: number | null) => void;
  id?: string;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/** Pick a petition the user may see by its number or words of its title (the work list's search), never by raw id. */
export function PetitionLookup({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const { data, isFetching } = useQuery({
    queryKey: ['petitions', 'lookup', q],
    queryFn: () => fetchPetitions({ q }, undefined, 20),
    enabled: q.length >= 2,
  });
  const options = (data?.items ?? []).map((p) => ({ value: p.id, label: `${p.number} ${p.title}` }));
  return (
    <Select
      {...rest}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(v?: number) => onChange?.(v ?? null)}
      options={options}
      loading={isFetching}
      placeholder={t('petition.lookupPlaceholder')}
      notFoundContent={q.length >= 2 && !isFetching ? t('petition.lookupNone') : null}
    />
  );
}
