import type { ReportKind, ReportStatus } from '@xinfang/domain';
import type { ColumnType, Generated } from 'kysely';

/** The table of migration 0011, added to the database types by module augmentation (db/types.ts stays as it is). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface StatReportTable {
  id: Generated<number>;
  org_id: number;
  kind: ReportKind;
  period: string;
  /** YYYY-MM-DD, inclusive. */
  period_from: string;
  period_to: string;
  status: Generated<ReportStatus>;
  progress: Generated<number>;
  error: string | null;
  requested_by: number;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
  /** The files in the content-addressed store (attachments.storage.ts), set with status done. */
  xlsx_sha256: string | null;
  docx_sha256: string | null;
}

declare module '../../db/types.js' {
  interface DB {
    stat_reports: StatReportTable;
  }
}
