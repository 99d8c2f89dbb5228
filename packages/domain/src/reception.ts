/**
 * 领导接访日 (docs/GLOSSARY.md "Leader reception days"): the reception rules per level, quarters, the generation of a
 * quarter's plan and its checks. Pure: the working-day calendar comes in as a function, the leaders and their
 * unavailability as lists, so the server and the tests give the same answer for the same input.
 */
import type { Role } from './access.js';
import type { OrgKind } from './org.js';
import { addDays } from './time.js';

/** Whose reception a rule is: county (government) leaders, department leaders, township (street) leaders. */
export const RECEPTION_LEVELS = ['county', 'department', 'township'] as const;
export type ReceptionLevel = (typeof RECEPTION_LEVELS)[number];
export const RECEPTION_LEVEL_ZH: Record<ReceptionLevel, string> = {
  county: '县级领导',
  department: '部门领导',
  township: '乡镇（街道）领导',
};

/** The level whose rule a body's plan follows; other kinds of bodies hold no reception days. */
export const RECEPTION_LEVEL_OF_KIND: Partial<Record<OrgKind, ReceptionLevel>> = {
  government: 'county',
  bureau: 'department',
  department: 'department',
  township: 'township',
};

/**
 * How often a level receives: `weekdays` on each listed weekday that is a working day (county: Tuesday and
 * Thursday), `weekly` at least `perWeek` times a week (departments), `daily` every working day, make-up working
 * days included (townships).
 */
export const RECEPTION_CADENCES = ['weekdays', 'weekly', 'daily'] as const;
export type ReceptionCadence = (typeof RECEPTION_CADENCES)[number];
export const RECEPTION_CADENCE_ZH: Record<ReceptionCadence, string> = {
  weekdays: '每周固定日',
  weekly: '每周至少若干次',
  daily: '每个工作日',
};

/** 现场接访 or 视频接访 (a video reception carries its meeting link). */
export const RECEPTION_MODES = ['in_person', 'video'] as const;
export type ReceptionMode = (typeof RECEPTION_MODES)[number];
export const RECEPTION_MODE_ZH: Record<ReceptionMode, string> = { in_person: '现场接访', video: '视频接访' };

/** Why a leader cannot receive on some days: leave, a meeting, anything else (with a note). */
export const UNAVAILABILITY_KINDS = ['leave', 'meeting', 'other'] as const;
export type UnavailabilityKind = (typeof UNAVAILABILITY_KINDS)[number];
export const UNAVAILABILITY_KIND_ZH: Record<UnavailabilityKind, string> = { leave: '请假', meeting: '会议', other: '其他' };

/** Weekdays as ISO numbers: 1 Monday … 7 Sunday. */
export const WEEKDAY_ZH = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;

export interface ReceptionRule {
  level: ReceptionLevel;
  cadence: ReceptionCadence;
  /** `weekdays`: the fixed days; `weekly`: the preferred day (the first listed), the rest of the week after it. */
  weekdays: number[];
  /** `weekly`: receptions a week at least. */
  perWeek: number;
  /** The half working day, China time, HH:MM. */
  startTime: string;
  endTime: string;
  /** Places a generated slot offers for later bookings. */
  capacity: number;
  /** The plan of a quarter is published at least this many days before the quarter before it ends. */
  publishLeadDays: number;
  /** Holders of these roles at the body are its leaders for reception. */
  leaderRoles: Role[];
}

/** The rules of the 金寨 practice, which the administrator may change. */
export const DEFAULT_RECEPTION_RULES: Record<ReceptionLevel, ReceptionRule> = {
  county: {
    level: 'county',
    cadence: 'weekdays',
    weekdays: [2, 4],
    perWeek: 2,
    startTime: '08:30',
    endTime: '12:00',
    capacity: 10,
    publishLeadDays: 3,
    leaderRoles: ['leader'],
  },
  department: {
    level: 'department',
    cadence: 'weekly',
    weekdays: [3],
    perWeek: 1,
    startTime: '08:30',
    endTime: '12:00',
    capacity: 10,
    publishLeadDays: 3,
    leaderRoles: ['leader'],
  },
  township: {
    level: 'township',
    cadence: 'daily',
    weekdays: [],
    perWeek: 5,
    startTime: '08:30',
    endTime: '12:00',
    capacity: 10,
    publishLeadDays: 3,
    leaderRoles: ['leader'],
  },
};

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day of a quarter. */
export function quarterDays(q: Quarter): { first: string; last: string } {
  const first = `${q.year}-${pad(3 * (q.quarter - 1) + 1)}-01`;
  const next = nextQuarter(q);
  return { first, last: addDays(`${next.year}-${pad(3 * (next.quarter - 1) + 1)}-01`, -1) };
}

