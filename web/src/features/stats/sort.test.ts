import { describe, expect, it } from 'vitest';
import { pinnedSorter } from './sort';

/** Sorts as antd's Table does: the comparison negated for a descending sort. */
function sortAs(rows: { id: number; n: number }[], order: 'ascend' | 'descend') {
  const sorter = pinnedSorter<{ id: number; n: number }>(
    (r) => r.id === 1,
    (a, b) => a.n - b.n,
  );
  return [...rows].sort((a, b) => (order === 'ascend' ? 1 : -1) * sorter(a, b, order)).map((r) => r.id);
}

describe('pinnedSorter', () => {
  it('keeps the scope row first in both directions and sorts the others', () => {
    const rows = [
      { id: 3, n: 5 },
      { id: 1, n: 9 },
      { id: 2, n: 1 },
      { id: 4, n: 12 },
    ];
    expect(sortAs(rows, 'ascend')).toEqual([1, 2, 3, 4]);
    expect(sortAs(rows, 'descend')).toEqual([1, 4, 3, 2]);
  });
});
