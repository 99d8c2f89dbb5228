import type { Category } from './api/categories';

export interface CategoryNode {
  category: Category;
  children: CategoryNode[];
}

/** Flat rows → tree, siblings in the server's order. Pure. */
export function buildCategoryTree(rows: readonly Category[]): CategoryNode[] {
  const nodes = new Map<number, CategoryNode>(rows.map((c) => [c.id, { category: c, children: [] }]));
  const roots: CategoryNode[] = [];
  for (const c of rows) {
    const node = nodes.get(c.id)!;
    const parent = c.parentId === null ? undefined : nodes.get(c.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The ids from the root down to this category, for a cascader value. Pure. */
export function categoryPath(rows: readonly Category[], id: number | null | undefined): number[] {
  const byId = new Map(rows.map((c) => [c.id, c]));
  const path: number[] = [];
  let current = id ? byId.get(id) : undefined;
  while (current && path.length < 10) {
    path.unshift(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path;
}
