import { chinaDate } from '@xinfang/domain';

/** A month as the statistics' period: its first and last day, the last not after today (China time). */
export function monthPeriod(month: string, now = new Date()): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const end = `${month}-${String(last).padStart(2, '0')}`;
  const today = chinaDate(now);
  return { from: `${month}-01`, to: end < today ? end : today };
}

/** The month of a China day, YYYY-MM. */
export const monthOf = (day: string) => day.slice(0, 7);
