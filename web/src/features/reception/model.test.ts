import { describe, expect, it } from 'vitest';
import { quarterGrid } from './model';

describe('the quarter grid', () => {
  it('lays Q4 2026 out in 14 weeks from Monday 28 September, with the days outside the quarter empty', () => {
    const slot = {
      id: 1,
      date: '2026-10-08',
      startTime: '08:30',
      endTime: '12:00',
      placeId: 1,
      leaderIds: [2],
      capacity: 10,
      mode: 'in_person' as const,
      meetingUrl: null,
    };
    const grid = quarterGrid({ year: 2026, quarter: 4 }, [slot]);
    expect(grid).toHaveLength(14);
    expect(grid[0]!.week).toBe('2026-09-28');
    expect(grid[0]!.days.map((d) => d?.date ?? null)).toEqual([null, null, null, '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
    expect(grid[1]!.days[3]).toEqual({ date: '2026-10-08', slots: [slot] });
    expect(grid.at(-1)!.days.map((d) => d?.date ?? null)).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      null,
      null,
      null,
    ]);
  });
});
