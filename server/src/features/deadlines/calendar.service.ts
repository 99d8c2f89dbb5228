import { chinaDate, type ClockUnit } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { packageCalendar, WorkCalendar, type SpecialDay } from './calendar.js';
import { calendarRepository } from './calendar.repository.js';
import { dueAt, grade } from './clock.js';
import { DEFAULT_POLICY_PACK, POLICY_PACKS, type PolicyPack } from './policies.js';

const RELOAD_MS = 60_000;

/**
 * 节假日 and 时限策略: the working-day calendar (package + administrator-entered years), the policy packs as this
 * deployment runs them (`packs`, from policyPacks), and deadline previews.
 */
export function createCalendarService({ db, packs = POLICY_PACKS }: { db: Database; packs?: Record<string, PolicyPack> }) {
  const shipped = packageCalendar();
  let cached: { calendar: WorkCalendar; loadedAt: number } | undefined;

  /** The calendar, reloaded at most once a minute so every instance sees an administrator's entry soon. */
  async function calendar(executor: Executor = db): Promise<WorkCalendar> {
    if (cached && Date.now() - cached.loadedAt < RELOAD_MS) return cached.calendar;
    // Inside a transaction, read through it: a second pool connection per request can exhaust the pool.
    const years = await calendarRepository.years(executor);
    const days = await calendarRepository.days(executor);
    const entered = { years: years.map((y) => y.year), days };
    cached = { calendar: new WorkCalendar([shipped, entered]), loadedAt: Date.now() };
    return cached.calendar;
  }

  return {
    calendar,

    /** Which years are known, from where, and which the deadlines need but lack. */
    async status(now = new Date()) {
      const entered = await calendarRepository.years(db);
      const cal = await calendar();
      const current = Number(chinaDate(now).slice(0, 4));
      return {
        packageYears: shipped.years,
        enteredYears: entered.map((y) => ({ year: y.year, notice: y.notice, enteredAt: y.entered_at })),
        missingYears: [current, current + 1].filter((y) => !cal.covers(y)),
      };
    },

    /** One year's special days and where they come from. */
    async year(year: number) {
      const entered = (await calendarRepository.years(db)).find((y) => y.year === year);
      const days = entered
        ? (await calendarRepository.days(db)).filter((d) => d.date.startsWith(`${year}-`))
        : shipped.days.filter((d) => d.date.startsWith(`${year}-`));
      const source = entered ? ('entered' as const) : shipped.years.includes(year) ? ('package' as const) : null;
      return { year, source, notice: entered?.notice ?? null, days: days.sort((a, b) => a.date.localeCompare(b.date)) };
    },

    /** Enters a year's arrangement from the State Council's notice; replaces what was entered before. */
    async setYear(actor: Actor, year: number, notice: string, days: SpecialDay[]) {
      const wrong = days.findIndex((d) => !d.date.startsWith(`${year}-`));
      if (wrong >= 0)
        throw new AppError('validation_failed', { fields: [{ path: `days.${wrong}.date`, message: `日期不属于 ${year} 年` }] });
      const seen = new Set<string>();
      for (const [i, d] of days.entries()) {
        if (seen.has(d.date)) throw new AppError('validation_failed', { fields: [{ path: `days.${i}.date`, message: '日期重复' }] });
        seen.add(d.date);
      }
      const before = await this.year(year);
      await db.transaction().execute(async (trx) => {
        await calendarRepository.setYear(trx, year, notice, days, actor.userId);
        await auditService.record(trx, actor, {
          action: 'calendar.year_set',
          objectType: 'calendar_year',
          objectId: year,
          orgId: actor.orgId,
          before: { source: before.source, days: before.days.length },
          after: {
            notice,
            holidays: days.filter((d) => d.kind === 'holiday').length,
            workdays: days.filter((d) => d.kind === 'workday').length,
          },
        });
      });
      cached = undefined;
      return this.year(year);
    },

    /** When a clock would run out, for checking a pack or a calendar entry. */
    async preview(start: Date, length: number, unit: ClockUnit, extendOverDaysOff: boolean, now = new Date()) {
      const due = dueAt(await calendar(), start, length, unit, { extendOverDaysOff });
      return { ...due, ...grade(start, due.dueAt, now) };
    },

    packs: () => Object.values(packs),

    /** A pack by its id (a clock names the one it started under); undefined for a pack no longer shipped. */
    pack: (id: string): PolicyPack | undefined => packs[id],

    /** The pack a body works under: its own, else the nearest above, else the national default. */
    async packFor(orgId: number, executor: Executor = db) {
      return packs[(await calendarRepository.effectivePack(executor, orgId)) ?? DEFAULT_POLICY_PACK]!;
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
