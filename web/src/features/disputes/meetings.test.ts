import { describe, expect, it } from 'vitest';
import type { MeetingTask } from './api/meetings';
import { defaultSummaryDay, emptyMeeting, summaryDay, taskState, toMeetingInput } from './meetings';

describe('the day a summary is of', () => {
  it('is the day itself for a daily report, and the Monday of its week for a weekly one', () => {
    expect(summaryDay('day', '2026-12-10')).toBe('2026-12-10');
    // 2026-12-07 is a Monday: the week of Monday to Sunday 2026-12-13.
    expect(summaryDay('week', '2026-12-07')).toBe('2026-12-07');
    expect(summaryDay('week', '2026-12-10')).toBe('2026-12-07');
    expect(summaryDay('week', '2026-12-13')).toBe('2026-12-07');
    expect(summaryDay('week', '2026-12-14')).toBe('2026-12-14');
    // Across a month and a year.
    expect(summaryDay('week', '2027-01-02')).toBe('2026-12-28');
  });

  it('opens on today in China time, or the Monday of this week', () => {
    // 2026-12-13 20:00 UTC is Monday 2026-12-14 04:00 in China.
    const now = new Date('2026-12-13T20:00:00Z');
    expect(defaultSummaryDay('day', now)).toBe('2026-12-14');
    expect(defaultSummaryDay('week', now)).toBe('2026-12-14');
    expect(defaultSummaryDay('week', new Date('2026-12-13T10:00:00Z'))).toBe('2026-12-07');
  });
});

describe("a decision's state", () => {
  const clock = (grade: 'normal' | 'due_soon' | 'due_today' | 'overdue' | null) =>
    ({ grade, dueAt: '2026-12-12T16:00:00Z' }) as unknown as MeetingTask['clock'];
  const now = new Date('2026-12-10T02:00:00Z');

  it('is done once reported done, whatever its clock said', () => {
    expect(taskState({ doneAt: '2026-12-09T08:00:00Z', clock: clock('overdue'), dueOn: '2026-12-08' }, now)).toBe('done');
  });

  it("is its clock's grade while open", () => {
    for (const grade of ['normal', 'due_soon', 'due_today', 'overdue'] as const)
      expect(taskState({ doneAt: null, clock: clock(grade), dueOn: '2026-12-12' }, now)).toBe(grade);
  });

  it('is read from its due day when it has no running clock', () => {
    expect(taskState({ doneAt: null, clock: null, dueOn: '2026-12-09' }, now)).toBe('overdue');
    expect(taskState({ doneAt: null, clock: null, dueOn: '2026-12-10' }, now)).toBe('due_today');
    expect(taskState({ doneAt: null, clock: clock(null), dueOn: '2026-12-11' }, now)).toBe('normal');
  });
});

describe('the meeting as sent', () => {
  it('starts as an analysis meeting held today with nothing picked', () => {
    expect(emptyMeeting(new Date('2026-12-10T17:00:00Z'))).toEqual({
      kind: 'analysis',
      heldOn: '2026-12-11',
      presentOrgIds: [],
      disputeIds: [],
      petitionIds: [],
      tasks: [],
    });
  });

  it('trims the text and keeps every row in its place (a server error on tasks.1 is the second row)', () => {
    const body = toMeetingInput({
      kind: 'joint',
      heldOn: '2026-12-10',
      chair: ' 镇党委副书记 ',
      presentOrgIds: [12, 13],
      disputeIds: [7],
      petitionIds: [31, 32],
      notes: '研判本月矛盾纠纷。\n',
      tasks: [
        { orgId: 12, title: ' 组织双方现场勘界 ', dueOn: '2026-12-15' },
        { orgId: 5, title: '协调林业站出具意见', dueOn: '2026-12-20' },
      ],
    });
    expect(body).toEqual({
      kind: 'joint',
      heldOn: '2026-12-10',
      chair: '镇党委副书记',
      presentOrgIds: [12, 13],
      disputeIds: [7],
      petitionIds: [31, 32],
      notes: '研判本月矛盾纠纷。',
      tasks: [
        { orgId: 12, title: '组织双方现场勘界', dueOn: '2026-12-15' },
        { orgId: 5, title: '协调林业站出具意见', dueOn: '2026-12-20' },
      ],
    });
  });
});
