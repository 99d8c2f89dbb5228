import { api } from '../../../api/client';
import type { ApiAnswer } from '../../../api/openapi';
import { filtersToSearch } from '../../petitions/filters';
import type { ListFilters } from '../../petitions/api/types';

/** How many petitions the work list shows for these filters: the server counts the list's own query. */
export async function fetchCount(filters: ListFilters): Promise<number> {
  return (await api<{ total: number }>(`/petitions/count?${filtersToSearch(filters).toString()}`)).total;
}

/** The leader's 批示 not yet read by every body they reached, most urgent first, and how many. */
export type AwaitingInstructions = ApiAnswer<'/api/instructions/awaiting'>;
export function fetchAwaitingInstructions(): Promise<AwaitingInstructions> {
  return api<AwaitingInstructions>('/instructions/awaiting');
}
