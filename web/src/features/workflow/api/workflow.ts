import type { DeadlineScope, DeadlineGrade, InboxSection } from '@xinfang/domain';
import { api } from '../../../api/client';
import type { PetitionDetail } from '../../petitions/api/types';
import { DEADLINES_LIMIT, type BoardRow, type DeadlineItem, type Inbox, type InboxPage, type OwnedCase, type RouteTarget } from './types';

/** POST /petitions/:id/actions/<action> with the version the page was loaded with; answers the changed petition. */
export async function runAction(id: number, action: string, body: Record<string, unknown>): Promise<PetitionDetail> {
  return (await api<{ petition: PetitionDetail }>(`/petitions/${id}/actions/${encodeURIComponent(action)}`, { method: 'POST', body }))
    .petition;
}

/** The bodies the user's body may forward or assign the petition to (the server's routing rule). */
export async function fetchRouteTargets(id: number): Promise<RouteTarget[]> {
  return (await api<{ items: RouteTarget[] }>(`/petitions/${id}/route-targets`)).items;
}

/** 待办事项: the signed-in user's to-do sections. */
export function fetchInbox(): Promise<Inbox> {
  return api<Inbox>('/inbox');
}

/** The next page of one 待办 section, most urgent first. */
export function fetchInboxPage(section: InboxSection, cursor: string): Promise<InboxPage> {
  return api<InboxPage>(`/inbox/${section}`, { query: { cursor } });
}

/** The warning board: open clocks by grade, per body. */
export async function fetchDeadlineBoard(): Promise<BoardRow[]> {
  return (await api<{ rows: BoardRow[] }>('/deadlines/board')).rows;
}

/** Open clocks with their petition: of my body (own) or of every body I may see (all), optionally of one grade. */
export async function fetchDeadlines(scope: DeadlineScope, grade?: DeadlineGrade): Promise<DeadlineItem[]> {
  return (await api<{ items: DeadlineItem[] }>('/deadlines', { query: { scope, grade, limit: DEADLINES_LIMIT } })).items;
}

/** 领导包案: the cases the signed-in leader owns. */
export async function fetchMyOwnerships(): Promise<OwnedCase[]> {
  return (await api<{ items: OwnedCase[] }>('/ownerships/mine')).items;
}
