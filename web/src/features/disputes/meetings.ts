import { chinaDate, weekOf, type DeadlineGrade, type MeetingKind, type SummaryPeriod } from '@xinfang/domain';
import type { MeetingInput, MeetingTask } from './api/meetings';

/** 日排查日报告 and 动态分析会: the pure parts (unit-tested in meetings.test.ts). */

/** The day a summary is of: the day itself, or for a week the Monday of the day's week. */
export function summaryDay(period: SummaryPeriod, day: string): string {
  return period === 'week' ? weekOf(day) : day;
}

/** The day the summaries page opens on: today (China time), or the Monday of this week. */
export function defaultSummaryDay(period: SummaryPeriod, now: Date = new Date()): string {
  return summaryDay(period, chinaDate(now));
}

/** A decision's state as shown: done, or how near its due day is by its clock (its due day when it has none). */
export type TaskState = 'done' | DeadlineGrade;

export function taskState(task: Pick<MeetingTask, 'doneAt' | 'clock' | 'dueOn'>, now: Date = new Date()): TaskState {
  if (task.doneAt) return 'done';
  if (task.clock?.grade) return task.clock.grade;
  const today = chinaDate(now);
  return today > task.dueOn ? 'overdue' : today === task.dueOn ? 'due_today' : 'normal';
}

export const TASK_STATE_COLOUR = { done: 'blue', normal: 'green', due_soon: 'gold', due_today: 'orange', overdue: 'red' } as const;

/** One decision row of the meeting form. */
export interface TaskRow {
  orgId?: number | null;
  title?: string;
  /** YYYY-MM-DD (a native date field). */
  dueOn?: string;
}

/** The meeting form's values: the lists are rows of one pick each, so a server error on `disputeIds.1` finds its row. */
export interface MeetingValues {
  kind: MeetingKind;
  heldOn: string;
  chair?: string;
  presentOrgIds: (number | null | undefined)[];
  disputeIds: (number | null | undefined)[];
  petitionIds: (number | null | undefined)[];
  notes?: string;
  tasks: TaskRow[];
}

/** The meeting form's fields, for server errors on them. */
export const MEETING_FIELDS = ['kind', 'heldOn', 'chair', 'presentOrgIds', 'disputeIds', 'petitionIds', 'notes', 'tasks'] as const;

/** A fresh form: an analysis meeting held today, no decision yet. */
export function emptyMeeting(now: Date = new Date()): MeetingValues {
  return { kind: 'analysis', heldOn: chinaDate(now), presentOrgIds: [], disputeIds: [], petitionIds: [], tasks: [] };
}

const text = (v: string | null | undefined): string => (v ?? '').trim();
const ids = (rows: (number | null | undefined)[]): number[] => rows.map((v) => Number(v));

/**
 * The meeting as sent: trimmed. Every row goes as it stands (the form requires each row's fields), so that the
 * index of a server error (`tasks.2.dueOn`) is the index of the row on the form.
 */
export function toMeetingInput(v: MeetingValues): MeetingInput {
  return {
    kind: v.kind,
    heldOn: v.heldOn,
    chair: text(v.chair),
    presentOrgIds: ids(v.presentOrgIds ?? []),
    disputeIds: ids(v.disputeIds ?? []),
    petitionIds: ids(v.petitionIds ?? []),
    notes: text(v.notes),
    tasks: (v.tasks ?? []).map((t) => ({ orgId: Number(t.orgId), title: text(t.title), dueOn: t.dueOn ?? '' })),
  };
}
