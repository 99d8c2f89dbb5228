import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchCategories } from '../api/categories';

export const CATEGORIES_KEY = ['categories'] as const;

/** The whole taxonomy (≈500 rows), cached for the session. */
export function useCategories() {
  return useQuery({ queryKey: CATEGORIES_KEY, queryFn: fetchCategories, staleTime: 10 * 60_000 });
}

export function useInvalidateCategories() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: CATEGORIES_KEY });
}
