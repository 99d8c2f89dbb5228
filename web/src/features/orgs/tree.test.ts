import { describe, expect, it } from 'vitest';
import type { Org } from '../../api/types';
import { buildOrgTree, effectivePolicy, subtreeIds } from './tree';

const org = (id: number, parentId: number | null): Org =>
  ({ id, parentId, name: `o${id}`, kind: 'government', active: true }) as unknown as Org;

describe('buildOrgTree', () => {
  it('nests children under parents regardless of order', () => {
    const tree = buildOrgTree([org(3, 2), org(1, null), org(2, 1), org(4, 1)]);
    expect(tree.map((n) => n.org.id)).toEqual([1]);
    expect(tree[0]!.children.map((n) => n.org.id)).toEqual([2, 4]);
    expect(tree[0]!.children[0]!.children.map((n) => n.org.id)).toEqual([3]);
  });

  it('treats a body whose parent is out of scope as a root', () => {
    expect(buildOrgTree([org(5, 99), org(6, 5)]).map((n) => n.org.id)).toEqual([5]);
  });
});

describe('subtreeIds', () => {
  it('collects a body and its descendants', () => {
    expect([...subtreeIds([org(1, null), org(2, 1), org(3, 2), org(4, 1)], 2)].sort()).toEqual([2, 3]);
  });
});

describe('buildOrgTree on directory entries', () => {
  it('needs only id and parentId', () => {
    const tree = buildOrgTree([
      { id: 2, parentId: 1, name: 'b' },
      { id: 1, parentId: null, name: 'a' },
    ]);
    expect(tree.map((n) => n.org.name)).toEqual(['a']);
    expect(tree[0]!.children.map((n) => n.org.name)).toEqual(['b']);
  });
});

describe('effectivePolicy', () => {
  const orgs = [
    { id: 1, parentId: null, policyPack: null },
    { id: 2, parentId: 1, policyPack: 'shandong' },
    { id: 3, parentId: 2, policyPack: null },
    { id: 4, parentId: 3, policyPack: 'hotline-12345' },
    { id: 5, parentId: 1, policyPack: null },
    { id: 6, parentId: 99, policyPack: null },
  ];

  it('uses the pack of the body itself, else the nearest above', () => {
    expect(effectivePolicy(orgs, 4)).toEqual({ pack: 'hotline-12345', from: 'own' });
    expect(effectivePolicy(orgs, 3)).toEqual({ pack: 'shandong', from: 'inherited' });
  });

  it('falls back to the default at the top, and does not guess beyond the visible bodies', () => {
    expect(effectivePolicy(orgs, 5)).toEqual({ pack: null, from: 'default' });
    expect(effectivePolicy(orgs, 1)).toEqual({ pack: null, from: 'default' });
    expect(effectivePolicy(orgs, 6)).toEqual({ pack: null, from: 'unknown' });
  });
});
