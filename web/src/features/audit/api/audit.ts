import { api } from '../../../api/client';
import type { ApiAnswer, ApiQuery } from '../../../api/openapi';

export type AuditFilters = Omit<ApiQuery<'/api/audit/events'>, 'before' | 'limit'>;

export type AuditPage = ApiAnswer<'/api/audit/events'>;

export function fetchAuditEvents(filters: AuditFilters & { before?: number; limit?: number }): Promise<AuditPage> {
  return api<AuditPage>('/audit/events', { query: { ...filters } });
}

export async function fetchAuditActions(): Promise<string[]> {
  return (await api<{ items: string[] }>('/audit/actions')).items;
}

export type VerifyResult = ApiAnswer<'/api/audit/verify', 'post'>;

export function verifyAudit(): Promise<VerifyResult> {
  return api<VerifyResult>('/audit/verify', { method: 'POST' });
}
