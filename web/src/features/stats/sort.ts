/**
 * A column sorter for antd's Table that keeps one row first whichever way the column is sorted: antd reverses
 * the comparison for a descending sort, so the pinned row's side is reversed too. Pure.
 */
export function pinnedSorter<T>(pinned: (row: T) => boolean, compare: (a: T, b: T) => number) {
  return (a: T, b: T, order?: 'ascend' | 'descend' | null): number => {
    const first = order === 'descend' ? 1 : -1;
    if (pinned(a) !== pinned(b)) return pinned(a) ? first : -first;
    return compare(a, b);
  };
}
