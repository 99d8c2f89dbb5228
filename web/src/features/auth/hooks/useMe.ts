import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../api/types';
import { fetchMe } from '../api/auth';

export const ME_KEY = ['me'] as const;

/** The signed-in user (null when signed out). */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** The signed-in user, for pages rendered inside the authenticated layout. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside the authenticated layout');
  return data;
}

/** Replaces the cached user after login or password change. */
export function useSetMe() {
  const client = useQueryClient();
  return (me: Me | null) => client.setQueryData(ME_KEY, me);
}
