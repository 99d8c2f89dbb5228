import { describe, expect, it } from 'vitest';
import { filtersToSearch, searchToFilters, withoutReception } from './filters';

describe('list filters in the URL', () => {
  it('round-trips every kind of filter', () => {
    const f = {
      q: '物业',
      status: ['registered' as const, 'accepted' as const],
      channel: ['visit' as const],
      type: 'appeal' as const,
      categoryId: 12,
      regionCode: '370724',
      orgId: 4,
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-02-01T00:00:00.000Z',
      group: true,
      repeat: false,
      deadline: 'overdue' as const,
      dueWithin: 3,
      handlerId: 7,
      sort: 'dueAt' as const,
      order: 'asc' as const,
    };
    const s = filtersToSearch(f);
    expect(s.getAll('status')).toEqual(['registered', 'accepted']);
    expect(searchToFilters(new URLSearchParams(s.toString()))).toEqual(f);
  });

  it('leaves defaults and blanks out, and drops unknown values', () => {
    expect(filtersToSearch({ q: '  ', sort: 'receivedAt', order: 'desc' }).toString()).toBe('');
    expect(
      searchToFilters(
        new URLSearchParams('status=bogus&type=x&orgId=-1&group=maybe&regionCode=abc&deadline=late&dueWithin=21&handlerId=0&q=拆迁'),
      ),
    ).toEqual({
      q: '拆迁',
    });
  });

  it('keeps a compliance report’s drill-down whole, or drops it whole', () => {
    const reception = {
      receptionFigure: 'on_time' as const,
      receptionLeader: [3, 5],
      receptionFrom: '2026-03-01',
      receptionTo: '2026-04-30',
    };
    const s = filtersToSearch({ ...reception, q: '供暖' });
    expect(s.getAll('receptionLeader')).toEqual(['3', '5']);
    expect(searchToFilters(new URLSearchParams(s.toString()))).toEqual({ ...reception, q: '供暖' });
    expect(withoutReception({ ...reception, q: '供暖' })).toEqual({ q: '供暖' });
    // Missing a part, a bad leader or days in the wrong order: no drill-down at all (never every petition).
    for (const bad of [
      'receptionFigure=raised&receptionFrom=2026-03-01&receptionTo=2026-04-30',
      'receptionFigure=raised&receptionLeader=x&receptionFrom=2026-03-01&receptionTo=2026-04-30',
      'receptionFigure=raised&receptionLeader=3&receptionFrom=2026-05-01&receptionTo=2026-04-30',
      'receptionFigure=bogus&receptionLeader=3&receptionFrom=2026-03-01&receptionTo=2026-04-30',
    ])
      expect(searchToFilters(new URLSearchParams(bad))).toEqual({});
  });
});
