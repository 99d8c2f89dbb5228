import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Space, Typography, formatPercent } from '../../../ui';
import { fetchPetitionBodies } from '../api/assist';

interface Props {
  petitionId: number;
  value: number | null | undefined;
  onPick: (id: number) => void;
}

/**
 * Under 转送 / 交办's body picker: the bodies 智能辅助 suggests for this petition, and the one chosen at registration
 * put in the picker when it is still empty. The picker's own rule still decides what may be sent.
 */
export function RouteSuggestions({ petitionId, value, onPick }: Props) {
  const { t } = useTranslation();
  const { data } = useQuery({ queryKey: ['assist', 'petition-bodies', petitionId], queryFn: () => fetchPetitionBodies(petitionId) });
  const chosen = data?.chosenAtRegistration ?? null;
  useEffect(() => {
    if (chosen !== null && (value === null || value === undefined)) onPick(chosen);
    // Once, when the answer arrives: a later clearing of the picker is the user's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chosen]);
  if (!data?.bodies.length) return null;
  return (
    <Space wrap size={4} data-testid="route-suggestions">
      <Typography.Text type="secondary">{t('assist.suggested')}</Typography.Text>
      {data.bodies.map((b) => (
        <Button
          key={b.id}
          size="small"
          type={value === b.id ? 'primary' : 'default'}
          aria-pressed={value === b.id}
          onClick={() => onPick(b.id)}
        >
          {b.name} · {formatPercent(b.score)}
          {b.id === chosen ? `（${t('assist.chosenAtRegistration')}）` : ''}
        </Button>
      ))}
    </Space>
  );
}
