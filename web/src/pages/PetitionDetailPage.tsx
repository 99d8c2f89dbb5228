import { useParams } from 'react-router';
import { PetitionDetailView } from '../features/petitions/components/PetitionDetailView';

export function PetitionDetailPage() {
  const id = Number(useParams().id);
  return <PetitionDetailView key={id} id={id} />;
}
