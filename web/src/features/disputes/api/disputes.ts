import type { DisputeAction } from '@xinfang/domain';
import { api, type ApiError } from '../../../api/client';
import type { ApiAnswer, ApiBody, ApiQuery } from '../../../api/openapi';

/** 矛盾纠纷: the types of the register, a dispute and its actions, as the server's OpenAPI document states them. */
export type DisputePage = ApiAnswer<'/api/disputes'>;
export type DisputeListItem = DisputePage['items'][number];
export type DisputeListQuery = ApiQuery<'/api/disputes'>;
export type Dispute = ApiAnswer<'/api/disputes/{id}'>['dispute'];
export type Party = Dispute['partyList'][number];
export type RegisterDisputeInput = ApiBody<'/api/disputes'>;
export type PartyInput = RegisterDisputeInput['parties'][number];
/** Each action's body (`version` included), by action. */
export type DisputeActionBodies = {
  [A in DisputeAction]: ApiBody<`/api/disputes/{id}/${A}`>;
};
export type ActionAnswer = ApiAnswer<'/api/disputes/{id}/mediate', 'post'>;
export type Issued = NonNullable<ActionAnswer['issued']>;

export interface ListFilters {
  status: string[];
  kind: string[];
  awaiting: boolean;
  q: string;
}

/** One page of the register, newest first; `before` is the last id of the page shown. */
export function fetchDisputes(filters: ListFilters, before?: number, limit = 30): Promise<DisputePage> {
  return api<DisputePage>('/disputes', {
    query: {
      status: filters.status.join(',') || undefined,
      kind: filters.kind.join(',') || undefined,
      awaiting: filters.awaiting ? 'true' : undefined,
      q: filters.q.trim() || undefined,
      before,
      limit,
    },
  });
}

/**
 * 登记: `onNetworkFailure` answers when a registration that did not get through is sent again (the form kept offline
 * sends itself when the connection is back, with the same Idempotency-Key).
 */
/** Registers a dispute; `idempotencyKey` is the draft's (useDraft's sendKey), so a resend never registers it twice. */
export async function registerDispute(
  input: RegisterDisputeInput,
  options: { idempotencyKey: string; onNetworkFailure: (error: ApiError) => Promise<boolean> },
): Promise<Dispute> {
  return (await api<{ dispute: Dispute }>('/disputes', { method: 'POST', body: input, ...options })).dispute;
}

export async function fetchDispute(id: number): Promise<Dispute> {
  return (await api<{ dispute: Dispute }>(`/disputes/${id}`)).dispute;
}

export function actOnDispute<A extends DisputeAction>(id: number, action: A, body: DisputeActionBodies[A]): Promise<ActionAnswer> {
  return api<ActionAnswer>(`/disputes/${id}/${action}`, { method: 'POST', body });
}

export const agreementDocxUrl = (id: number) => `/api/disputes/${id}/agreement.docx`;
export const reportDocxUrl = (id: number, reportId: number) => `/api/disputes/${id}/reports/${reportId}.docx`;
export const attachmentUrl = (id: number) => `/api/attachments/${id}/content`;

export async function uploadScan(file: File): Promise<{ id: number; filename: string }> {
  const form = new FormData();
  form.append('file', file);
  return (await api<{ attachment: { id: number; filename: string } }>('/attachments', { method: 'POST', body: form })).attachment;
}

/** A party's full phone, for a stated reason (kept in the audit trail). */
export async function revealPartyPhone(id: number, partyId: number, reason: string): Promise<string | null> {
  return (await api<{ phone: string | null }>(`/disputes/${id}/parties/${partyId}/phone`, { method: 'POST', body: { reason } })).phone;
}
