import { addDays, chinaDate, endOfChinaDay, type SummaryPeriod } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import { AppError, fieldError } from '../../errors.js';
import { isUniqueViolation } from '../../shared/validators.js';
import { summariesRepository } from './disputes.summaries.repository.js';

/** The China days a period covers: the day itself, or Monday to Sunday. */
function span(period: SummaryPeriod, start: string) {
  return { from: endOfChinaDay(addDays(start, -1)), to: endOfChinaDay(addDays(start, period === 'week' ? 6 : 0)) };
}

/** A body's figures for a day or a week (summariesRepository.figures). */
function figures(db: Executor, orgId: number, period: SummaryPeriod, start: string) {
  const { from, to } = span(period, start);
  return summariesRepository.figures(db, orgId, from, to);
}

/** The period a summary may be filed for: a day or a Monday, not in the future. */
function checkPeriod(period: SummaryPeriod, start: string) {
  if (start > chinaDate(new Date())) throw fieldError('on', '不能报送今后的日期');
  if (period === 'week' && new Date(`${start}T12:00:00+08:00`).getUTCDay() !== 1) throw fieldError('on', '周报告请选择该周的星期一');
}

const present = (r: {
  id: number;
  org_id: number;
  period: SummaryPeriod;
  period_start: string;
  found: number;
  settled: number;
  escalated: number;
  open: number;
  zero: boolean;
  note: string;
  filed_at: Date;
}) => ({
  id: r.id,
  orgId: r.org_id,
  period: r.period,
  on: r.period_start,
  found: r.found,
  settled: r.settled,
  escalated: r.escalated,
  open: r.open,
  zero: r.zero,
  note: r.note,
  filedAt: r.filed_at,
});

export function createDisputeSummariesService({ db }: { db: Database }) {
  return {
    /** What the body would file now: the register's figures for the period, and the summary if already filed. */
    async draft(actor: Actor, q: { period: SummaryPeriod; on: string }) {
      checkPeriod(q.period, q.on);
      const filed = await summariesRepository.filed(db, actor.orgId, q.period, q.on);
      const f = await figures(db, actor.orgId, q.period, q.on);
      return { figures: { ...f, zero: f.found === 0 }, filed: filed ? present(filed) : null };
    },

    /** Files the body's summary (零报告 when nothing was found): once per body and period. */
    async file(actor: Actor, input: { period: SummaryPeriod; on: string; note: string | null }) {
      checkPeriod(input.period, input.on);
      return db
        .transaction()
        .execute(async (trx) => {
          const f = await figures(trx, actor.orgId, input.period, input.on);
          const row = await summariesRepository.insert(trx, {
            org_id: actor.orgId,
            period: input.period,
            period_start: input.on,
            ...f,
            zero: f.found === 0,
            note: input.note ?? '',
            filed_by: actor.userId,
          });
          await auditService.record(trx, actor, {
            action: 'dispute.summary_filed',
            objectType: 'dispute_summary',
            objectId: row.id,
            orgId: actor.orgId,
            after: { period: input.period, on: input.on, ...f },
          });
          return present(row);
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err, 'dispute_summaries_org_id_period_period_start_key'))
            throw new AppError('dispute_summary_filed', { field: 'on' });
          throw err;
        });
    },

    /**
     * Who has filed for the period among the villages and townships of the reader's area (its own body too when
     * it is one), with their figures, and who has not.
     */
    async filers(actor: Actor, q: { period: SummaryPeriod; on: string }) {
      const rows = await summariesRepository.filers(db, actor.orgPath, q.period, q.on);
      return {
        items: rows.map((r) => ({
          org: { id: r.org_id, name: r.name, kind: r.kind },
          summary: r.id === null ? null : present({ ...r, id: r.id, org_id: r.org_id } as Parameters<typeof present>[0]),
        })),
        missing: rows.filter((r) => r.id === null).length,
      };
    },
  };
}
export type DisputeSummariesService = ReturnType<typeof createDisputeSummariesService>;
