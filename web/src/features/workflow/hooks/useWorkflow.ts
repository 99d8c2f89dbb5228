import type { DeadlineScope, DeadlineGrade } from '@xinfang/domain';
import { useQuery } from '@tanstack/react-query';
import { fetchDeadlineBoard, fetchDeadlines, fetchInbox, fetchMyOwnerships, fetchRouteTargets } from '../api/workflow';

/** Every workflow view; refreshed after each action. */
export const WORKFLOW_KEY = ['workflow'] as const;

export function useInbox() {
  return useQuery({ queryKey: [...WORKFLOW_KEY, 'inbox'], queryFn: fetchInbox });
}

export function useDeadlineBoard(enabled: boolean) {
  return useQuery({ queryKey: [...WORKFLOW_KEY, 'board'], queryFn: fetchDeadlineBoard, enabled });
}

export function useDeadlines(scope: DeadlineScope, grade: DeadlineGrade | undefined) {
  return useQuery({ queryKey: [...WORKFLOW_KEY, 'deadlines', scope, grade ?? null], queryFn: () => fetchDeadlines(scope, grade) });
}

export function useMyOwnerships() {
  return useQuery({ queryKey: [...WORKFLOW_KEY, 'ownerships'], queryFn: fetchMyOwnerships });
}

/** The bodies a petition may be forwarded or assigned to by the user's body. */
export function useRouteTargets(petitionId: number) {
  return useQuery({ queryKey: [...WORKFLOW_KEY, 'routeTargets', petitionId], queryFn: () => fetchRouteTargets(petitionId) });
}
