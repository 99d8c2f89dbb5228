import { describe, expect, it } from 'vitest';
import { searchToFilters, statOf, withoutStat } from '../petitions/filters';
import { dimFilter, drillUrl, figureOf } from './drill';

const NOVEMBER = { orgId: 4, from: '2026-11-01', to: '2026-11-30' };

describe('figureOf', () => {
  it('takes the period, except for matters overdue now, counted whatever the period', () => {
    expect(figureOf('concluded', 4, NOVEMBER, '2026-12-05')).toEqual({ stat: 'concluded', ...NOVEMBER });
    expect(figureOf('overdue_now', 4, NOVEMBER, '2026-12-05')).toEqual({
      stat: 'overdue_now',
      orgId: 4,
      from: '2000-01-01',
      to: '2026-12-05',
    });
  });
});

describe('drillUrl', () => {
  it('links a figure to the work list with stat, body and days first', () => {
    expect(drillUrl({ stat: 'concluded_on_time', ...NOVEMBER })).toBe(
      '/petitions?stat=concluded_on_time&statOrg=4&statFrom=2026-11-01&statTo=2026-11-30',
    );
  });

  it('adds the filter of a chart element in the work list’s own parameters', () => {
    const registered = { stat: 'registered' as const, ...NOVEMBER };
    expect(drillUrl(registered, dimFilter('channel', 'visit'))).toBe(
      '/petitions?stat=registered&statOrg=4&statFrom=2026-11-01&statTo=2026-11-30&channel=visit',
    );
    expect(drillUrl(registered, dimFilter('type', 'appeal'))).toMatch(/&type=appeal$/);
    expect(drillUrl(registered, dimFilter('category2', '37'))).toMatch(/&categoryId=37$/);
    expect(drillUrl(registered, dimFilter('region', '370724'))).toMatch(/&regionCode=370724$/);
  });

  it('gives no filter where the list cannot select exactly: unrecorded values, a place with places below it shown', () => {
    expect(dimFilter('region', '')).toBeUndefined();
    expect(dimFilter('category1', '')).toBeUndefined();
    // Matters registered at the county itself (370724) beside those of its township 370724001.
    const keys = ['370724001', '370724', ''];
    expect(dimFilter('region', '370724', keys)).toBeUndefined();
    expect(dimFilter('region', '370724001', keys)).toEqual({ regionCode: '370724001' });
  });

  it('is read back by the work list, which keeps the drill-down apart from its other filters', () => {
    const url = drillUrl({ stat: 'registered', ...NOVEMBER }, dimFilter('channel', 'fax'));
    const filters = searchToFilters(new URLSearchParams(url.split('?')[1]));
    expect(filters).toEqual({ stat: 'registered', statOrg: 4, statFrom: '2026-11-01', statTo: '2026-11-30', channel: ['fax'] });
    expect(statOf(filters)).toEqual({ stat: 'registered', statOrg: 4, statFrom: '2026-11-01', statTo: '2026-11-30' });
    expect(withoutStat(filters)).toEqual({ channel: ['fax'] });
  });

  it('drops a drill-down with an unknown figure, a bad body or bad days', () => {
    for (const q of [
      'stat=bogus&statOrg=4&statFrom=2026-11-01&statTo=2026-11-30',
      'stat=registered&statOrg=-4&statFrom=2026-11-01&statTo=2026-11-30',
      'stat=registered&statOrg=4&statFrom=2026-11-31x&statTo=2026-11-30',
      'stat=registered&statOrg=4&statFrom=2026-12-01&statTo=2026-11-30',
      'stat=registered&statOrg=4&statFrom=2026-11-01',
    ])
      expect(searchToFilters(new URLSearchParams(q))).toEqual({});
  });
});
