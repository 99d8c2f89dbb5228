import type { ReportKind } from '@xinfang/domain';
import { lastDayOf, ymdOf } from '../stats/index.js';

/** A report's period: its days (inclusive), how it is named in the report, and the buckets of its trend. */
export interface ReportPeriod {
  from: string;
  to: string;
  /** 2026年10月, 2026年第三季度, 2026年 */
  label: string;
  /** A month's trend is by day, a quarter's and a year's by month. */
  granularity: 'day' | 'month';
}

const FORMS: Record<ReportKind, { pattern: RegExp; hint: string }> = {
  monthly: { pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, hint: '月报的统计期间格式为 YYYY-MM，如 2026-10' },
  quarterly: { pattern: /^(\d{4})-Q([1-4])$/, hint: '季报的统计期间格式为 YYYY-Qn，如 2026-Q3' },
  annual: { pattern: /^(\d{4})$/, hint: '年报的统计期间格式为 YYYY，如 2026' },
};
const QUARTERS = ['一', '二', '三', '四'];
/** The first year a report may cover: no system held petitions before. */
const FIRST_YEAR = 2000;

/** The period a report names ("2026-10", "2026-Q3", "2026"), or the reason it names none (for the `period` field). */
export function parsePeriod(kind: ReportKind, period: string): ReportPeriod | { error: string } {
  const { pattern, hint } = FORMS[kind];
  const m = pattern.exec(period);
  if (!m) return { error: hint };
  const year = Number(m[1]);
  if (year < FIRST_YEAR) return { error: `统计期间不能早于${FIRST_YEAR}年` };
  const n = Number(m[2] ?? 0);
  const [first, last] = kind === 'monthly' ? [n, n] : kind === 'quarterly' ? [n * 3 - 2, n * 3] : [1, 12];
  return {
    from: ymdOf(year, first, 1),
    to: ymdOf(year, last, lastDayOf(year, last)),
    label: kind === 'monthly' ? `${year}年${n}月` : kind === 'quarterly' ? `${year}年第${QUARTERS[n - 1]}季度` : `${year}年`,
    granularity: kind === 'monthly' ? 'day' : 'month',
  };
}

const KIND_NAMES: Record<ReportKind, string> = { monthly: '月度', quarterly: '季度', annual: '年度' };

/** 临朐县信访局2026年信访工作年度报告 */
export const reportTitle = (orgName: string, kind: ReportKind, p: Pick<ReportPeriod, 'label'>) =>
  `${orgName}${p.label}信访工作${KIND_NAMES[kind]}报告`;
