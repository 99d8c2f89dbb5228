import { api } from '../../../api/client';
import type { ApiAnswer } from '../../../api/openapi';

export type Compliance = ApiAnswer<'/api/reception/compliance'>['report'];
export type ComplianceTally = Compliance['total'];
export type ComplianceRecord = ApiAnswer<'/api/reception/compliance/records'>['items'][number];
export type RecordFigure = 'batches' | 'unscheduled' | 'outreach' | 'invitation';

/** A body, with those below it when asked, and a period. */
export interface ComplianceQuery {
  orgId: number;
  from: string;
  to: string;
  subordinates: boolean;
}
/** The receptions behind one figure: of a leader, or of a level, else of all. */
export interface RecordsQuery extends ComplianceQuery {
  figure: RecordFigure;
  leaderId?: number;
  level?: Compliance['levels'][number]['level'];
}

export const complianceSearch = (q: ComplianceQuery | RecordsQuery) =>
  new URLSearchParams(
    Object.entries(q)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString();

export const fetchCompliance = async (q: ComplianceQuery) =>
  (await api<{ report: Compliance }>(`/reception/compliance?${complianceSearch(q)}`)).report;
export const fetchComplianceRecords = async (q: RecordsQuery) =>
  (await api<{ items: ComplianceRecord[] }>(`/reception/compliance/records?${complianceSearch(q)}`)).items;
/** The report as a file to download. */
export const complianceFileUrl = (q: ComplianceQuery, ext: 'xlsx' | 'docx') => `/api/reception/compliance.${ext}?${complianceSearch(q)}`;
