import { api } from '../../api/client';
import type { ApiAnswer, Schemas } from '../../api/openapi';

/** An in-app message (GET /api/messages): new work, urges and supervision, deadline warnings. */
export type StaffMessage = Schemas['Message'];

export type MessagesPage = ApiAnswer<'/api/messages'>;

export const MESSAGES_KEY = ['messages'] as const;

/**
 * The bell's messages, read every minute in the background: with no network it does not ask the user (no 重试
 * dialog over the page they are working on, nor over a page opened offline); it fails and is read at its next turn.
 */
export const fetchMessages = (): Promise<MessagesPage> =>
  api<MessagesPage>('/messages', { query: { limit: 50 }, onNetworkFailure: () => Promise.resolve(false) });
export const markRead = (id: number): Promise<void> => api<void>(`/messages/${id}/read`, { method: 'POST' });
export const markAllRead = (): Promise<{ marked: number }> => api<{ marked: number }>('/messages/read-all', { method: 'POST' });
