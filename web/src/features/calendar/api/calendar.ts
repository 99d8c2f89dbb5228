import type { ClockUnit, DeadlineGrade } from '@xinfang/domain';
import { api } from '../../../api/client';

export type DayKind = 'holiday' | 'workday';

export interface SpecialDay {
  date: string;
  kind: DayKind;
  name: string;
}

export interface CalendarStatus {
  packageYears: number[];
  enteredYears: { year: number; notice: string; enteredAt: string }[];
  missingYears: number[];
}

/** A petition's deadline as the server grades it now (clocks.schema.ts); grade and remainingMs are null once stopped. */
export interface Clock {
  key: string;
  label: string;
  pack: string;
  startedAt: string;
  dueAt: string;
  provisional: boolean;
  grade: DeadlineGrade | null;
  remainingMs: number | null;
  stoppedAt: string | null;
  stopEvent: string | null;
}

export interface CalendarYear {
  year: number;
  source: 'package' | 'entered' | null;
  notice: string | null;
  days: SpecialDay[];
}

export interface PreviewInput {
  start: string;
  length: number;
  unit: ClockUnit;
  extendOverDaysOff: boolean;
}

export interface Preview {
  dueAt: string;
  provisional: boolean;
  unknownYears: number[];
  grade: DeadlineGrade;
  remainingMs: number;
}

export interface ClockRule {
  label: string;
  length: number;
  unit: ClockUnit;
  startsOn: string[];
  stopsOn: string[];
  pausedBy?: string[];
  maxExtension?: number;
  basis: string;
}

export interface PolicyPack {
  id: string;
  name: string;
  description: string;
  extendOverDaysOff: boolean;
  clocks: Record<string, ClockRule>;
}

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
