import { DEADLINE_GRADES, DEADLINE_SCOPES, type DeadlineScope, type DeadlineGrade } from '@xinfang/domain';
import { type BoardRow } from './api/types';

/** The deadline list's filter as the URL keeps it: ?scope=all&grade=overdue&org=12. */
export interface ListFilter {
  scope: DeadlineScope;
  grade?: DeadlineGrade;
  orgId?: number;
}

/** Reads the filter from the URL (pure); unknown values fall back: scope to the default, grade and body to none. */
export function listFilter(params: URLSearchParams, defaultScope: DeadlineScope): ListFilter {
  const scope = params.get('scope');
  const grade = params.get('grade');
  const org = Number(params.get('org'));
  return {
    scope: (DEADLINE_SCOPES as readonly string[]).includes(scope ?? '') ? (scope as DeadlineScope) : defaultScope,
    grade: (DEADLINE_GRADES as readonly string[]).includes(grade ?? '') ? (grade as DeadlineGrade) : undefined,
    orgId: Number.isInteger(org) && org > 0 ? org : undefined,
  };
}

/** The board's totals over all bodies (pure). */
export function boardTotals(rows: readonly BoardRow[]): Omit<BoardRow, 'org'> {
  return rows.reduce(
    (sum, r) => ({
      open: sum.open + r.open,
      dueSoon: sum.dueSoon + r.dueSoon,
      dueToday: sum.dueToday + r.dueToday,
      overdue: sum.overdue + r.overdue,
    }),
    { open: 0, dueSoon: 0, dueToday: 0, overdue: 0 },
  );
}
