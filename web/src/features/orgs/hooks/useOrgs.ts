import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchOrgs } from '../api/orgs';

export const ORGS_KEY = ['orgs'] as const;

/** All bodies in scope, inactive included. */
export function useOrgs() {
  return useQuery({ queryKey: ORGS_KEY, queryFn: () => fetchOrgs(true) });
}

/** Refetches bodies after a change. */
export function useInvalidateOrgs() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ORGS_KEY });
}
