import { api } from '../../../api/client';
import type { ApiAnswer, ApiBody, Schemas } from '../../../api/openapi';

export type DayKind = 'holiday' | 'workday';

export type SpecialDay = CalendarYear['days'][number];

export type CalendarStatus = ApiAnswer<'/api/calendar/status'>;

/** A petition's deadline as the server grades it now (clocks.schema.ts); grade and remainingMs are null once stopped. */
export type Clock = Schemas['Clock'];

export type CalendarYear = ApiAnswer<'/api/calendar/years/{year}'>;

export type PreviewInput = ApiBody<'/api/calendar/preview'>;

export type Preview = ApiAnswer<'/api/calendar/preview', 'post'>;

export type ClockRule = PolicyPack['clocks'][string];

export type PolicyPack = ApiAnswer<'/api/policies'>['items'][number];

export function fetchCalendarStatus(): Promise<CalendarStatus> {
  return api<CalendarStatus>('/calendar/status');
}

export function fetchCalendarYear(year: number): Promise<CalendarYear> {
  return api<CalendarYear>(`/calendar/years/${year}`);
}

/** Enters a year from the State Council's notice, replacing what was entered before. */
export function saveCalendarYear(year: number, notice: string, days: SpecialDay[]): Promise<CalendarYear> {
  return api<CalendarYear>(`/calendar/years/${year}`, { method: 'PUT', body: { notice, days } });
}

/** Enters a year from a CSV or Excel file (columns 日期, 类型 放假/上班, 名称). */
export function importCalendarYear(year: number, notice: string, file: File): Promise<CalendarYear> {
  const form = new FormData();
  form.append('notice', notice);
  form.append('file', file);
  return api<CalendarYear>(`/calendar/years/${year}/import`, { method: 'POST', body: form });
}

export function previewDeadline(input: PreviewInput): Promise<Preview> {
  return api<Preview>('/calendar/preview', { method: 'POST', body: input });
}

export async function fetchPolicies(): Promise<PolicyPack[]> {
  return (await api<{ items: PolicyPack[] }>('/policies')).items;
}
