import type { Selectable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { PetitionClockTable } from '../../db/types.js';
import { createCalendarService, type CalendarService } from './calendar.service.js';
import { dueAt, grade, workingDaysAhead, type Due, type Pause } from './clock.js';
import { clocksRepository, subjectColumns, type ClockSubject } from './clocks.repository.js';
import { POLICY_PACKS } from './policies.js';

export type { ClockSubject } from './clocks.repository.js';

type ClockRow = Selectable<PetitionClockTable>;

/** A workflow event for the clocks: its name, the body whose pack applies, and a due time set by an assigning body. */
export interface ClockEvent {
  name: string;
  orgId: number;
  /** 交办 with a date: the clocks this event starts end then when that is earlier than the statute's due time. */
  limitAt?: Date | null;
}

/** The statute's due time, or an assigning body's earlier date (kept as the clock's `limit_at`): the statute is the outer limit. */
function capped(statute: Due, limitAt: Date | null | undefined) {
  const limit = limitAt && limitAt < statute.dueAt ? limitAt : null;
  return { dueAt: limit ?? statute.dueAt, limit, provisional: !limit && statute.provisional };
}

/** A clock as shown on every screen that lists deadlines: graded now, not at the last sweep. */
export function presentClock(c: ClockRow, now = new Date()) {
  const live = c.stopped_at ? null : grade(c.started_at, c.due_at, now);
  // A petitioner's window is shown with its time left but is no warning for anyone.
  const window = POLICY_PACKS[c.pack]?.clocks[c.key]?.petitionerWindow ?? false;
  return {
    key: c.key,
    label: c.label,
    pack: c.pack,
    startedAt: c.started_at,
    dueAt: c.due_at,
    provisional: c.provisional,
    grade: window ? null : (live?.grade ?? null),
    remainingMs: live?.remainingMs ?? null,
    stoppedAt: c.stopped_at,
    stopEvent: c.stop_event,
    setBy: c.limit_at && c.limit_at.getTime() === c.due_at.getTime() ? ('assigner' as const) : ('statute' as const),
  };
}
export type ClockDto = ReturnType<typeof presentClock>;

/** Starts, stops, shows and sweeps petition clocks by the body's policy pack and the official calendar. */
export function createClocksService({ db, calendar = createCalendarService({ db }) }: { db: Database; calendar?: CalendarService }) {
  return {
    /**
     * Applies workflow events to a petition's clocks, as the policy packs say: open clocks whose rule stops
     * on one of the events stop; then the pack of each event's body starts the clocks that start on it.
     * `at` is when the clocks start (a receipt may be earlier); `asOf`, the moment of the action they are graded
     * at: an action recorded afterwards is graded as it stood then, not against today.
     */
    async onEvents(trx: Executor, subject: ClockSubject, events: ClockEvent[], at: Date, asOf = new Date()) {
      const names = events.map((e) => e.name);
      const open = await clocksRepository.open(trx, subject);
      const stopping = open.filter((c) => POLICY_PACKS[c.pack]?.clocks[c.key]?.stopsOn.some((e) => names.includes(e)));
      await clocksRepository.stopIds(
        trx,
        stopping.map((c) => c.id),
        names.join(','),
      );
      const cal = await calendar.calendar(trx);
      // Events usually come from one body (a registration's two): its pack is looked up once.
      const orgIds = [...new Set(events.map((e) => e.orgId))];
      const packs = new Map(await Promise.all(orgIds.map(async (id) => [id, await calendar.packFor(id, trx)] as const)));
      for (const e of events) {
        const pack = packs.get(e.orgId)!;
        for (const [key, rule] of Object.entries(pack.clocks)) {
          if (!rule.startsOn.includes(e.name)) continue;
          const due = capped(dueAt(cal, at, rule.length, rule.unit, { extendOverDaysOff: pack.extendOverDaysOff }), e.limitAt);
          const now = grade(at, due.dueAt, asOf).grade;
          const id = await clocksRepository.insert(trx, {
            ...subjectColumns(subject),
            org_id: e.orgId,
            key,
            pack: pack.id,
            label: rule.label,
            started_at: at,
            due_at: due.dueAt,
            limit_at: due.limit,
            provisional: due.provisional,
            grade: now,
          });
          // A clock that starts late (a backdated receipt) warns at once, as the sweep would have; the sweep sees
          // the grade already stored and does not raise it again.
          if (now !== 'normal' && !rule.petitionerWindow) await clocksRepository.warn(trx, id, now);
        }
      }
    },

    /**
     * Lengthens the open clocks `key` by `units` (an approved extension, a mediation the parties agreed to extend)
     * and re-computes open clocks that the pack pauses for the given pauses (hearings): due times always follow
     * from start, length and pauses.
     */
    async recompute(
      trx: Executor,
      subject: ClockSubject,
      change: { extendKey?: string; units?: number; pauses: Pause[]; pausedBy: string },
    ) {
      const cal = await calendar.calendar(trx);
      for (const c of await clocksRepository.open(trx, subject)) {
        const pack = calendar.pack(c.pack);
        const rule = pack?.clocks[c.key];
        if (!pack || !rule) continue;
        const extended = c.extended + (c.key === change.extendKey ? (change.units ?? 0) : 0);
        const paused = rule.pausedBy?.includes(change.pausedBy) ?? false;
        if (extended === c.extended && !paused) continue;
        // An assigning body's date stays: an extension or a hearing moves only the statute's period.
        const due = capped(
          dueAt(cal, c.started_at, rule.length + extended, rule.unit, {
            extendOverDaysOff: pack.extendOverDaysOff,
            pauses: paused ? change.pauses : [],
          }),
          c.limit_at,
        );
        await clocksRepository.reschedule(trx, c.id, { due_at: due.dueAt, provisional: due.provisional, extended });
      }
    },

    /**
     * A merged petition is handled as part of the matter it joined: its clocks stop while it is merged (nobody can
     * act on it, so none may run out), and run on from their own start when it is unmerged.
     */
    async suspend(trx: Executor, petitionId: number) {
      const open = await clocksRepository.open(trx, { petitionId });
      await clocksRepository.stopIds(
        trx,
        open.map((c) => c.id),
        'merged',
      );
    },
    async resume(trx: Executor, petitionId: number) {
      await clocksRepository.reopen(trx, petitionId, 'merged');
    },

    /** All clocks of these petitions, by petition. */
    async forPetitions(trx: Executor, ids: number[]): Promise<Map<number, ClockDto[]>> {
      const now = new Date();
      const byPetition = new Map<number, ClockDto[]>();
      for (const c of await clocksRepository.forPetitions(trx, ids)) {
        // Selected by petition: never a dispute's clock.
        const id = c.petition_id!;
        byPetition.set(id, [...(byPetition.get(id) ?? []), presentClock(c, now)]);
      }
      return byPetition;
    },

    /** A dispute's clocks, first started first. */
    async forDispute(trx: Executor, disputeId: number): Promise<ClockDto[]> {
      const now = new Date();
      return (await clocksRepository.forDispute(trx, disputeId)).map((c) => presentClock(c, now));
    },

    /** The clocks of meeting decisions, by decision. */
    async forMeetingTasks(trx: Executor, taskIds: number[]): Promise<Map<number, ClockDto>> {
      const now = new Date();
      return new Map((await clocksRepository.forMeetingTasks(trx, taskIds)).map((c) => [c.meeting_task_id!, presentClock(c, now)]));
    },

    /** The end of the n-th working day after today by the calendar: the reach of "due within n working days". */
    horizon: async (workingDays: number, now = new Date()) => workingDaysAhead(await calendar.calendar(), now, workingDays),

    /** The periodic job: re-grade all open clocks and raise each new warning once. */
    sweep: (now = new Date()) => clocksRepository.sweep(db, now),
  };
}
export type ClocksService = ReturnType<typeof createClocksService>;
