/**
 * 值班 / 值日 (docs/GLOSSARY.md "Duty rosters"): who is on duty at a body each day, generated from a rotation per duty
 * role and the working-day calendar. Pure: the calendar comes in as a function, people's days off as a list.
 */
import { addDays } from './time.js';

/** 带班领导, 值班中层, 值日员 (the desk officer, who owns the matters registered on the shift). */
export const DUTY_ROLES = ['leader', 'manager', 'officer'] as const;
export type DutyRole = (typeof DUTY_ROLES)[number];
export const DUTY_ROLE_ZH: Record<DutyRole, string> = { leader: '带班领导', manager: '值班中层', officer: '值日员' };

/** A day shift of a working day, or a 24-hour shift of a non-working day at a body on round-the-clock duty. */
export const DUTY_SHIFT_KINDS = ['day', 'full'] as const;
export type DutyShiftKind = (typeof DUTY_SHIFT_KINDS)[number];
export const DUTY_SHIFT_KIND_ZH: Record<DutyShiftKind, string> = { day: '日间值班', full: '24小时值班' };

/** A swap asks the colleague, then the head of the body; only an approved swap changes the roster. */
export const DUTY_SWAP_STATES = ['requested', 'accepted', 'approved', 'declined', 'refused'] as const;
export type DutySwapState = (typeof DUTY_SWAP_STATES)[number];
export const DUTY_SWAP_STATE_ZH: Record<DutySwapState, string> = {
  requested: '待同事确认',
  accepted: '待领导审批',
  approved: '已批准',
  declined: '同事未同意',
  refused: '领导未批准',
};

/** The steps kept in a body's duty log: settings, generations and every step of a swap. */
export const DUTY_EVENT_KINDS = [
  'settings_updated',
  'generated',
  'swap_requested',
  'swap_accepted',
  'swap_declined',
  'swap_approved',
  'swap_refused',
] as const;
export type DutyEventKind = (typeof DUTY_EVENT_KINDS)[number];

/** A roster is generated for at most this many days at once. */
export const DUTY_MAX_RANGE_DAYS = 366;
/** Desk officers on one shift, at most. */
export const DUTY_MAX_OFFICERS = 5;

export type DutyRotation = Record<DutyRole, readonly number[]>;

export interface DutySettings {
  rotation: DutyRotation;
  /** Desk officers on each shift. */
  officersPerShift: number;
  /** Non-working days get a 24-hour shift from `dayStart` to `dayStart` of the next day; otherwise no duty. */
  roundTheClock: boolean;
  /** The working day's shift, China time, HH:MM. */
  dayStart: string;
  dayEnd: string;
}

export interface DutyShift {
  date: string;
  role: DutyRole;
  kind: DutyShiftKind;
  /** China date and time of the start and end (a 24-hour shift ends on the next day). */
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  userId: number;
}

export interface DutyRosterInput {
  from: string;
  to: string;
  settings: DutySettings;
  /** Days a person cannot be on duty (leave, a meeting), inclusive. */
  unavailable: readonly { userId: number; from: string; to: string }[];
  isWorkingDay: (ymd: string) => boolean;
  /** Each person's last duty day before `from`, so a roster continues the one before it. */
  lastOnDuty?: Readonly<Record<number, string>>;
}

/**
 * The shifts from `from` to `to`. Each role keeps a queue, first in the rotation's order, those longest off duty first
 * when `lastOnDuty` is given. A shift takes the first people in the queue free that day and sends them to its end, so
 * someone on leave keeps their place at the front and takes the next shift they can, and without leave everyone
 * serves as often as the others give or take one. A role whose whole queue is away that day has no shift, never a double one.
 */
export function generateRoster({ from, to, settings, unavailable, isWorkingDay, lastOnDuty = {} }: DutyRosterInput): DutyShift[] {
  const away = (userId: number, day: string) => unavailable.some((u) => u.userId === userId && u.from <= day && day <= u.to);
  const queues = Object.fromEntries(
    DUTY_ROLES.map((role) => {
      const order = [...settings.rotation[role]];
      // Stable: equal last days keep the rotation's order; never on duty comes first.
      const last = (id: number) => lastOnDuty[id] ?? '';
      return [role, order.sort((a, b) => last(a).localeCompare(last(b)))];
    }),
  ) as Record<DutyRole, number[]>;
  const shifts: DutyShift[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const working = isWorkingDay(date);
    if (!working && !settings.roundTheClock) continue;
    const times = working
      ? { kind: 'day' as const, startDate: date, startTime: settings.dayStart, endDate: date, endTime: settings.dayEnd }
      : { kind: 'full' as const, startDate: date, startTime: settings.dayStart, endDate: addDays(date, 1), endTime: settings.dayStart };
    for (const role of DUTY_ROLES) {
      const queue = queues[role];
      const wanted = role === 'officer' ? settings.officersPerShift : 1;
      const taken = queue.filter((id) => !away(id, date)).slice(0, wanted);
      queues[role] = [...queue.filter((id) => !taken.includes(id)), ...taken];
      for (const userId of taken) shifts.push({ date, role, ...times, userId });
    }
  }
  return shifts;
}

/** Days from `from` to `to`, both counted. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The first and last day of a month given as YYYY-MM. */
export function monthSpan(month: string): { first: string; last: string } {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { first: `${month}-01`, last: addDays(next, -1) };
}

/** A roster's shifts a row a day, in the order given: the printed roster and the screen's are the same rows. */
export function rosterDays<S extends { date: string }>(shifts: readonly S[]): { date: string; shifts: S[] }[] {
  const byDate = new Map<string, S[]>();
  for (const s of shifts) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
  return [...byDate].map(([date, of]) => ({ date, shifts: of }));
}

/** A shift's hours from its China wall-clock times (YYYY-MM-DD HH:mm): a 24-hour shift ends the next day. */
export function shiftHours(s: { date: string; startsAt: string; endsAt: string }): { start: string; end: string; nextDay: boolean } {
  return { start: s.startsAt.slice(11), end: s.endsAt.slice(11), nextDay: !s.endsAt.startsWith(s.date) };
}
