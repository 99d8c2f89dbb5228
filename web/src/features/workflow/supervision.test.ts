import { describe, expect, it } from 'vitest';
import { boardTotals, listFilter } from './supervision';

describe('listFilter', () => {
  it('reads scope, grade and body from the URL, ignoring what it does not know', () => {
    expect(listFilter(new URLSearchParams('scope=all&grade=overdue&org=12'), 'own')).toEqual({ scope: 'all', grade: 'overdue', orgId: 12 });
    expect(listFilter(new URLSearchParams(''), 'all')).toEqual({ scope: 'all', grade: undefined, orgId: undefined });
    expect(listFilter(new URLSearchParams('scope=mine&grade=late&org=x'), 'own')).toEqual({
      scope: 'own',
      grade: undefined,
      orgId: undefined,
    });
  });
});

describe('boardTotals', () => {
  it('adds up every body', () => {
    const org = { id: 1, name: '甲' };
    expect(
      boardTotals([
        { org, open: 5, dueSoon: 1, dueToday: 0, overdue: 2 },
        { org, open: 3, dueSoon: 0, dueToday: 1, overdue: 0 },
      ]),
    ).toEqual({ open: 8, dueSoon: 1, dueToday: 1, overdue: 2 });
  });
});
