import { describe, expect, it } from 'vitest';
import { dueDay } from '@xinfang/domain';
import { clockMissingYears, formatStart, gradeTag, remainingText, stopEventText } from './clocks';

const H = 3_600_000;
const D = 24 * H;

describe('remainingText', () => {
  it('says how long is left in whole days and hours, rounded down', () => {
    expect(remainingText(3 * D + 5 * H, 'zh-CN')).toBe('剩余 3 天 5 小时');
    expect(remainingText(3 * D + 5 * H + 59 * 60_000, 'zh-CN')).toBe('剩余 3 天 5 小时');
    expect(remainingText(15 * D, 'zh-CN')).toBe('剩余 15 天');
    expect(remainingText(5 * H + 1, 'zh-CN')).toBe('剩余 5 小时');
    expect(remainingText(59 * 60_000, 'zh-CN')).toBe('剩余不足 1 小时');
    expect(remainingText(0, 'zh-CN')).toBe('剩余不足 1 小时');
    expect(remainingText(3 * D + 5 * H, 'en')).toBe('3 d 5 h left');
  });

  it('says how long past due a negative remainder is', () => {
    expect(remainingText(-2 * D, 'zh-CN')).toBe('已超期 2 天');
    expect(remainingText(-(2 * D + 30 * 60_000), 'zh-CN')).toBe('已超期 2 天');
    expect(remainingText(-(2 * D + 3 * H), 'zh-CN')).toBe('已超期 2 天 3 小时');
    expect(remainingText(-7 * H, 'zh-CN')).toBe('已超期 7 小时');
    expect(remainingText(-1, 'zh-CN')).toBe('已超期不足 1 小时');
    expect(remainingText(-2 * D, 'en')).toBe('Overdue by 2 d');
  });
});

describe('gradeTag', () => {
  it('maps each grade to its words and colour', () => {
    expect(gradeTag('normal', 'zh-CN')).toEqual({ text: '正常', color: 'green' });
    expect(gradeTag('due_soon', 'zh-CN')).toEqual({ text: '即将到期', color: 'orange' });
    expect(gradeTag('due_today', 'zh-CN')).toEqual({ text: '今日到期', color: 'volcano' });
    expect(gradeTag('overdue', 'zh-CN')).toEqual({ text: '已超期', color: 'red' });
    expect(gradeTag('overdue', 'en')).toEqual({ text: 'Overdue', color: 'red' });
  });
});

describe('stopEventText', () => {
  it('translates the events that stop a clock and leaves unknown ones out', () => {
    expect(stopEventText('accepted', 'zh-CN')).toBe('已受理');
    expect(stopEventText('forwarded', 'zh-CN')).toBe('已转送');
    expect(stopEventText('assigned', 'zh-CN')).toBe('已交办');
    expect(stopEventText('declined', 'zh-CN')).toBe('不予受理');
    expect(stopEventText('declined', 'en')).toBe('Declined');
    expect(stopEventText('received', 'zh-CN')).toBe('已签收');
    expect(stopEventText('review_requested', 'zh-CN')).toBe('已申请复查');
    expect(stopEventText('verified', 'en')).toBe('Conclusion verified');
    expect(stopEventText('something_else', 'zh-CN')).toBeNull();
    expect(stopEventText(null, 'zh-CN')).toBeNull();
  });
});

describe('dates in China time', () => {
  it('gives the day a deadline ending at 24:00 closes, not the next day', () => {
    expect(dueDay('2026-11-28T16:00:00.000Z')).toBe('2026-11-28');
    expect(dueDay('2026-11-28T01:30:00.000Z')).toBe('2026-11-28');
    expect(dueDay('2026-11-28T17:00:00.000Z')).toBe('2026-11-29');
  });

  it('formats a start time as the wall clock in China', () => {
    expect(formatStart('2026-11-13T01:30:00.000Z', 'zh-CN')).toBe('2026年11月13日 9时30分');
    expect(formatStart('2026-11-12T16:00:00.000Z', 'zh-CN')).toBe('2026年11月13日 0时');
    expect(formatStart('2026-11-13T01:30:00.000Z', 'en')).toBe('13 Nov 2026, 09:30');
  });

  it('names the missing years a clock runs through', () => {
    const clock = { startedAt: '2026-12-24T01:00:00.000Z', dueAt: '2027-01-07T16:00:00.000Z' };
    expect(clockMissingYears(clock, [2027, 2028])).toEqual([2027]);
    expect(clockMissingYears(clock, [2028])).toEqual([]);
    // Ends at 24:00 on 31 December: still within 2026.
    expect(clockMissingYears({ startedAt: '2026-12-20T01:00:00.000Z', dueAt: '2026-12-31T16:00:00.000Z' }, [2027])).toEqual([]);
  });
});
