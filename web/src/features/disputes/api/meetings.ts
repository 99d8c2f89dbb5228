import type { SummaryPeriod } from '@xinfang/domain';
import { api } from '../../../api/client';
import type { ApiAnswer, ApiBody } from '../../../api/openapi';

/** 日排查日报告 and 动态分析会: the types as the server's OpenAPI document states them. */
export type SummaryDraft = ApiAnswer<'/api/dispute-summaries/draft'>;
export type SummaryFigures = SummaryDraft['figures'];
export type Summary = NonNullable<SummaryDraft['filed']>;
export type SummaryFilers = ApiAnswer<'/api/dispute-summaries/filers'>;
export type SummaryFiler = SummaryFilers['items'][number];
export type SummaryInput = ApiBody<'/api/dispute-summaries'>;

export type MeetingList = ApiAnswer<'/api/dispute-meetings'>;
export type MeetingListItem = MeetingList['items'][number];
export type Meeting = ApiAnswer<'/api/dispute-meetings/{id}'>['meeting'];
export type MeetingTask = Meeting['tasks'][number];
export type MeetingInput = ApiBody<'/api/dispute-meetings'>;

export function fetchSummaryDraft(period: SummaryPeriod, on: string): Promise<SummaryDraft> {
  return api<SummaryDraft>('/dispute-summaries/draft', { query: { period, on } });
}

export async function fileSummary(input: SummaryInput): Promise<Summary> {
  return (await api<{ summary: Summary }>('/dispute-summaries', { method: 'POST', body: input })).summary;
}

export function fetchSummaryFilers(period: SummaryPeriod, on: string): Promise<SummaryFilers> {
  return api<SummaryFilers>('/dispute-summaries/filers', { query: { period, on } });
}

export function fetchMeetings(): Promise<MeetingList> {
  return api<MeetingList>('/dispute-meetings');
}

export async function fetchMeeting(id: number): Promise<Meeting> {
  return (await api<{ meeting: Meeting }>(`/dispute-meetings/${id}`)).meeting;
}

export async function recordMeeting(input: MeetingInput): Promise<Meeting> {
  return (await api<{ meeting: Meeting }>('/dispute-meetings', { method: 'POST', body: input })).meeting;
}

/** 上次会议未办结事项: the open decisions of the reader's body's meetings. */
export async function fetchAgenda(): Promise<MeetingTask[]> {
  return (await api<ApiAnswer<'/api/dispute-meetings/agenda'>>('/dispute-meetings/agenda')).carriedOver;
}

/** 本单位承办的议定事项: the open decisions given to the reader's body. */
export async function fetchMyTasks(): Promise<MeetingTask[]> {
  return (await api<ApiAnswer<'/api/dispute-meetings/tasks'>>('/dispute-meetings/tasks')).items;
}

export async function reportTaskDone(taskId: number, note: string): Promise<Meeting> {
  return (await api<{ meeting: Meeting }>(`/dispute-meetings/tasks/${taskId}/done`, { method: 'POST', body: { note } })).meeting;
}
