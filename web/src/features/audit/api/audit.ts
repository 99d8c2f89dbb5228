import { api } from '../../../api/client';
import type { AuditEvent } from '../../../api/types';

export interface AuditFilters {
  actorId?: number;
  orgId?: number;
  action?: string;
  objectType?: string;
  objectId?: string;
  from?: string;
  to?: string;
}

export interface AuditPage {
  items: AuditEvent[];
  nextBefore: number | null;
}

export function fetchAuditEvents(filters: AuditFilters & { before?: number; limit?: number }): Promise<AuditPage> {
  return api<AuditPage>('/audit/events', { query: { ...filters } });
}

export async function fetchAuditActions(): Promise<string[]> {
  return (await api<{ items: string[] }>('/audit/actions')).items;
}

export interface VerifyResult {
  ok: boolean;
  count: number;
  firstBroken: { seq: number; reason: string } | null;
  /** The chain compared with the signed checkpoints the server keeps outside the database. */
  anchor: {
    checked: number;
    latest: { seq: number; hash: string; at: string } | null;
    uncovered: number;
    problems: { reason: string; seq: number | null; line: number | null; at: string | null }[];
  };
  checkedAt: string;
}

export function verifyAudit(): Promise<VerifyResult> {
  return api<VerifyResult>('/audit/verify', { method: 'POST' });
}
