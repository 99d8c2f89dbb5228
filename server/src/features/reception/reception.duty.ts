import {
  addDays,
  chinaDate,
  chinaDateTime,
  daysBetween,
  DUTY_MAX_RANGE_DAYS,
  DUTY_ROLES,
  generateRoster,
  monthSpan,
  type DutyEventKind,
  type DutyRole,
  type DutyRotation,
  type DutySettings,
  chinaInstant,
  endOfChinaDay,
} from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import type { Org } from '../../db/types.js';
import { AppError, errorMessage, fieldError, type ErrorCode } from '../../errors.js';
import type { CalendarService } from '../deadlines/index.js';
import type { NotificationsService } from '../notifications/index.js';
import { petitionRecords } from '../petitions/index.js';
import { tellOfSwap } from './reception.duty.notices.js';
import { dutyRepository as repo } from './reception.duty.repository.js';
import type { DutySettingsBody, ShiftDto, SwapBody } from './reception.duty.schema.js';
import { receptionRepository } from './reception.repository.js';
import { rosterWorkbook } from './reception.duty.xlsx.js';
import { orgInReach } from './reception.service.js';

type SettingsRow = NonNullable<Awaited<ReturnType<typeof repo.settings>>>;
type ShiftRow = Awaited<ReturnType<typeof repo.shifts>>[number];
type SwapRow = Awaited<ReturnType<typeof repo.swaps>>[number];

/** A refusal naming the request's field at fault, in the catalogue's words. */
const refuse = (code: ErrorCode, path?: string) =>
  new AppError(code, path ? { fields: [{ path, message: errorMessage(code, 'zh') }] } : {});

const settingsOf = (s: SettingsRow): DutySettings => ({
  rotation: s.rotation as DutyRotation,
  officersPerShift: s.officers_per_shift,
  roundTheClock: s.round_the_clock,
  dayStart: s.day_start,
  dayEnd: s.day_end,
});
const presentSettings = (s: SettingsRow) => ({
  orgId: s.org_id,
  ...settingsOf(s),
  rotation: s.rotation as Record<DutyRole, number[]>,
  updatedAt: s.updated_at.toISOString(),
});
const presentShift = (s: ShiftRow): ShiftDto => ({
  id: s.id,
  orgId: s.org_id,
  date: s.duty_date,
  role: s.role,
  kind: s.kind,
  startsAt: chinaDateTime(s.starts_at),
  endsAt: chinaDateTime(s.ends_at),
  userId: s.user_id,
  userName: s.display_name,
});
const presentSwap = (w: SwapRow) => ({
  id: w.id,
  orgId: w.org_id,
  shiftId: w.shift_id,
  shiftDate: w.shift_date,
  shiftRole: w.shift_role,
  counterShiftId: w.counter_shift_id,
  counterDate: w.counter_date,
  requester: { id: w.requester_id, name: w.requester_name },
  colleague: { id: w.colleague_id, name: w.colleague_name },
  reason: w.reason,
  state: w.state,
  decidedBy: w.decided_by === null ? null : { id: w.decided_by, name: w.decider_name ?? '' },
  note: w.note,
  createdAt: w.created_at.toISOString(),
});

/**
 * 值班 / 值日: a body's rotation, the roster generated from it and the working-day calendar, swaps asked of a
 * colleague and approved by a leader of the body, and the matters a desk officer owns for having been on duty when
 * they were registered. Every step is a duty event and an audit record; shifts are retired and replaced, never
 * rewritten.
 */
