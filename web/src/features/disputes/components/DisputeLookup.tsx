import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui';
import { useDebounced } from '../../../ui';
import { fetchDisputes } from '../api/disputes';

interface Props {
  value?: number | null;
  onChange?: (id: number | null) => void;
  id?: string;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/** Pick a dispute of the register (the latest hundred, or those the words typed find), shown by number and title. */
export function DisputeLookup({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const { data, isFetching } = useQuery({
    queryKey: ['disputes', 'lookup', q],
    queryFn: () => fetchDisputes({ status: [], kind: [], awaiting: false, q }, undefined, 100),
  });
  // The one chosen keeps its label when a later search no longer finds it.
  const [chosen, setChosen] = useState<{ value: number; label: string } | null>(null);
  const options = (data?.items ?? []).map((d) => ({ value: d.id, label: `${d.number} ${d.title}` }));
  if (value != null && !options.some((o) => o.value === value))
    options.unshift({ value, label: chosen?.value === value ? chosen.label : String(value) });
  return (
    <Select
      {...rest}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(v?: number) => {
        const option = options.find((o) => o.value === v);
        setChosen(option ?? null);
        onChange?.(v ?? null);
      }}
      options={options}
      loading={isFetching}
      placeholder={t('disputes.meetings.form.disputeSearch')}
      notFoundContent={isFetching ? null : t('disputes.meetings.form.disputeNone')}
    />
  );
}
