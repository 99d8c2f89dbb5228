import { api } from '../../../api/client';
import { filtersToSearch } from '../../petitions/filters';
import type { ListFilters } from '../../petitions/api/types';

/** How many petitions the work list shows for these filters: the server counts the list's own query. */
export async function fetchCount(filters: ListFilters): Promise<number> {
  return (await api<{ total: number }>(`/petitions/count?${filtersToSearch(filters).toString()}`)).total;
}
