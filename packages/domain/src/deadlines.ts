/** How near a running deadline is to its end (docs/GLOSSARY.md). */
export const DEADLINE_GRADES = ['normal', 'due_soon', 'due_today', 'overdue'] as const;
export type DeadlineGrade = (typeof DEADLINE_GRADES)[number];
export const DEADLINE_GRADE_ZH: Record<DeadlineGrade, string> = {
  normal: '正常',
  due_soon: '即将到期',
  due_today: '今日到期',
  overdue: '已超期',
};

/** The work list's deadline filter: any open deadline, or one grade. */
export const DEADLINE_FILTERS = ['open', ...DEADLINE_GRADES] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

/** Whose deadlines the supervision list shows: the user's body's own, or all below it too. */
export const DEADLINE_SCOPES = ['own', 'all'] as const;
export type DeadlineScope = (typeof DEADLINE_SCOPES)[number];

/** What a deadline is counted in (条例 and the policy packs). */
export const CLOCK_UNITS = ['calendar_day', 'working_day', 'hour'] as const;
export type ClockUnit = (typeof CLOCK_UNITS)[number];
export const CLOCK_UNIT_ZH: Record<ClockUnit, string> = { calendar_day: '日', working_day: '工作日', hour: '小时' };

/** Whose due time a clock runs to: the statute's (the policy pack's), or an earlier one the assigning body set in its 交办. */
export const DUE_SETTERS = ['statute', 'assigner'] as const;
export type DueSetter = (typeof DUE_SETTERS)[number];

/**
 * "Due soon" on the handler's and the head's first screens: an open deadline ending within this many working days
 * (the working-day calendar, today not counted, as a period is counted), not the clock's 即将到期 grade.
 */
export const DUE_SOON_WORKING_DAYS = 3;
/** The longest "due within n working days" the work list accepts. */
export const DUE_WITHIN_MAX = 20;
