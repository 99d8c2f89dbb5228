import type { Selectable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { PetitionClockTable } from '../../db/types.js';
import { createCalendarService, type CalendarService } from './calendar.service.js';
import { dueAt, grade } from './clock.js';
import { clocksRepository } from './clocks.repository.js';

type ClockRow = Selectable<PetitionClockTable>;

/** A clock as shown on every screen that lists deadlines: graded now, not at the last sweep. */
export function presentClock(c: ClockRow, now = new Date()) {
  const live = c.stopped_at ? null : grade(c.started_at, c.due_at, now);
  return {
    key: c.key,
    label: c.label,
    pack: c.pack,
    startedAt: c.started_at,
    dueAt: c.due_at,
    provisional: c.provisional,
    grade: live?.grade ?? null,
    remainingMs: live?.remainingMs ?? null,
    stoppedAt: c.stopped_at,
    stopEvent: c.stop_event,
  };
}
export type ClockDto = ReturnType<typeof presentClock>;

/** Starts, stops, shows and sweeps petition clocks by the body's policy pack and the official calendar. */
export function createClocksService({ db, calendar = createCalendarService({ db }) }: { db: Database; calendar?: CalendarService }) {
  return {
    /** Starts the pack's clock `key` for the body that must act; a pack without that clock starts nothing. */
    async start(trx: Executor, c: { petitionId: number; orgId: number; key: string; startedAt: Date }) {
      const pack = await calendar.packFor(c.orgId, trx);
      const rule = pack.clocks[c.key];
      if (!rule) return;
      const due = dueAt(await calendar.calendar(trx), c.startedAt, rule.length, rule.unit, { extendOverDaysOff: pack.extendOverDaysOff });
      await clocksRepository.insert(trx, {
        petition_id: c.petitionId,
        org_id: c.orgId,
        key: c.key,
        pack: pack.id,
        label: rule.label,
        started_at: c.startedAt,
        due_at: due.dueAt,
        provisional: due.provisional,
        grade: grade(c.startedAt, due.dueAt, new Date()).grade,
      });
    },

    stop: (trx: Executor, petitionId: number, keys: string[], event: string) => clocksRepository.stop(trx, petitionId, keys, event),

    /** All clocks of these petitions, by petition. */
    async forPetitions(trx: Executor, ids: number[]): Promise<Map<number, ClockDto[]>> {
      const now = new Date();
      const byPetition = new Map<number, ClockDto[]>();
      for (const c of await clocksRepository.forPetitions(trx, ids))
        byPetition.set(c.petition_id, [...(byPetition.get(c.petition_id) ?? []), presentClock(c, now)]);
      return byPetition;
    },

    /** The periodic job: re-grade all open clocks and raise each new warning once. */
    sweep: (now = new Date()) => clocksRepository.sweep(db, now),
  };
}
export type ClocksService = ReturnType<typeof createClocksService>;
