import { useParams } from 'react-router';
import { RegistrationForm } from '../features/petitions/components/RegistrationForm';
import { usePetition } from '../features/petitions/hooks/usePetition';
import { useTranslation } from 'react-i18next';
import { PageHeader, Result, Skeleton } from '../ui';

export function CorrectPetitionPage() {
  const id = Number(useParams().id);
  const { t } = useTranslation();
  const { data, error } = usePetition(id);
  if (error) return <Result status="404" title={error.message} />;
  if (!data) return <Skeleton active />;
  return (
    <>
      <PageHeader title={t('petition.correctTitle', { number: data.number })} />
      <RegistrationForm key={data.id} petition={data} />
    </>
  );
}
