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

  it('names a chart element by its breakdown and key, which the server resolves to exactly the row’s petitions', () => {
    const registered = { stat: 'registered' as const, ...NOVEMBER };
    expect(drillUrl(registered, dimFilter('channel', 'visit'))).toBe(
      '/petitions?stat=registered&statOrg=4&statFrom=2026-11-01&statTo=2026-11-30&statDim=channel&statKey=visit',
    );
    expect(drillUrl(registered, dimFilter('category2', '37'))).toMatch(/&statDim=category2&statKey=37$/);
    // A county's own row beside its townships, and the values not recorded, are rows like any other.
    expect(drillUrl(registered, dimFilter('region', '370724'))).toMatch(/&statDim=region&statKey=370724$/);
    expect(drillUrl(registered, dimFilter('category1', 'none'))).toMatch(/&statDim=category1&statKey=none$/);
  });

  it('is read back by the work list, which keeps the drill-down apart from its other filters', () => {
    const url = drillUrl({ stat: 'registered', ...NOVEMBER }, { ...dimFilter('region', 'none'), channel: ['fax'] });
    const filters = searchToFilters(new URLSearchParams(url.split('?')[1]));
    const stat = { stat: 'registered', statOrg: 4, statFrom: '2026-11-01', statTo: '2026-11-30', statDim: 'region', statKey: 'none' };
    expect(filters).toEqual({ ...stat, channel: ['fax'] });
    expect(statOf(filters)).toEqual(stat);
    // Values not recorded have no filter of the list's own: removing the drill-down removes the row too.
    expect(withoutStat(filters)).toEqual({ channel: ['fax'] });
  });

  it('keeps a row as the list’s own filter when the drill-down is removed', () => {
    const row = (dim: Parameters<typeof dimFilter>[0], key: string) =>
      withoutStat(searchToFilters(new URLSearchParams(drillUrl({ stat: 'registered', ...NOVEMBER }, dimFilter(dim, key)).split('?')[1])));
    expect(row('channel', 'fax')).toEqual({ channel: ['fax'] });
    expect(row('type', 'appeal')).toEqual({ type: 'appeal' });
    expect(row('category2', '37')).toEqual({ categoryId: 37 });
    expect(row('region', '370724')).toEqual({ regionCode: '370724' });
    expect(row('category1', 'none')).toEqual({});
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
    // A row of an unknown breakdown is dropped, the figure kept.
    expect(
      statOf(
        searchToFilters(new URLSearchParams('stat=registered&statOrg=4&statFrom=2026-11-01&statTo=2026-11-30&statDim=body&statKey=3')),
      ),
    ).toEqual({ stat: 'registered', statOrg: 4, statFrom: '2026-11-01', statTo: '2026-11-30' });
  });
});
