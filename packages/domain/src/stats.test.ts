import { describe, expect, it } from 'vitest';
import { countChange, countNeedsAttention, rateChange, rateNeedsAttention, SMALL_BASE } from './stats.js';

describe('changes against an earlier period', () => {
  it('gives counts in per cent from a base of 20, and as a count of 件 below it', () => {
    expect(SMALL_BASE).toBe(20);
    expect(countChange(24, 20)).toEqual({ direction: 'up', amount: 20, unit: 'percent' });
    expect(countChange(20, 30)).toEqual({ direction: 'down', amount: 33.3, unit: 'percent' });
    expect(countChange(25, 25)).toEqual({ direction: 'flat', amount: 0, unit: 'percent' });
    // The dashboard's "↑56000%" on a base of 0.1: a small base gives the difference itself.
    expect(countChange(57, 1)).toEqual({ direction: 'up', amount: 56, unit: 'count' });
    expect(countChange(12, 19)).toEqual({ direction: 'down', amount: 7, unit: 'count' });
    expect(countChange(4, 0)).toEqual({ direction: 'up', amount: 4, unit: 'count' });
    expect(countChange(0, 0)).toEqual({ direction: 'flat', amount: 0, unit: 'count' });
    expect(countChange(4, null)).toBeNull();
  });

  it('gives rates in percentage points, the average answer time in days, and none when a rate is null', () => {
    expect(rateChange('on_time_conclusion', 0.9, 0.85)).toEqual({ direction: 'up', amount: 5, unit: 'points' });
    expect(rateChange('repeat_rate', 0.1, 0.125)).toEqual({ direction: 'down', amount: 2.5, unit: 'points' });
    expect(rateChange('average_answer_days', 12.25, 14)).toEqual({ direction: 'down', amount: 1.8, unit: 'days' });
    expect(rateChange('timely_acceptance', null, 0.5)).toBeNull();
    expect(rateChange('timely_acceptance', 0.5, null)).toBeNull();
  });
});

describe('what needs attention', () => {
  it('colours a rate past its threshold only, and never a rate that is not there', () => {
    expect(rateNeedsAttention('on_time_conclusion', 0.94)).toBe(true);
    expect(rateNeedsAttention('on_time_conclusion', 0.95)).toBe(false);
    expect(rateNeedsAttention('on_time_conclusion', 1)).toBe(false);
    expect(rateNeedsAttention('repeat_rate', 0.12)).toBe(true);
    expect(rateNeedsAttention('repeat_rate', 0.02)).toBe(false);
    expect(rateNeedsAttention('average_answer_days', 61)).toBe(true);
    expect(rateNeedsAttention('timely_acceptance', null)).toBe(false);
    expect(rateNeedsAttention('backlog_resolution', 0)).toBe(false);
  });

  it('colours overdue counts above 0, and no other count', () => {
    expect(countNeedsAttention('overdue_now', 3)).toBe(true);
    expect(countNeedsAttention('overdue_now', 0)).toBe(false);
    expect(countNeedsAttention('overdue_ever', 1)).toBe(true);
    expect(countNeedsAttention('registered', 5600)).toBe(false);
  });
});
