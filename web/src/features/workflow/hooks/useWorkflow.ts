import type { DeadlineScope, DeadlineGrade } from '@xinfang/domain';
import { useQuery } from '@tanstack/react-query';
import { fetchDeadlineBoard, fetchDeadlines, fetchInbox, fetchMyOwnerships } from '../api/workflow';

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
