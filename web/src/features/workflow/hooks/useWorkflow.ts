import type { DeadlineScope, DeadlineGrade, InboxSection } from '@xinfang/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { fetchDeadlineBoard, fetchDeadlines, fetchInbox, fetchInboxPage, fetchMyOwnerships, fetchRouteTargets } from '../api/workflow';
import type { Inbox } from '../api/types';

/** Every workflow view; refreshed after each action. */
export const WORKFLOW_KEY = ['workflow'] as const;

export function useInbox() {
  return useQuery({ queryKey: [...WORKFLOW_KEY, 'inbox'], queryFn: fetchInbox });
}

/**
 * One inbox section page by page: the first page is the inbox's own (loaded with it, so the tabs show at once), the
 * next ones come from the section's pager. Keyed by when the inbox was loaded, so a refreshed inbox starts afresh.
 */
export function useInboxSection(section: InboxSection, inbox: Inbox) {
  const first = { items: inbox.sections[section], total: inbox.totals[section], nextCursor: inbox.nextCursors[section] };
  return useInfiniteQuery({
    queryKey: [...WORKFLOW_KEY, 'inbox', section, first],
    queryFn: ({ pageParam }) => (pageParam ? fetchInboxPage(section, pageParam) : Promise.resolve(first)),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: Infinity,
  });
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
