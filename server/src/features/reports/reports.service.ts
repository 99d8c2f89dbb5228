import type { ReportKind } from '@xinfang/domain';
import { inScope, type Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database } from '../../db/database.js';
import { AppError, errorMessage, fieldError } from '../../errors.js';
import type { JobQueue } from '../../jobs/queue.js';
import type { FileStore } from '../attachments/index.js';
import { contentDisposition } from '../documents/index.js';
import { orgRecords } from '../orgs/index.js';
import { gatherReportData, type StatsReader } from './reports.data.js';
import { renderReportDocx } from './reports.docx.js';
import { parsePeriod, reportTitle, type ReportPeriod } from './reports.period.js';
import { statReportsRepository as repo, type ReportRow } from './reports.repository.js';
import type { ReportDto, ReportFormat, ReportRequest } from './reports.schema.js';
import { renderReportXlsx } from './reports.xlsx.js';

const JOB = 'stats.report';
const MIME: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
/** Progress as the job goes: the queries up to 70, then Excel, Word, and storing the files. */
const PROGRESS = { gathered: 70, xlsx: 80, docx: 95 };
const LIST_LIMIT = 200;

/** The period of a report as requested (checked then, by the schema). */
function periodOf(kind: ReportKind, period: string): ReportPeriod {
  const p = parsePeriod(kind, period);
  if ('error' in p) throw fieldError('period', p.error);
  return p;
}

const present = (r: ReportRow): ReportDto => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  kind: r.kind,
  period: r.period,
  from: r.period_from,
  to: r.period_to,
  title: reportTitle(r.org_name, r.kind, periodOf(r.kind, r.period)),
  status: r.status,
  progress: r.progress,
  error: r.error,
  requestedBy: r.display_name,
  createdAt: r.created_at,
  finishedAt: r.finished_at,
});

/**
 * 统计报告 (docs/STATISTICS.md "Reports"): monthly, quarterly and annual reports of a body, built by a job from the
 * statistics service's figures into Excel and Word, and kept in the file store for download.
 */
export function createStatsReportService({
  db,
  stats,
  files,
  jobs,
  log,
}: {
  db: Database;
  stats: StatsReader;
  files: FileStore;
  jobs: JobQueue;
  log: (m: string) => void;
}) {
  /** The report, if the actor's scope covers its body (another body's report does not exist for them). */
  async function visible(actor: Actor, id: number) {
    const r = await repo.findById(db, id);
    if (!r || !inScope(actor, r.org_path)) throw new AppError('report_not_found');
    return r;
  }

  /**
   * The job reads the figures as the requester, at the report's body: the request was authorised then, and the
   * report stays what was asked for even if the requester moves meanwhile.
   */
  const jobActor = (r: ReportRow): Actor => ({
    userId: r.requested_by,
    username: r.username,
    displayName: r.display_name,
    orgId: r.org_id,
    orgPath: r.org_path,
    orgName: r.org_name,
    roles: [],
    permissions: ['stats.view'],
    mustChangePassword: false,
    sessionId: '',
    ip: 'job',
    requestId: `stats-report-${r.id}`,
  });

  /** Builds one report: running, the figures, both files stored, then done, or failed with a readable reason. */
  async function run(id: number): Promise<void> {
    if (!(await repo.claim(db, id))) return; // done or failed already (a repeated delivery of the job)
    try {
      const r = (await repo.findById(db, id))!;
      const period = periodOf(r.kind, r.period);
      const data = await gatherReportData(
        stats,
        jobActor(r),
        { orgId: r.org_id, kind: r.kind, period, title: reportTitle(r.org_name, r.kind, period) },
        (done, total) => repo.progress(db, id, Math.round((PROGRESS.gathered * done) / total)),
      );
      const xlsx = await renderReportXlsx(data);
      await repo.progress(db, id, PROGRESS.xlsx);
      const docx = await renderReportDocx(data);
      await repo.progress(db, id, PROGRESS.docx);
      const [xlsxSha, docxSha] = await Promise.all([files.put(xlsx), files.put(docx)]);
      await repo.finish(db, id, { xlsx: xlsxSha, docx: docxSha });
    } catch (err) {
      log(`stats report ${id} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      const reason = err instanceof AppError ? errorMessage(err.code, 'zh') : '生成报告时出错，请重新生成；如仍不成功，请联系系统管理员。';
      await repo.fail(db, id, reason);
    }
  }

  return {
    run,
    register: () => jobs.register(JOB, async (data) => run(Number(data.reportId))),

    /** Records the request (audited) and queues the job; the period was checked by the schema. */
    async request(actor: Actor, q: ReportRequest): Promise<{ id: number }> {
      const org = await orgRecords.findById(db, q.orgId ?? actor.orgId);
      if (!org || !inScope(actor, org.path)) throw new AppError('org_not_found');
      const period = periodOf(q.kind, q.period);
      const id = await db.transaction().execute(async (trx) => {
        const reportId = await repo.insert(trx, {
          org_id: org.id,
          kind: q.kind,
          period: q.period,
          period_from: period.from,
          period_to: period.to,
          requested_by: actor.userId,
        });
        await auditService.record(trx, actor, {
          action: 'stats.report_requested',
          objectType: 'stat_report',
          objectId: reportId,
          orgId: org.id,
          after: { kind: q.kind, period: q.period, from: period.from, to: period.to },
        });
        return reportId;
      });
      await jobs.enqueue(JOB, { reportId: id });
      return { id };
    },

    /** The reports of the actor's scope (or of one body in it), newest first. */
    async list(actor: Actor, orgId?: number): Promise<ReportDto[]> {
      if (orgId) {
        const org = await orgRecords.findById(db, orgId);
        if (!org || !inScope(actor, org.path)) throw new AppError('org_not_found');
      }
      const rows = await repo.list(db, { orgPath: actor.orgPath, ...(orgId ? { orgId } : {}), limit: LIST_LIMIT });
      return rows.map(present);
    },

    /** A kept file of a finished report, named by its title; the download is audited. */
    async open(actor: Actor, id: number, format: ReportFormat) {
      const r = await visible(actor, id);
      const sha256 = format === 'xlsx' ? r.xlsx_sha256 : r.docx_sha256;
      if (r.status !== 'done' || !sha256) throw new AppError('report_not_ready');
      await auditService.record(db, actor, {
        action: 'stats.report_downloaded',
        objectType: 'stat_report',
        objectId: r.id,
        orgId: r.org_id,
        after: { kind: r.kind, period: r.period, format },
      });
      return {
        sha256,
        mime: MIME[format],
        disposition: contentDisposition(`${present(r).title}.${format}`, `stat-report-${r.id}.${format}`),
        stream: files.read(sha256),
      };
    },
  };
}
export type StatsReportService = ReturnType<typeof createStatsReportService>;
