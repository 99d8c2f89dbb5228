import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchOrgDirectory, fetchOrgs } from '../api/orgs';

export const ORGS_KEY = ['orgs'] as const;

/** All bodies in scope, inactive included. */
export function useOrgs() {
  return useQuery({ queryKey: ORGS_KEY, queryFn: () => fetchOrgs(true) });
}

/** Every active body of the whole tree (not limited to one's scope). */
export function useOrgDirectory() {
  return useQuery({ queryKey: [...ORGS_KEY, 'directory'], queryFn: fetchOrgDirectory, staleTime: 5 * 60_000 });
}

/** Refetches bodies after a change. */
export function useInvalidateOrgs() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ORGS_KEY });
}