export function quarterOf(ymd: string): Quarter {
  return { year: Number(ymd.slice(0, 4)), quarter: (Math.floor((Number(ymd.slice(5, 7)) - 1) / 3) + 1) as Quarter['quarter'] };
}

export function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: (q.quarter + 1) as Quarter['quarter'] };
}

/** The quarters a plan may be made for on a day: the next one and the one after it. */
export function comingQuarters(today: string): Quarter[] {
  const next = nextQuarter(quarterOf(today));
  return [next, nextQuarter(next)];
}

/** The last day a quarter's plan may be published on time: `leadDays` before the quarter before it ends. */
export function publishDeadline(q: Quarter, leadDays: number): string {
  return addDays(quarterDays(q).first, -1 - leadDays);
}

/** ISO weekday of a day: 1 Monday … 7 Sunday. */
export function isoWeekday(ymd: string): number {
  return new Date(`${ymd}T00:00:00Z`).getUTCDay() || 7;
}

/** The Monday of a day's week. */
export function weekOf(ymd: string): string {
  return addDays(ymd, 1 - isoWeekday(ymd));
}

/** A run of days, first and last included. */
export interface DaySpan {
  first: string;
  last: string;
}

function daysOf({ first, last }: DaySpan): string[] {
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The span's days by week (Monday first), each week only with its days inside the span. */
function weeksOf(span: DaySpan): [string, string[]][] {
  const weeks = new Map<string, string[]>();
  for (const d of daysOf(span)) weeks.set(weekOf(d), [...(weeks.get(weekOf(d)) ?? []), d]);
  return [...weeks];
}

export interface Unavailability {
  leaderId: number;
  from: string;
  to: string;
}

const blockedOn = (unavailable: readonly Unavailability[], leaderId: number, day: string) =>
  unavailable.some((u) => u.leaderId === leaderId && u.from <= day && day <= u.to);

export interface GeneratedSlot {
  date: string;
  startTime: string;
  endTime: string;
  leaderIds: number[];
}

export interface PlanInput {
  quarter: Quarter;
  rule: ReceptionRule;
  /** The body's leaders by id; the rotation follows this order. */
  leaderIds: readonly number[];
  unavailable: readonly Unavailability[];
  isWorkingDay: (ymd: string) => boolean;
}

/**
 * A quarter's plan from the rule: one leader per reception, taken in turn (ids ascending) so every leader receives
 * as often as the others give or take one; a leader unavailable that day passes the turn to the next. A day no
 * leader can take gets no slot, and the check reports it.
 */
export function generatePlan({ quarter, rule, leaderIds, unavailable, isWorkingDay }: PlanInput): GeneratedSlot[] {
  const rota = [...leaderIds].sort((a, b) => a - b);
  let turn = 0;
  const slots: GeneratedSlot[] = [];
  const take = (date: string): boolean => {
    for (let k = 0; k < rota.length; k++) {
      const leader = rota[(turn + k) % rota.length]!;
      if (blockedOn(unavailable, leader, date)) continue;
      turn = (turn + k + 1) % rota.length;
      slots.push({ date, startTime: rule.startTime, endTime: rule.endTime, leaderIds: [leader] });
      return true;
    }
    return false;
  };
  const span = quarterDays(quarter);
  switch (rule.cadence) {
    case 'weekdays':
      for (const d of daysOf(span)) if (rule.weekdays.includes(isoWeekday(d)) && isWorkingDay(d)) take(d);
      break;
    case 'daily':
      for (const d of daysOf(span)) if (isWorkingDay(d)) take(d);
      break;
    case 'weekly': {
      const preferred = rule.weekdays[0] ?? 3;
      for (const [, days] of weeksOf(span)) {
        // From the preferred day to the end of the week, then the days before it.
        const order = days
          .filter(isWorkingDay)
          .sort((a, b) => ((isoWeekday(a) - preferred + 7) % 7) - ((isoWeekday(b) - preferred + 7) % 7));
        let held = 0;
        for (const d of order) if (held < rule.perWeek && take(d)) held++;
      }
      break;
    }
  }
  return slots;
}

export type ReceptionViolation =
  /** Fewer receptions in a week than the rule asks (weekdays: each fixed working weekday; weekly: perWeek). */
  | { kind: 'week_short'; week: string; planned: number; required: number }
  /** A township working day (make-up days included) without a leader receiving. */
  | { kind: 'day_without_leader'; date: string }
  /** A leader scheduled on a day of leave or a meeting. */
  | { kind: 'leader_blocked'; date: string; leaderId: number; slotId: number | null }
  /** Publication after the last day the rule allows. */
  | { kind: 'published_late'; date: string; deadline: string };
export type ReceptionViolationKind = ReceptionViolation['kind'];
export const RECEPTION_VIOLATION_KINDS = [
  'week_short',
  'day_without_leader',
  'leader_blocked',
  'published_late',
] as const satisfies readonly ReceptionViolationKind[];
export const RECEPTION_VIOLATION_ZH: Record<ReceptionViolationKind, string> = {
  week_short: '周接访次数不足',
  day_without_leader: '工作日无领导接访',
  leader_blocked: '领导当日不能接访（请假或会议）',
  published_late: '公布时间晚于规定',
};

export interface CheckInput {
  quarter: Quarter;
  rule: ReceptionRule;
  slots: readonly { id?: number; date: string; leaderIds: readonly number[] }[];
  unavailable: readonly Unavailability[];
  isWorkingDay: (ymd: string) => boolean;
  /** The day of publication (today for a draft); no timing check without it. */
  publishDate?: string;
}

const dayOf = (v: ReceptionViolation) => (v.kind === 'week_short' ? v.week : v.date);

/**
 * The rule's cadence against the days a leader received (`led`) within a span: the weeks short of their receptions
 * (`planned` counts the days led) or the township working days without a leader, in order of the day. A plan's
 * check passes its planned days; the compliance report the days receptions were held.
 */
export function cadenceViolations(
  rule: Pick<ReceptionRule, 'cadence' | 'weekdays' | 'perWeek'>,
  span: DaySpan,
  led: ReadonlySet<string>,
  isWorkingDay: (ymd: string) => boolean,
): ReceptionViolation[] {
  const found: ReceptionViolation[] = [];
  switch (rule.cadence) {
    case 'weekdays':
    case 'weekly':
      for (const [week, days] of weeksOf(span)) {
        const working = days.filter(isWorkingDay);
        const required =
          rule.cadence === 'weekdays'
            ? working.filter((d) => rule.weekdays.includes(isoWeekday(d))).length
            : Math.min(rule.perWeek, working.length);
        const planned = days.filter((d) => led.has(d)).length;
        if (planned < required) found.push({ kind: 'week_short', week, planned, required });
      }
      break;
    case 'daily':
      for (const d of daysOf(span)) if (isWorkingDay(d) && !led.has(d)) found.push({ kind: 'day_without_leader', date: d });
      break;
  }
  return found;
}

/** Every way a plan falls short of its rule, in order of the day concerned. */
export function checkPlan({ quarter, rule, slots, unavailable, isWorkingDay, publishDate }: CheckInput): ReceptionViolation[] {
  const led = new Set(slots.filter((s) => s.leaderIds.length > 0).map((s) => s.date));
  const found = cadenceViolations(rule, quarterDays(quarter), led, isWorkingDay);
  for (const s of slots)
    for (const leaderId of s.leaderIds)
      if (blockedOn(unavailable, leaderId, s.date)) found.push({ kind: 'leader_blocked', date: s.date, leaderId, slotId: s.id ?? null });
  found.sort((a, b) => dayOf(a).localeCompare(dayOf(b)));
  // Lateness concerns the whole plan: first.
  const deadline = publishDeadline(quarter, rule.publishLeadDays);
  return publishDate && publishDate > deadline ? [{ kind: 'published_late', date: publishDate, deadline }, ...found] : found;
}

/** True when two time ranges of the same day share a moment (HH:MM, end exclusive). */
export function timesOverlap(a: { startTime: string; endTime: string }, b: { startTime: string; endTime: string }): boolean {
  return a.startTime < b.endTime && b.startTime < a.endTime;
}

/**
 * 约访: a visitor's booking of a published slot. Booked → cancelled, checked in or no-show; a move keeps the booking
 * and changes its slot. At most 5 people come on one booking: a larger group sends up to 5 representatives (条例
 * Art. 18).
 */
export const BOOKING_STATUSES = ['booked', 'cancelled', 'checked_in', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_ZH: Record<BookingStatus, string> = {
  booked: '已预约',
  cancelled: '已取消',
  checked_in: '已到访',
  no_show: '未到',
};
/** What happened to a booking, one event each: nothing is deleted. */
export const BOOKING_EVENT_KINDS = [
  'booked',
  'cancelled',
  'moved',
  'checked_in',
  'no_show',
  'reminded',
  'slot_changed',
  'phone_viewed',
] as const;
export type BookingEventKind = (typeof BOOKING_EVENT_KINDS)[number];
export const BOOKING_MAX_PARTY = 5;
export const BOOKING_MATTER_MAX = 300;
/** Who came to the desk: with a booking, or walking in (走访, never needing one). */
export const VISIT_SOURCES = ['booking', 'walk_in'] as const;
export type VisitSource = (typeof VISIT_SOURCES)[number];
/** 接访记录 kinds: a leader's reception (on a slot or not), a joint one with several bodies, outreach (下访), 约访. */
export const RECEPTION_RECORD_KINDS = ['leader', 'joint', 'outreach', 'invitation'] as const;
export type ReceptionRecordKind = (typeof RECEPTION_RECORD_KINDS)[number];
export const RECEPTION_RECORD_KIND_ZH: Record<ReceptionRecordKind, string> = {
  leader: '领导接访',
  joint: '联合接访',
  outreach: '领导下访',
  invitation: '领导约访',
};
/** The kinds held on reception days, whose leaders are checked against the published plan (others are not planned). */
export const SCHEDULED_RECORD_KINDS: readonly ReceptionRecordKind[] = ['leader', 'joint'];

/** What the leader decided on a matter raised: solved on the spot, assigned to a body with a deadline, or the legal route. */
export const MATTER_DECISIONS = ['solved', 'assigned', 'legal_route'] as const;
export type MatterDecision = (typeof MATTER_DECISIONS)[number];
export const MATTER_DECISION_ZH: Record<MatterDecision, string> = {
  solved: '当场解决',
  assigned: '交办',
  legal_route: '告知法定途径',
};

/**
 * 合规情况报告 every two months (1–2月, 3–4月, …): the two-month period a day falls in, and its name. Any other
 * period may be reported as well; the report's span is capped at a year.
 */
export function bimonthOf(ymd: string): DaySpan {
  const year = Number(ymd.slice(0, 4));
  const first = 2 * Math.floor((Number(ymd.slice(5, 7)) - 1) / 2) + 1;
  const next = first === 11 ? `${year + 1}-01-01` : `${year}-${pad(first + 2)}-01`;
  return { first: `${year}-${pad(first)}-01`, last: addDays(next, -1) };
}

/** The six two-month periods of a year. */
export function bimonthsOf(year: number): DaySpan[] {
  return [1, 3, 5, 7, 9, 11].map((m) => bimonthOf(`${year}-${pad(m)}-01`));
}

/** 2026年9—10月 for a two-month period; null for any other span. */
export function bimonthName({ first, last }: DaySpan): string | null {
  const b = bimonthOf(first);
  if (b.first !== first || b.last !== last) return null;
  return `${first.slice(0, 4)}年${Number(first.slice(5, 7))}—${Number(last.slice(5, 7))}月`;
}
export const COMPLIANCE_MAX_DAYS = 366;

/**
 * The matters raised at receptions as the compliance report counts them, each figure drillable to its petitions:
 * all raised, by the leader's decision, the assigned ones concluded, concluded on time, rated and rated satisfied.
 */
export const MATTER_FIGURES = ['raised', 'solved', 'assigned', 'legal_route', 'concluded', 'on_time', 'rated', 'satisfied'] as const;
export type MatterFigure = (typeof MATTER_FIGURES)[number];
export const MATTER_FIGURE_ZH: Record<MatterFigure, string> = {
  raised: '反映事项',
  solved: '当场解决',
  assigned: '交办',
  legal_route: '告知法定途径',
  concluded: '交办已办结',
  on_time: '按期办结',
  rated: '参评',
  satisfied: '满意',
};
