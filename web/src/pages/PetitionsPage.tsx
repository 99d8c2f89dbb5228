import { PetitionList } from '../features/petitions/components/PetitionList';

export function PetitionsPage() {
  return <PetitionList />;
}
