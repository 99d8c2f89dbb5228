import { api } from '../../../api/client';
import type { ApiAnswer, ApiBody } from '../../../api/openapi';

export type Rule = ApiAnswer<'/api/reception/rules'>['items'][number];
export type RuleInput = ApiBody<'/api/reception/rules/{level}', 'put'>;
export type Place = ApiAnswer<'/api/reception/places'>['items'][number];
export type PlaceInput = ApiBody<'/api/reception/places'>;
export type Unavailability = ApiAnswer<'/api/reception/unavailability'>;
export type UnavailabilityInput = ApiBody<'/api/reception/unavailability'>;
export type Plan = ApiAnswer<'/api/reception/plans'>['plan'];
export type Slot = Plan['slots'][number];
export type Violation = Plan['violations'][number];
export type SlotInput = ApiBody<'/api/reception/plans/{id}/slots'>;
export interface QuarterKey {
  orgId: number;
  year: number;
  quarter: number;
}

export const fetchRules = async () => (await api<{ items: Rule[] }>('/reception/rules')).items;
export const saveRule = (level: Rule['level'], body: RuleInput) =>
  api<{ rule: Rule }>(`/reception/rules/${level}`, { method: 'PUT', body });

export const fetchPlaces = async (orgId: number) => (await api<{ items: Place[] }>(`/reception/places?orgId=${orgId}`)).items;
export const createPlace = (body: PlaceInput) => api<{ place: Place }>('/reception/places', { method: 'POST', body });
export const updatePlace = (id: number, body: PlaceInput) => api<{ place: Place }>(`/reception/places/${id}`, { method: 'PUT', body });
export const removePlace = (id: number) => api<null>(`/reception/places/${id}/remove`, { method: 'POST' });

export const fetchUnavailability = (orgId: number) => api<Unavailability>(`/reception/unavailability?orgId=${orgId}`);
export const addUnavailability = (body: UnavailabilityInput) => api<unknown>('/reception/unavailability', { method: 'POST', body });
export const removeUnavailability = (id: number) => api<null>(`/reception/unavailability/${id}/remove`, { method: 'POST' });

export const fetchPlan = async ({ orgId, year, quarter }: QuarterKey) =>
  (await api<{ plan: Plan }>(`/reception/plans?orgId=${orgId}&year=${year}&quarter=${quarter}`)).plan;
export const generatePlan = async (body: QuarterKey & { placeId: number }) =>
  (await api<{ plan: Plan }>('/reception/plans/generate', { method: 'POST', body })).plan;
export const addSlot = async (planId: number, body: SlotInput) =>
  (await api<{ plan: Plan }>(`/reception/plans/${planId}/slots`, { method: 'POST', body })).plan;
export const updateSlot = async (slotId: number, body: SlotInput) =>
  (await api<{ plan: Plan }>(`/reception/slots/${slotId}`, { method: 'PUT', body })).plan;
export const removeSlot = async (slotId: number, reason: string | null) =>
  (await api<{ plan: Plan }>(`/reception/slots/${slotId}/remove`, { method: 'POST', body: { reason } })).plan;
export const publishPlan = async (planId: number, body: { confirmViolations: boolean; reason: string | null }) =>
  (await api<{ plan: Plan }>(`/reception/plans/${planId}/publish`, { method: 'POST', body })).plan;

export type DeskDay = ApiAnswer<'/api/reception/desk'>;
export type DeskSlot = DeskDay['slots'][number];
export type DeskBooking = DeskSlot['bookings'][number];
export type WalkInInput = ApiBody<'/api/reception/visits'>;

export const fetchDesk = (orgId: number, date: string) => api<DeskDay>(`/reception/desk?orgId=${orgId}&date=${date}`);
export const checkIn = (bookingId: number) => api<{ visitId: number }>(`/reception/bookings/${bookingId}/check-in`, { method: 'POST' });
export const markNoShow = (bookingId: number) => api<null>(`/reception/bookings/${bookingId}/no-show`, { method: 'POST' });
export const addWalkIn = (body: WalkInInput) => api<{ visitId: number }>('/reception/visits', { method: 'POST', body });
export const setCounsel = (slotId: number, counsel: string) =>
  api<null>(`/reception/slots/${slotId}/counsel`, { method: 'PUT', body: { counsel } });
/** A visitor's full phone, for a reason the audit trail keeps. */
export const revealPhone = (kind: 'bookings' | 'visits', id: number, reason: string) =>
  api<{ phone: string | null }>(`/reception/${kind}/${id}/phone`, { method: 'POST', body: { reason } });
export type ReceptionRecord = ApiAnswer<'/api/reception/records'>['items'][number];
export type RecordInput = ApiBody<'/api/reception/records'>;
export type RecordOptions = ApiAnswer<'/api/reception/records/options'>;
export type SavedRecord = ApiAnswer<'/api/reception/records', 'post'>;
export type RecordEdit = ApiBody<'/api/reception/records/{id}', 'put'>;
export type Arrival = ApiAnswer<'/api/reception/records/arrivals'>['items'][number];
export interface RecordFilter {
  kind?: ReceptionRecord['kind'];
  from?: string;
  to?: string;
  leaderId?: number;
  mine?: boolean;
}

/** A page of records, newest first; `cursor` is the previous page's nextCursor. */
export const fetchRecords = async (f: RecordFilter, cursor?: string) => {
  const q = new URLSearchParams();
  if (cursor) q.set('cursor', cursor);
  if (f.kind) q.set('kind', f.kind);
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (f.leaderId) q.set('leaderId', String(f.leaderId));
  if (f.mine) q.set('mine', 'true');
  return api<{ items: ReceptionRecord[]; nextCursor: string | null }>(`/reception/records?${q.toString()}`);
};
export const fetchRecordOptions = () => api<RecordOptions>('/reception/records/options');
export const createRecord = (body: RecordInput) => api<SavedRecord>('/reception/records', { method: 'POST', body });
/** The slot's bookings and desk visits not yet on a record (phones masked). */
export const fetchArrivals = async (slotId: number) =>
  (await api<{ items: Arrival[] }>(`/reception/records/arrivals?slotId=${slotId}`)).items;
export const fetchRecord = async (id: number) => (await api<{ record: ReceptionRecord }>(`/reception/records/${id}`)).record;
export const updateRecord = async (id: number, body: RecordEdit) =>
  (await api<{ record: ReceptionRecord }>(`/reception/records/${id}`, { method: 'PUT', body })).record;
