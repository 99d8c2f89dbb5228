import type { RateKey } from '@xinfang/domain';

/** How a figure moved against an earlier one (环比 / 同比). Pure. */
export interface Change {
  direction: 'up' | 'down' | 'flat';
  /** Rounded to one decimal, without sign. */
  amount: number;
  unit: 'percent' | 'points' | 'days';
}

function change(delta: number, unit: Change['unit']): Change {
  const amount = Math.round(Math.abs(delta) * 10) / 10;
  return { direction: amount === 0 ? 'flat' : delta > 0 ? 'up' : 'down', amount, unit };
}

/** A count against an earlier one, in per cent; none when there is no earlier one or it was 0 (no base). */
export function countChange(value: number, earlier: number | null): Change | null {
  if (earlier === null) return null;
  if (earlier === 0) return value === 0 ? change(0, 'percent') : null;
  return change(((value - earlier) / earlier) * 100, 'percent');
}

/** A rate against an earlier one, in percentage points (days for the average answer time); none when either is null. */
export function rateChange(key: RateKey, value: number | null, earlier: number | null): Change | null {
  if (value === null || earlier === null) return null;
  return key === 'average_answer_days' ? change(value - earlier, 'days') : change((value - earlier) * 100, 'points');
}
