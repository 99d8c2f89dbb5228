import { describe, expect, it } from 'vitest';
import type { Category } from './api/categories';
import { buildCategoryTree, categoryPath } from './tree';

const rows: Category[] = [
  { id: 1, parentId: null, level: 1, name: '城乡建设', path: '城乡建设', active: true },
  { id: 2, parentId: 1, level: 2, name: '安全生产', path: '城乡建设/安全生产', active: true },
  { id: 3, parentId: 2, level: 3, name: '事故处理', path: '城乡建设/安全生产/事故处理', active: true },
  { id: 4, parentId: null, level: 1, name: '劳动和社会保障', path: '劳动和社会保障', active: false },
];

describe('category tree', () => {
  it('nests rows under their parents', () => {
    const tree = buildCategoryTree(rows);
    expect(tree.map((n) => n.category.id)).toEqual([1, 4]);
    expect(tree[0]!.children[0]!.children[0]!.category.name).toBe('事故处理');
  });

  it('gives the path of ids for a cascader', () => {
    expect(categoryPath(rows, 3)).toEqual([1, 2, 3]);
    expect(categoryPath(rows, null)).toEqual([]);
  });
});
