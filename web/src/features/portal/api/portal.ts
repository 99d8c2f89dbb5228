import { api } from '../../../api/client';
import type { ApiAnswer, ApiBody } from '../../../api/openapi';
import type { Region } from '../../../api/types';
import type {
  PortalChallenge,
  PublicAttachment,
  PublicOrg,
  PublicPetition,
  PublicUpload,
  RatingTarget,
  RatingValue,
  SubmitPayload,
  SubmitResult,
  UploadRef,
} from './types';

/**
 * The matter last fetched with each token: the result page opened right after a look-up (or a submission) shows it
 * without asking again; 刷新 asks again.
 */
export const lastSeen = new Map<string, PublicPetition>();

// Every call keeps a 401 to itself: the portal has no login page to send anyone to.
const PUBLIC = { redirectOn401: false } as const;
const withToken = (token: string) => ({ ...PUBLIC, headers: { 'x-portal-token': token } });

/** The divisions under `parent` (provinces without it): the place of the problem. */
export async function fetchPlaces(parent?: string): Promise<Region[]> {
  return (await api<{ items: Region[] }>('/regions', { ...PUBLIC, query: { parent } })).items;
}

/** Bodies whose name contains the words: the public directory, for naming an accused body. */
export async function searchPublicOrgs(q: string): Promise<PublicOrg[]> {
  return (await api<{ items: PublicOrg[] }>('/public/orgs', { ...PUBLIC, query: { q } })).items;
}

export function fetchChallenge(): Promise<PortalChallenge> {
  return api<PortalChallenge>('/public/challenge', PUBLIC);
}

/** Uploads a file; the answer's token goes back with the submission (it binds the upload to this browser). */
export async function uploadPublicAttachment(file: File): Promise<PublicUpload> {
  const form = new FormData();
  form.append('file', file);
  const r = await api<{ attachment: PublicAttachment; token: string }>('/public/attachments', { ...PUBLIC, method: 'POST', body: form });
  return { ...r.attachment, token: r.token };
}

export type CategorySuggestion = ApiAnswer<'/api/public/assist/category', 'post'>['categories'][number];

/** The categories 智能辅助 suggests for what has been written (the portal's route: categories only). */
export async function suggestCategories(title: string, content: string): Promise<CategorySuggestion[]> {
  return (
    await api<{ categories: CategorySuggestion[] }>('/public/assist/category', {
      method: 'POST',
      body: { title, content: content.slice(0, 2000) },
    })
  ).categories;
}

export function submitPetition(payload: SubmitPayload): Promise<SubmitResult> {
  return api<SubmitResult>('/public/petitions', { ...PUBLIC, method: 'POST', body: payload });
}

export function trackPetition(number: string, queryCode: string): Promise<{ token: string; petition: PublicPetition }> {
  return api('/public/track', { ...PUBLIC, method: 'POST', body: { number, queryCode } });
}

/** Asks for a one-time code by SMS to the phone given at submission (the answer is the same for any phone). */
export function sendPhoneCode(number: string, phone: string): Promise<{ sent: boolean }> {
  return api('/public/phone-code', { ...PUBLIC, method: 'POST', body: { number, phone } });
}

export function trackByPhone(number: string, phone: string, code: string): Promise<{ token: string; petition: PublicPetition }> {
  return api('/public/track-phone', { ...PUBLIC, method: 'POST', body: { number, phone, code } });
}

export async function fetchPublicPetition(token: string): Promise<PublicPetition> {
  const { petition } = await api<{ petition: PublicPetition }>('/public/petition', withToken(token));
  lastSeen.set(token, petition);
  return petition;
}

export async function ratePetition(
  token: string,
  input: { target: RatingTarget; rating: RatingValue; reasons: string | null },
): Promise<PublicPetition> {
  return (await api<{ petition: PublicPetition }>('/public/rating', { ...withToken(token), method: 'POST', body: input })).petition;
}

export async function requestReview(token: string, input: { reasons: string; attachments: UploadRef[] }): Promise<PublicPetition> {
  return (await api<{ petition: PublicPetition }>('/public/review', { ...withToken(token), method: 'POST', body: input })).petition;
}

/** The issued document as a file (PDF or Word); the endpoint authenticates by the token in the address. */
export const documentUrl = (id: number, format: 'pdf' | 'docx', token: string) =>
  `/api/public/documents/${id}/file?format=${format}&token=${encodeURIComponent(token)}`;

export type ReceptionBody = ApiAnswer<'/api/public/reception'>['items'][number];
export type ReceptionSchedule = ApiAnswer<'/api/public/reception/{orgId}'>;

/** The bodies with a published reception schedule. */
export async function fetchReceptionBodies(): Promise<ReceptionBody[]> {
  return (await api<{ items: ReceptionBody[] }>('/public/reception', PUBLIC)).items;
}

/** A body's published receptions from today on, of one place when given. */
export function fetchReceptionSchedule(orgId: number, placeId?: number): Promise<ReceptionSchedule> {
  return api<ReceptionSchedule>(`/public/reception/${orgId}`, { ...PUBLIC, query: { placeId } });
}

/** The iCalendar feed of the same receptions. */
export const receptionCalendarUrl = (orgId: number, placeId?: number) =>
  `/api/public/reception/${orgId}/calendar.ics${placeId ? `?placeId=${placeId}` : ''}`;

export type PublicBooking = ApiAnswer<'/api/public/bookings/find', 'post'>['booking'];
export type BookingPayload = ApiBody<'/api/public/bookings'>;
export type BookingKey = ApiBody<'/api/public/bookings/find'>;

/** 约访: books a slot; the code in the answer is shown once. */
export function bookReception(payload: BookingPayload): Promise<{ booking: PublicBooking; code: string }> {
  return api('/public/bookings', { ...PUBLIC, method: 'POST', body: payload });
}

/** A booking by its number (or phone) and code; then cancel or move it with the same key. */
export async function findBooking(key: BookingKey): Promise<PublicBooking> {
  return (await api<{ booking: PublicBooking }>('/public/bookings/find', { ...PUBLIC, method: 'POST', body: key })).booking;
}
export async function cancelBooking(key: BookingKey): Promise<PublicBooking> {
  return (await api<{ booking: PublicBooking }>('/public/bookings/cancel', { ...PUBLIC, method: 'POST', body: key })).booking;
}
export async function moveBooking(key: BookingKey, slotId: number): Promise<PublicBooking> {
  return (await api<{ booking: PublicBooking }>('/public/bookings/move', { ...PUBLIC, method: 'POST', body: { key, slotId } })).booking;
}
