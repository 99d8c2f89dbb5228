import { api } from '../../api/client';

/** An in-app message (GET /api/messages): new work, urges and supervision, deadline warnings. */
export interface StaffMessage {
  id: number;
  template: string;
  title: string;
  body: string;
  link: string | null;
  petition: { id: number; number: string } | null;
  createdAt: string;
  readAt: string | null;
}

export interface MessagesPage {
  unread: number;
  items: StaffMessage[];
}

export const MESSAGES_KEY = ['messages'] as const;

export const fetchMessages = (): Promise<MessagesPage> => api<MessagesPage>('/messages', { query: { limit: 50 } });
export const markRead = (id: number): Promise<void> => api<void>(`/messages/${id}/read`, { method: 'POST' });
export const markAllRead = (): Promise<{ marked: number }> => api<{ marked: number }>('/messages/read-all', { method: 'POST' });
