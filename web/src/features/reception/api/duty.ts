import { api } from '../../../api/client';
import type { ApiAnswer, ApiBody } from '../../../api/openapi';

export type Roster = ApiAnswer<'/api/duty/roster'>;
export type Shift = Roster['shifts'][number];
export type Swap = Roster['swaps'][number];
export type DutySettingsInput = ApiBody<'/api/duty/settings/{orgId}', 'put'>;
export type SwapInput = ApiBody<'/api/duty/swaps'>;
export type MyDuty = ApiAnswer<'/api/duty/mine'>;
export type MyCalendar = ApiAnswer<'/api/duty/calendar'>;
export type ShiftOwner = ApiAnswer<'/api/duty/petitions/{id}/owners'>['items'][number];

export const fetchRoster = (orgId: number, from: string, to: string) => api<Roster>(`/duty/roster?orgId=${orgId}&from=${from}&to=${to}`);
export const saveDutySettings = (orgId: number, body: DutySettingsInput) =>
  api<unknown>(`/duty/settings/${orgId}`, { method: 'PUT', body });
export const generateRoster = (body: { orgId: number; from: string; to: string }) =>
  api<{ shifts: Shift[] }>('/duty/generate', { method: 'POST', body });
export const requestSwap = (body: SwapInput) => api<{ swap: Swap }>('/duty/swaps', { method: 'POST', body });
export const swapStep = (id: number, step: 'accept' | 'decline' | 'approve' | 'refuse') =>
  api<{ swap: Swap }>(`/duty/swaps/${id}/${step}`, {
    method: 'POST',
    ...(step === 'approve' || step === 'refuse' ? { body: { note: null } } : {}),
  });
export const fetchMyDuty = () => api<MyDuty>('/duty/mine');
export const fetchShiftOwners = async (petitionId: number) =>
  (await api<{ items: ShiftOwner[] }>(`/duty/petitions/${petitionId}/owners`)).items;
export const fetchMyCalendar = (month: string) => api<MyCalendar>(`/duty/calendar?month=${month}`);
