import type { DB } from '../../db/types.js';

/** The values of the report table's columns (migration 0011); its shape is generated (db/schema.gen.ts). */
export const REPORT_KINDS = ['monthly', 'quarterly', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type StatReportTable = DB['stat_reports'];
