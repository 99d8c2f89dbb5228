import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FEATURES = path.dirname(new URL(import.meta.url).pathname);

/** Every feature's imports of other features (type-only imports and tests included): feature → features it uses. */
export function featureGraph(root = FEATURES): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const features = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const { name: feature } of features) {
    const uses = new Set<string>();
    for (const file of readdirSync(path.join(root, feature), { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(file)) continue;
      const source = readFileSync(path.join(root, feature, file), 'utf8');
      for (const { fileName } of ts.preProcessFile(source, true, true).importedFiles) {
        const target = path.relative(root, path.resolve(root, feature, path.dirname(file), fileName)).split(path.sep)[0]!;
        if (target !== feature && features.some((d) => d.name === target)) uses.add(target);
      }
    }
    graph.set(feature, uses);
  }
  return graph;
}

/** The first cycle found, as the features along it (the first repeated at the end), or null. */
export function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const done = new Set<string>();
  const walk = (node: string, trail: string[]): string[] | null => {
    if (trail.includes(node)) return [...trail.slice(trail.indexOf(node)), node];
    if (done.has(node)) return null;
    for (const next of graph.get(node) ?? []) {
      const cycle = walk(next, [...trail, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = walk(node, []);
    if (cycle) return cycle;
  }
  return null;
}

describe('feature boundaries', () => {
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
    graph.get('c')!.clear();
    expect(findCycle(graph)).toBeNull();
  });

  it('has no cycle between the server features: each depends on features below it only', () => {
    const graph = featureGraph();
    expect(graph.size).toBeGreaterThan(15);
    expect(graph.get('worklist')).toContain('petitions'); // the walk sees imports through index.ts
    expect(findCycle(graph)).toBeNull();
  });

  it('gives every feature an index.ts, its surface for the others', () => {
    for (const feature of featureGraph().keys()) expect(readdirSync(path.join(FEATURES, feature)), feature).toContain('index.ts');
  });
});
