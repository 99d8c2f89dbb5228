import type { BreakdownDim, Granularity, ReportKind } from '@xinfang/domain';
import { api, queryString } from '../../../api/client';
import type { Breakdown, BodyRow, Hot, Overview, Report, Series, StatsQuery } from './types';

const query = (q: StatsQuery) => ({ orgId: q.orgId, from: q.from, to: q.to });

export function fetchOverview(q: StatsQuery): Promise<Overview> {
  return api<Overview>('/stats/overview', { query: query(q) });
}

/** Counts (measure names) or ratios (rate keys) per bucket of the period. */
export function fetchSeries(q: StatsQuery, granularity: Granularity, measures: readonly string[]): Promise<Series> {
  return api<Series>('/stats/series', { query: { ...query(q), granularity, measures: measures.join(',') } });
}

export function fetchBreakdown(q: StatsQuery, dim: BreakdownDim): Promise<Breakdown> {
  return api<Breakdown>('/stats/breakdown', { query: { ...query(q), dim } });
}

/** The scope first, then each body directly below it. */
export async function fetchBodies(q: StatsQuery): Promise<{ asOf: string; rows: BodyRow[] }> {
  return api('/stats/bodies', { query: query(q) });
}

/** The same comparison as an Excel file (a plain GET download: cookie auth, no CSRF needed). */
export const bodiesXlsxUrl = (q: StatsQuery) => '/api/stats/bodies.xlsx' + queryString(query(q));

export function fetchHot(q: StatsQuery): Promise<Hot> {
  return api<Hot>('/stats/hot', { query: query(q) });
}

export async function fetchReports(): Promise<Report[]> {
  return (await api<{ items: Report[] }>('/stats/reports')).items;
}

export function requestReport(input: { orgId: number; kind: ReportKind; period: string }): Promise<{ id: number }> {
  return api('/stats/reports', { method: 'POST', body: input });
}

export const reportFileUrl = (id: number, format: 'xlsx' | 'docx') => `/api/stats/reports/${id}/file?format=${format}`;
