import type { DB } from '../../db/types.js';

/** The report table (migration 0011): its shape is generated (db/schema.gen.ts), its values are @xinfang/domain's. */
export type StatReportTable = DB['stat_reports'];
