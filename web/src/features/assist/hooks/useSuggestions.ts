import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebounced } from '../../../ui';
import { fetchSuggestions, type SuggestQuery } from '../api/assist';

/** Enough typed to suggest from: a title of 2 characters or 10 of text. */
const worthAsking = (q: SuggestQuery) => q.title.trim().length >= 2 || q.content.trim().length >= 10;

/** Suggestions for what is being typed, asked ~400 ms after the typing stops; the last ones stay shown meanwhile. */
export function useSuggestions(query: SuggestQuery, enabled = true) {
  const debounced = useDebounced(query, 400);
  return useQuery({
    queryKey: ['assist', 'suggest', debounced],
    queryFn: () => fetchSuggestions(debounced),
    enabled: enabled && worthAsking(debounced),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
