import { REPORT_KINDS, REPORT_STATUSES, chinaDate } from '@xinfang/domain';
import { z } from 'zod';
import { int4Id, int4IdParam } from '../../shared/validators.js';
import { parsePeriod } from './reports.period.js';

export const REPORT_FORMATS = ['xlsx', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A report to build: the body (default: the user's), the kind and its period, checked against each other. */
export const reportRequest = z
  .strictObject({
    orgId: int4Id.optional(),
    kind: z.enum(REPORT_KINDS, { error: '报告类型应为 monthly（月报）、quarterly（季报）或 annual（年报）' }),
    period: z.string().trim(),
  })
  .superRefine((v, ctx) => {
    const p = parsePeriod(v.kind, v.period);
    const problem = 'error' in p ? p.error : p.from > chinaDate(new Date()) ? '统计期间尚未开始' : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['period'], message: problem });
  });
export type ReportRequest = z.infer<typeof reportRequest>;

export const reportListQuery = z.strictObject({ orgId: int4IdParam.optional() });
export const reportFileQuery = z.strictObject({
  format: z.enum(REPORT_FORMATS, { error: '格式应为 xlsx（Excel）或 docx（Word）' }),
});

export const reportDto = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  kind: z.enum(REPORT_KINDS),
  period: z.string(),
  from: z.string(),
  to: z.string(),
  title: z.string(),
  status: z.enum(REPORT_STATUSES),
  progress: z.number(),
  error: z.string().nullable(),
  requestedBy: z.string(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});
export type ReportDto = z.infer<typeof reportDto>;
