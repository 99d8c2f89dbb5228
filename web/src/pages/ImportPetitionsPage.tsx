import { ImportPetitions } from '../features/imports/components/ImportPetitions';

export function ImportPetitionsPage() {
  return <ImportPetitions />;
}
