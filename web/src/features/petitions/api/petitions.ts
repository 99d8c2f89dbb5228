import { api, apiBlob } from '../../../api/client';
import type { ApiAnswer } from '../../../api/openapi';
import { filtersToSearch } from '../filters';
import type {
  Attachment,
  Candidate,
  CorrectInput,
  ListFilters,
  PetitionDetail,
  Receipt,
  RegisterInput,
  RepeatQuery,
  SavedFilter,
  UnmaskedPetitioner,
} from './types';

export type ListPage = ApiAnswer<'/api/petitions'>;

export function registerPetition(input: RegisterInput): Promise<{ petition: PetitionDetail; queryCode: string }> {
  return api('/petitions', { method: 'POST', body: input });
}

export function fetchRepeatCandidates(query: RepeatQuery): Promise<{ samePetitioner: Candidate[]; similar: Candidate[] }> {
  return api('/petitions/repeat-candidates', { method: 'POST', body: query });
}

/** The address of one page of the work list (also read ahead by boot.ts when the list is the first screen). */
export function petitionsPagePath(filters: ListFilters, cursor?: string, limit = 50): string {
  const search = filtersToSearch(filters);
  if (cursor) search.set('cursor', cursor);
  search.set('limit', String(limit));
  return `/petitions?${search.toString()}`;
}

export function fetchPetitions(filters: ListFilters, cursor?: string, limit = 50): Promise<ListPage> {
  return api(petitionsPagePath(filters, cursor, limit));
}

/** The actor's body's 承办人 with their overdue and soon-due counts (the head's first screen, the list's 承办人 tag). */
export type ByHandler = ApiAnswer<'/api/petitions/by-handler'>;
export function fetchByHandler(): Promise<ByHandler> {
  return api<ByHandler>('/petitions/by-handler');
}

/** The export URL of the current list (a plain GET download: cookie auth, no CSRF needed). */
export function exportUrl(filters: ListFilters): string {
  const s = filtersToSearch(filters).toString();
  return '/api/petitions/export' + (s ? '?' + s : '');
}

export async function fetchPetition(id: number): Promise<PetitionDetail> {
  return (await api<{ petition: PetitionDetail }>(`/petitions/${id}`)).petition;
}

export async function correctPetition(id: number, input: CorrectInput): Promise<PetitionDetail> {
  return (await api<{ petition: PetitionDetail }>(`/petitions/${id}`, { method: 'PATCH', body: input })).petition;
}

export async function unmaskPetitioner(id: number, petitionerId: number, reason: string): Promise<UnmaskedPetitioner> {
  const r = await api<{ petitioner: UnmaskedPetitioner }>(`/petitions/${id}/petitioners/${petitionerId}/unmask`, {
    method: 'POST',
    body: { reason },
  });
  return r.petitioner;
}

type Action = 'link-repeat' | 'unlink-repeat' | 'confirm-new' | 'merge' | 'unmerge' | 'approve-new-facts';

export async function petitionAction(id: number, action: Action, body?: unknown): Promise<PetitionDetail> {
  return (await api<{ petition: PetitionDetail }>(`/petitions/${id}/${action}`, { method: 'POST', body })).petition;
}

export async function reissueCode(id: number): Promise<string> {
  return (await api<{ queryCode: string }>(`/petitions/${id}/reissue-code`, { method: 'POST' })).queryCode;
}

/** 受理凭证 from the template: the filed copy, or with the code just issued the copy to hand over (POST: the code stays out of addresses). */
export async function fetchReceipt(id: number, queryCode?: string): Promise<Receipt> {
  return (await api<{ receipt: Receipt }>(`/petitions/${id}/receipt`, { method: 'POST', body: { queryCode } })).receipt;
}

export async function fetchReceiptPdf(id: number, queryCode?: string): Promise<Blob> {
  return apiBlob(`/petitions/${id}/receipt/pdf`, { method: 'POST', body: { queryCode } });
}

export async function uploadAttachment(file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  return (await api<{ attachment: Attachment }>('/attachments', { method: 'POST', body: form })).attachment;
}

export const attachmentUrl = (id: number) => `/api/attachments/${id}/content`;

export async function fetchSavedFilters(): Promise<SavedFilter[]> {
  return (await api<{ items: SavedFilter[] }>('/saved-filters')).items;
}

export function createSavedFilter(input: { name: string; scope: 'personal' | 'org'; filter: ListFilters }): Promise<unknown> {
  return api('/saved-filters', { method: 'POST', body: input });
}

export function removeSavedFilter(id: number): Promise<unknown> {
  return api(`/saved-filters/${id}/remove`, { method: 'POST' });
}