export function createDutyService({
  db,
  calendar,
  notifications,
}: {
  db: Database;
  calendar: CalendarService;
  notifications: NotificationsService;
}) {
  async function bodyOf(trx: Executor, actor: Actor, orgId: number): Promise<Org> {
    const org = await orgInReach(trx, actor, orgId);
    if (!org) throw refuse('duty_body_unknown', 'orgId');
    return org;
  }

  /** Refuses a rotation naming someone not active at the body, or too short for a shift. */
  async function checkRotation(trx: Executor, org: Org, settings: DutySettings) {
    const staff = new Set((await repo.people(trx, org.id)).map((p) => p.id));
    for (const role of DUTY_ROLES) {
      const ids = settings.rotation[role];
      const stranger = ids.findIndex((id) => !staff.has(id));
      if (stranger >= 0) throw refuse('duty_person_not_of_body', `rotation.${role}.${stranger}`);
      if (ids.length < (role === 'officer' ? settings.officersPerShift : 1)) throw refuse('duty_rotation_empty', `rotation.${role}`);
    }
  }

  async function event(trx: Executor, actor: Actor, orgId: number, kind: DutyEventKind, swapId: number | null, detail: object) {
    await repo.insertEvent(trx, { org_id: orgId, kind, swap_id: swapId, actor_id: actor.userId, detail: JSON.stringify(detail) });
    await auditService.record(trx, actor, {
      action: `duty.${kind}`,
      objectType: swapId === null ? 'duty_roster' : 'duty_swap',
      objectId: swapId ?? orgId,
      orgId,
      after: { ...detail },
    });
    if (swapId !== null) await tellOfSwap(trx, notifications, kind, orgId, swapId);
  }

  /** The swap in a state that allows the step, locked; the actor's part in it is checked by the caller. */
  async function swapIn(trx: Executor, id: number, state: 'requested' | 'accepted') {
    const swap = await repo.swapForUpdate(trx, id);
    if (!swap) throw new AppError('duty_swap_not_found');
    if (swap.state !== state) throw new AppError('duty_swap_state');
    return swap;
  }

  /** An active shift that has not begun. */
  async function futureShift(trx: Executor, id: number, now: Date, field: string) {
    const shift = await repo.shift(trx, id);
    if (!shift) throw refuse('duty_shift_not_found', field);
    if (shift.starts_at <= now) throw refuse('duty_swap_past', field);
    return shift;
  }

  async function swapAnswer(trx: Executor, orgId: number, id: number) {
    return presentSwap((await repo.swaps(trx, orgId, id))[0]!);
  }

  return {
    /** A month's roster as an Excel workbook to print; the download is audited. */
    async rosterFile(actor: Actor, orgId: number, month: string) {
      const org = await bodyOf(db, actor, orgId);
      const { first, last } = monthSpan(month);
      const file = await rosterWorkbook(org.name, month, (await repo.shifts(db, { orgId: org.id }, first, last)).map(presentShift));
      await db.transaction().execute((trx) =>
        auditService.record(trx, actor, {
          action: 'duty.exported',
          objectType: 'duty_roster',
          objectId: org.id,
          orgId: org.id,
          after: { month },
        }),
      );
      return file;
    },

    /** The rotation, the body's staff, the shifts over a span of days and the swaps. */
    async roster(actor: Actor, orgId: number, from: string, to: string) {
      const org = await bodyOf(db, actor, orgId);
      if (to < from) throw fieldError('to', '结束日期不能早于开始日期');
      if (daysBetween(from, to) > DUTY_MAX_RANGE_DAYS) throw refuse('duty_range_too_long', 'to');
      const settings = await repo.settings(db, org.id);
      return {
        settings: settings ? presentSettings(settings) : null,
        people: (await repo.people(db, org.id)).map((p) => ({ id: p.id, name: p.display_name })),
        shifts: (await repo.shifts(db, { orgId: org.id }, from, to)).map(presentShift),
        swaps: (await repo.swaps(db, org.id)).map(presentSwap),
      };
    },

    async saveSettings(actor: Actor, orgId: number, body: DutySettingsBody) {
      return db.transaction().execute(async (trx) => {
        const org = await bodyOf(trx, actor, orgId);
        await checkRotation(trx, org, body);
        const row = await repo.saveSettings(trx, {
          org_id: org.id,
          rotation: JSON.stringify(body.rotation),
          officers_per_shift: body.officersPerShift,
          round_the_clock: body.roundTheClock,
          day_start: body.dayStart,
          day_end: body.dayEnd,
          updated_by: actor.userId,
        });
        await event(trx, actor, org.id, 'settings_updated', null, body);
        return presentSettings(row);
      });
    },

    /**
     * Generates the roster from `from` to `to` (from tomorrow on), replacing the shifts of those days. People's
     * leave and meetings (leader_unavailability) are skipped; the rotation continues from the last roster.
     */
    async generate(actor: Actor, body: { orgId: number; from: string; to: string }, now = new Date()) {
      if (body.to < body.from) throw fieldError('to', '结束日期不能早于开始日期');
      if (daysBetween(body.from, body.to) > DUTY_MAX_RANGE_DAYS) throw refuse('duty_range_too_long', 'to');
      if (body.from <= chinaDate(now)) throw refuse('duty_range_not_ahead', 'from');
      return db.transaction().execute(async (trx) => {
        const org = await bodyOf(trx, actor, body.orgId);
        const row = await repo.settings(trx, org.id);
        if (!row) throw new AppError('duty_settings_missing');
        const settings = settingsOf(row);
        await checkRotation(trx, org, settings);
        const before = await repo.shifts(trx, { orgId: org.id }, body.from, body.to);
        if (
          before.length > 0 &&
          (await repo.pendingSwapOn(
            trx,
            before.map((s) => s.id),
          ))
        )
          throw new AppError('duty_swap_pending');
        const everyone = [...new Set(DUTY_ROLES.flatMap((r) => settings.rotation[r]))];
        const unavailable = (await receptionRepository.unavailability(trx, everyone, body.from, body.to)).map((u) => ({
          userId: u.user_id,
          from: u.from_date,
          to: u.to_date,
        }));
        const cal = await calendar.calendar(trx);
        const shifts = generateRoster({
          from: body.from,
          to: body.to,
          settings,
          unavailable,
          isWorkingDay: (d) => cal.isWorkingDay(d),
          lastOnDuty: await repo.lastOnDuty(trx, org.id, body.from),
        });
        const retired = await repo.retireShifts(trx, org.id, body.from, body.to);
        await repo.insertShifts(
          trx,
          shifts.map((s) => ({
            org_id: org.id,
            duty_date: s.date,
            role: s.role,
            kind: s.kind,
            starts_at: chinaInstant(s.startDate, s.startTime),
            ends_at: chinaInstant(s.endDate, s.endTime),
            user_id: s.userId,
          })),
        );
        await event(trx, actor, org.id, 'generated', null, { from: body.from, to: body.to, shifts: shifts.length, retired });
        return (await repo.shifts(trx, { orgId: org.id }, body.from, body.to)).map(presentShift);
      });
    },

    /** The person on a shift asks a colleague of the same body to take it (or to exchange it for one of theirs). */
    async requestSwap(actor: Actor, body: SwapBody, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const shift = await futureShift(trx, body.shiftId, now, 'shiftId');
        if (shift.user_id !== actor.userId) throw refuse('duty_swap_not_own', 'shiftId');
        if (body.colleagueId === actor.userId) throw refuse('duty_swap_self', 'colleagueId');
        if (!(await repo.people(trx, shift.org_id)).some((p) => p.id === body.colleagueId))
          throw refuse('duty_person_not_of_body', 'colleagueId');
        const ids = [shift.id];
        if (body.counterShiftId !== null) {
          const counter = await futureShift(trx, body.counterShiftId, now, 'counterShiftId');
          if (counter.user_id !== body.colleagueId || counter.org_id !== shift.org_id)
            throw refuse('duty_shift_not_found', 'counterShiftId');
          ids.push(counter.id);
        }
        if (await repo.pendingSwapOn(trx, ids)) throw new AppError('duty_swap_pending');
        const swap = await repo.insertSwap(trx, {
          org_id: shift.org_id,
          shift_id: shift.id,
          counter_shift_id: body.counterShiftId,
          requester_id: actor.userId,
          colleague_id: body.colleagueId,
          reason: body.reason,
          state: 'requested',
        });
        await event(trx, actor, shift.org_id, 'swap_requested', swap.id, body);
        return swapAnswer(trx, shift.org_id, swap.id);
      });
    },

    /** The colleague asked agrees (the swap goes to a leader) or declines (it ends). */
    async answerSwap(actor: Actor, id: number, accept: boolean, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const swap = await swapIn(trx, id, 'requested');
        if (swap.colleague_id !== actor.userId) throw new AppError('duty_swap_not_colleague');
        if (accept) await futureShift(trx, swap.shift_id, now, 'shiftId');
        await repo.updateSwap(trx, id, { state: accept ? 'accepted' : 'declined' });
        await event(trx, actor, swap.org_id, accept ? 'swap_accepted' : 'swap_declined', id, {});
        return swapAnswer(trx, swap.org_id, id);
      });
    },

    /**
     * A leader of the body, not party to the swap, approves (the shifts pass to their new holders: each old shift
     * retired, its successor inserted) or refuses it.
     */
    async decideSwap(actor: Actor, id: number, approve: boolean, note: string | null, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const swap = await swapIn(trx, id, 'accepted');
        const party = actor.userId === swap.requester_id || actor.userId === swap.colleague_id;
        if (party || actor.orgId !== swap.org_id || !actor.roles.includes('leader')) throw new AppError('duty_swap_not_entitled');
        if (approve) {
          const moves = [{ id: swap.shift_id, to: swap.colleague_id }];
          if (swap.counter_shift_id !== null) moves.push({ id: swap.counter_shift_id, to: swap.requester_id });
          for (const move of moves) {
            const old = await futureShift(trx, move.id, now, 'shiftId');
            await repo.retireShift(trx, old.id);
            const { id: _id, created_at: _created, removed_at: _removed, ...kept } = old;
            await repo.insertShifts(trx, [{ ...kept, user_id: move.to, replaces_id: old.id }]);
          }
        }
        await repo.updateSwap(trx, id, { state: approve ? 'approved' : 'refused', decided_by: actor.userId, note });
        await event(trx, actor, swap.org_id, approve ? 'swap_approved' : 'swap_refused', id, { note });
        return swapAnswer(trx, swap.org_id, id);
      });
    },

    /** The actor's own shifts from today for two months, and 本班次登记: the matters they own until routed. */
    async mine(actor: Actor, now = new Date()) {
      const today = chinaDate(now);
      return {
        shifts: (await repo.shifts(db, { userId: actor.userId }, today, addDays(today, 62))).map(presentShift),
        matters: (await repo.shiftOwnership(db, { userId: actor.userId })).map((m) => ({
          id: m.id,
          number: m.number,
          title: m.title,
          status: m.status,
          registeredAt: chinaDateTime(m.created_at),
          shiftId: m.shift_id,
        })),
      };
    },

    /**
     * 我的日程: a month of the actor's reception slots in published plans, duty shifts and days of leave or meetings
     * (owned cases and instructions come from the workflow's own views).
     */
    async calendar(actor: Actor, month: string) {
      const { first: from, last: to } = monthSpan(month);
      const receptions = await repo.leaderSlots(db, actor.userId, chinaInstant(from, '00:00'), endOfChinaDay(to));
      return {
        receptions: receptions.map((r) => ({
          id: r.id,
          date: chinaDate(r.starts_at),
          startsAt: chinaDateTime(r.starts_at),
          endsAt: chinaDateTime(r.ends_at),
          mode: r.mode,
          orgName: r.org_name,
          placeName: r.place_name,
        })),
        shifts: (await repo.shifts(db, { userId: actor.userId }, from, to)).map(presentShift),
        unavailability: (await receptionRepository.unavailability(db, [actor.userId], from, to)).map((u) => ({
          id: u.id,
          from: u.from_date,
          to: u.to_date,
          kind: u.kind,
          note: u.note,
        })),
      };
    },

    /** Who owns a matter for having been on desk duty when it was registered, while it waits to be routed. */
    async owners(actor: Actor, petitionId: number) {
      if (!(await petitionRecords.findVisible(db, actor, petitionId))) throw new AppError('petition_not_found');
      return (await repo.shiftOwnership(db, { petitionId })).map((o) => ({
        userId: o.owner_id,
        name: o.owner_name,
        shiftId: o.shift_id,
        startsAt: chinaDateTime(o.starts_at),
        endsAt: chinaDateTime(o.ends_at),
      }));
    },
  };
}
export type DutyService = ReturnType<typeof createDutyService>;
