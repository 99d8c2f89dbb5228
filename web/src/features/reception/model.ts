import { addDays, quarterDays, weekOf, type Quarter } from '@xinfang/domain';
import type { Slot } from './api/reception';

/** The quarter as rows of weeks (Monday first), each day of the week with its slots; days outside the quarter are null. */
export function quarterGrid(
  quarter: Quarter,
  slots: readonly Slot[],
): { week: string; days: ({ date: string; slots: Slot[] } | null)[] }[] {
  const { first, last } = quarterDays(quarter);
  const rows: { week: string; days: ({ date: string; slots: Slot[] } | null)[] }[] = [];
  for (let week = weekOf(first); week <= last; week = addDays(week, 7)) {
    const days = [0, 1, 2, 3, 4, 5, 6].map((i) => {
      const date = addDays(week, i);
      if (date < first || date > last) return null;
      return { date, slots: slots.filter((s) => s.date === date) };
    });
    rows.push({ week, days });
  }
  return rows;
}
