import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchPetition } from '../api/petitions';
import type { PetitionDetail } from '../api/types';

export const petitionKey = (id: number) => ['petitions', 'detail', id] as const;

export function usePetition(id: number) {
  return useQuery({ queryKey: petitionKey(id), queryFn: () => fetchPetition(id), enabled: Number.isInteger(id) && id > 0 });
}

/** After a change: put the new detail in the cache and refresh the lists. */
export function usePetitionChanged() {
  const client = useQueryClient();
  return (petition?: PetitionDetail) => {
    if (petition) client.setQueryData(petitionKey(petition.id), petition);
    void client.invalidateQueries({ queryKey: ['petitions'] });
  };
}
