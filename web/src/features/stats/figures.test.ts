import { describe, expect, it } from 'vitest';
import { countChange, rateChange } from './figures';

describe('changes against an earlier period', () => {
  it('gives counts in per cent, and none without a base', () => {
    expect(countChange(12, 10)).toEqual({ direction: 'up', amount: 20, unit: 'percent' });
    expect(countChange(2, 3)).toEqual({ direction: 'down', amount: 33.3, unit: 'percent' });
    expect(countChange(5, 5)).toEqual({ direction: 'flat', amount: 0, unit: 'percent' });
    expect(countChange(0, 0)).toEqual({ direction: 'flat', amount: 0, unit: 'percent' });
    expect(countChange(4, 0)).toBeNull();
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
