import { useParams } from 'react-router';
import { RegistrationForm } from '../features/petitions/components/RegistrationForm';
import { usePetition } from '../features/petitions/hooks/usePetition';
import { Result, Spin } from '../ui';

export function CorrectPetitionPage() {
  const id = Number(useParams().id);
  const { data, error } = usePetition(id);
  if (error) return <Result status="404" title={error.message} />;
  if (!data) return <Spin />;
  return <RegistrationForm key={data.id} petition={data} />;
}
