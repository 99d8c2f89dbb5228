import { CHINA_OFFSET_MS, dueParts, type DeadlineGrade } from '@xinfang/domain';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import type { Clock } from './api/calendar';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const pad = (n: number) => String(n).padStart(2, '0');
const words = (language: string) => (language === 'en' ? en : zh).deadline;
const fill = (template: string, values: Record<string, number | string>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

/** Tag colour of each warning grade: 正常 green, 即将到期 orange, 今日到期 red-orange, 已超期 red. */
export const GRADE_COLOURS: Record<DeadlineGrade, string> = { normal: 'green', due_soon: 'orange', due_today: 'volcano', overdue: 'red' };

/** The tag of a grade: its colour and its words in the language. */
export function gradeTag(grade: DeadlineGrade, language: string): { color: string; text: string } {
  return { color: GRADE_COLOURS[grade], text: words(language).grades[grade] };
}

/**
 * Time left (or past due) in words: whole days and hours, rounded down — 剩余 3 天 5 小时, 剩余 5 小时,
 * 剩余不足 1 小时; 已超期 2 天, 已超期 2 天 3 小时, 已超期不足 1 小时.
 */
export function remainingText(remainingMs: number, language: string): string {
  const w = words(language);
  const set = remainingMs < 0 ? w.overdueBy : w.remaining;
  const ms = Math.abs(remainingMs);
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
  if (days > 0 && hours > 0) return fill(set.daysHours, { days, hours });
  if (days > 0) return fill(set.days, { days });
  if (hours > 0) return fill(set.hours, { hours });
  return set.lessThanHour;
}

/** What stopped a clock, in words (已受理, 已转送, 已交办, 不予受理), or null when not known. */
export function stopEventText(event: string | null, language: string): string | null {
  if (!event) return null;
  const known: Record<string, string> = words(language).stopEvents;
  return known[event] ?? null;
}

/** A start time in China time: 2026年11月13日 9时30分 (zh), 13 Nov 2026, 09:30 (en). */
export function formatStart(iso: string, language: string): string {
  const d = new Date(Date.parse(iso) + CHINA_OFFSET_MS);
  const [year, month, day, hour, minute] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
  if (language === 'en') {
    const name = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1];
    return `${day} ${name} ${year}, ${pad(hour)}:${pad(minute)}`;
  }
  return `${year}年${month}月${day}日 ${hour}时${minute ? `${minute}分` : ''}`;
}

/** The years a clock runs through (China time) that the calendar lacks: why its due time is provisional. */
export function clockMissingYears(clock: Pick<Clock, 'startedAt' | 'dueAt'>, missingYears: readonly number[]): number[] {
  const from = new Date(Date.parse(clock.startedAt) + CHINA_OFFSET_MS).getUTCFullYear();
  const to = dueParts(clock.dueAt).year;
  return missingYears.filter((y) => y >= from && y <= to);
}
