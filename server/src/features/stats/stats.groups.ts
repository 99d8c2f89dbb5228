/**
 * Groups of similar matters by text, for the hot issues (每月一题): which matters many people raised in the
 * period, and how many of the same kind came in the period before.
 *
 * A text is its set of character bigrams (the grams of `shared/search.ts`, digits dropped); two texts are
 * similar when the Jaccard similarity of their sets reaches the threshold. MinHash signatures with LSH
 * banding find candidate pairs without comparing all pairs, each candidate is checked by its exact Jaccard,
 * and union-find joins similar pairs into groups (single link: A~B and B~C put A and C in one group).
 */
import { mix } from '../../shared/hash.js';

export interface GroupInput {
  id: number;
  text: string;
  /** In the current period; otherwise in the previous one. */
  current: boolean;
}

export interface SimilarGroup {
  /** Current-period members, most central first. */
  ids: number[];
  /** Current-period members. */
  size: number;
  /** Previous-period members. */
  previous: number;
  /** 2–4 words that set the group apart, most characteristic first. */
  terms: string[];
}

export interface GroupOptions {
  /** Bigram Jaccard similarity from which two texts are the same matter. */
  threshold?: number;
  /** Fewest current-period members a group needs. */
  minSize?: number;
  maxGroups?: number;
}

/**
 * Measured on the 4,326 real messages of the 2020 泰迪杯 hot-issue data (title + first 400 characters, as the
 * service passes them; all 9.4 million pairs exactly; 20 pairs per band read by hand): pairs at 0.20–0.30
 * are the same matter about half the time, 0.30–0.35 four times in five, 0.35–0.45 nearly always. But
 * below 0.35 one writer's template letters on different matters (schools, parks, investment) link up, and
 * single link chains them into the two largest groups (13 and 8 letters at 0.3). 0.4 keeps a margin from
 * that: near-duplicates and close retellings group, free retellings (≈ 0.3) stay apart.
 */
export const DEFAULT_THRESHOLD = 0.4;

/** The title and opening say what the matter is; the rest adds noise and time. */
const MAX_CHARS = 500;
/** Texts with fewer grams (a bare "咨询") say too little to be like anything. */
const MIN_GRAMS = 5;
/** Signature length: one-permutation MinHash bins, a power of two. */
const BINS = 128;
const BIN_SHIFT = 32 - Math.log2(BINS);
/** Fixed seeds: the same input always gives the same groups. */
const SEED = 0x2f6b1d3c;
const VALUE_SEED = 0x5bd1e995;
const BAND_SEED = 0x9e3779b1;

/**
 * An open-addressing map from 32-bit keys to non-negative ints, emptied in O(1) by a new mark: deduplicating
 * grams and checking candidates with it costs a fraction of sorting or of a `Map` at these volumes.
 */
class GramTable {
  private readonly keys: Uint32Array;
  private readonly marks: Uint32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  private mark = 1;
  constructor(capacity: number) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Uint32Array(size);
    this.marks = new Uint32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }
  clear(): void {
    if (++this.mark === 0xffffffff) {
      this.marks.fill(0);
      this.mark = 1;
    }
  }
  /** The value of a key, or -1. */
  get(key: number): number {
    for (let i = mix(key) & this.mask; this.marks[i] === this.mark; i = (i + 1) & this.mask) {
      if (this.keys[i] === key) return this.values[i]!;
    }
    return -1;
  }
  /** Sets the key's value unless it has one; returns the value it had, or -1. */
  add(key: number, value: number): number {
    let i = mix(key) & this.mask;
    for (; this.marks[i] === this.mark; i = (i + 1) & this.mask) if (this.keys[i] === key) return this.values[i]!;
    this.marks[i] = this.mark;
    this.keys[i] = key;
    this.values[i] = value;
    return -1;
  }
  /** Sets the key's value. */
  set(key: number, value: number): void {
    let i = mix(key) & this.mask;
    while (this.marks[i] === this.mark && this.keys[i] !== key) i = (i + 1) & this.mask;
    this.marks[i] = this.mark;
    this.keys[i] = key;
    this.values[i] = value;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Grams

/**
 * Folded code of each UTF-16 unit, filled as met: the lower-case NFKC form of a Han character or letter
 * (full-width Ａ and ａ alike), 0 for anything else: punctuation, spaces, digits (house numbers, dates and
 * amounts differ between retellings of one matter) and astral characters (rare). `shared/search.ts` splits
 * text the same way with a regular expression and a string per gram, which alone costs more than this
 * whole grouping may; here a gram is a number, (first << 16 | second), or the code alone for a run of one.
 */
const folded = new Int32Array(65536).fill(-1);
const WORD_CHAR = /^[\p{Script=Han}\p{L}]$/u;
const HAN = /^\p{Script=Han}+$/u;

function fold(unit: number): number {
  const known = folded[unit]!;
  if (known >= 0) return known;
  const s = String.fromCharCode(unit).normalize('NFKC').toLowerCase();
  const f = s.length === 1 && WORD_CHAR.test(s) ? s.charCodeAt(0) : 0;
  folded[unit] = f;
  return f;
}

/**
 * The gram sets of many texts end to end in one array, set k at pool[from[k]] up to pool[from[k + 1]]: one
 * allocation for all, where an array per text costs more than computing its grams.
 */
interface GramSets {
  pool: Uint32Array;
  from: Int32Array;
}

/** Scratch for `gramSets`: an open-addressing set of one text's grams, emptied by a new mark. */
const SEEN_SIZE = 2048; // > 2 × MAX_CHARS: at most half full
const seenKeys = new Uint32Array(SEEN_SIZE);
const seenMarks = new Uint32Array(SEEN_SIZE);
let seenMark = 0;

/**
 * The distinct grams of each text's first MAX_CHARS characters, in order of first appearance.
 *
 * The work per text (here `addGrams`, `setHash`, `count`) sits in small functions called many times, which
 * V8 optimises early on: the first call after start takes about a fifth less time than with one long loop.
 */
function gramSets(texts: string[]): GramSets {
  let capacity = 0;
  for (const t of texts) capacity += Math.min(t.length, MAX_CHARS); // a text has no more grams than characters
  const pool = new Uint32Array(capacity);
  const from = new Int32Array(texts.length + 1);
  for (let k = 0; k < texts.length; k++) from[k + 1] = addGrams(texts[k]!, pool, from[k]!);
  return { pool, from };
}

/** Writes the distinct grams of a text into pool from n on; returns the new end. */
function addGrams(text: string, pool: Uint32Array, n: number): number {
  const end = Math.min(text.length, MAX_CHARS);
  if (++seenMark === 0xffffffff) {
    seenMarks.fill(0);
    seenMark = 1;
  }
  let prev = 0;
  let run = 0;
  for (let i = 0; i <= end; i++) {
    let c = 0;
    if (i < end) {
      const unit = text.charCodeAt(i);
      c = folded[unit]!;
      if (c < 0) c = fold(unit);
    }
    let gram = -1;
    if (c === 0) {
      if (run === 1) gram = prev;
      run = 0;
    } else {
      if (run > 0) gram = ((prev << 16) | c) >>> 0;
      run++;
    }
    prev = c;
    if (gram < 0) continue;
    let slot = mix(gram) & (SEEN_SIZE - 1);
    while (seenMarks[slot] === seenMark && seenKeys[slot] !== gram) slot = (slot + 1) & (SEEN_SIZE - 1);
    if (seenMarks[slot] === seenMark) continue;
    seenMarks[slot] = seenMark;
    seenKeys[slot] = gram;
    pool[n++] = gram;
  }
  return n;
}

/** A hash of a gram set whatever the order of its grams. */
function setHash(pool: Uint32Array, start: number, end: number): number {
  let sum = end - start;
  let xor = 0;
  for (let i = start; i < end; i++) {
    const h = mix(pool[i]!);
    sum = (sum + h) >>> 0;
    xor ^= mix(h ^ SEED);
  }
  return mix(sum ^ mix(xor));
}

/** The distinct grams of a text (for tests and tools; the grouping works on `gramSets`). */
export function gramSet(text: string): Uint32Array {
  const { pool, from } = gramSets([text]);
  return pool.slice(0, from[1]);
}

/** The gram as text. */
function gramText(gram: number): string {
  return gram > 0xffff ? String.fromCharCode(gram >>> 16, gram & 0xffff) : String.fromCharCode(gram);
}

const probe = new GramTable(MAX_CHARS);

/** Jaccard similarity of gram sets a[a0..a1) and b[b0..b1). */
function jaccardOf(a: Uint32Array, a0: number, a1: number, b: Uint32Array, b0: number, b1: number): number {
  const table = a1 - a0 <= MAX_CHARS ? probe : new GramTable(a1 - a0);
  table.clear();
  for (let i = a0; i < a1; i++) table.add(a[i]!, 0);
  let common = 0;
  for (let i = b0; i < b1; i++) if (table.get(b[i]!) === 0) common++;
  const union = a1 - a0 + (b1 - b0) - common;
  return union === 0 ? 0 : common / union;
}

/** Jaccard similarity of two gram sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  return jaccardOf(a, 0, a.length, b, 0, b.length);
}

// ---------------------------------------------------------------------------------------------------------
// MinHash and LSH

const EMPTY = 0xffffffff;

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012): one hash per gram picks a bin and a value, and each bin
 * keeps its least value; two texts agree in a bin with probability ≈ their Jaccard similarity. One hash per
 * gram instead of one per gram and bin: 128 times less work than classic MinHash. An empty bin borrows
 * the value of the non-empty bin its own fixed probe sequence meets first (Shrivastava's optimal
 * densification), so that short texts still get comparable signatures.
 */
function signature(pool: Uint32Array, start: number, end: number, out: Uint32Array, at: number, scratch: Uint32Array) {
  scratch.fill(EMPTY);
  for (let i = start; i < end; i++) {
    const h = mix(pool[i]! ^ SEED);
    const bin = h >>> BIN_SHIFT;
    const value = mix(h ^ VALUE_SEED);
    if (value < scratch[bin]!) scratch[bin] = value;
  }
  for (let bin = 0; bin < BINS; bin++) {
    let value = scratch[bin]!;
    // After 64 misses (a text of a few grams) the next non-empty bin will do.
    for (let k = 0; value === EMPTY; k++) {
      value = scratch[k < 64 ? mix((bin << 8) | k) & (BINS - 1) : (bin + k) & (BINS - 1)]!;
    }
    out[at + bin] = value;
  }
}

/**
 * Rows per LSH band for a threshold: the most rows (fewest chance candidates) with which a pair at the
 * threshold still shares a band with probability ≥ 0.8 (0.94 at the default). Pairs above it almost surely
 * do, and a group links through many pairs, so a missed pair rarely splits it: on the real messages of the
 * test, this finds exactly the groups that comparing every pair finds.
 */
function rowsPerBand(threshold: number): number {
  let rows = 1;
  for (let r = 2; r <= 8; r++) if (1 - (1 - threshold ** r) ** Math.floor(BINS / r) >= 0.8) rows = r;
  return rows;
}

/** Union-find over indexes. */
class Sets {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.size = new Int32Array(n).fill(1);
  }
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i]!]!;
      i = p[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    let x = this.find(a);
    let y = this.find(b);
    if (x === y) return;
    if (this.size[x]! < this.size[y]!) [x, y] = [y, x];
    this.parent[y] = x;
    this.size[x]! += this.size[y]!;
  }
}

/**
 * Joins the similar ones of the gram sets `texts` (indexes into `sets`, no two alike): per band, texts whose
 * rows hash alike fall in one bucket (a chain through `next`), and each newcomer is checked against the
 * bucket's texts not yet in its group.
 */
function link({ pool, from }: GramSets, texts: number[], threshold: number): Sets {
  const n = texts.length;
  const sets = new Sets(n);
  const sigs = new Uint32Array(n * BINS);
  const scratch = new Uint32Array(BINS);
  for (let d = 0; d < n; d++) signature(pool, from[texts[d]!]!, from[texts[d]! + 1]!, sigs, d * BINS, scratch);

  const rows = rowsPerBand(threshold);
  const bands = Math.floor(BINS / rows);
  const buckets = new GramTable(n);
  const next = new Int32Array(n);
  const rejected = new Set<number>();
  for (let b = 0; b < bands; b++) {
    buckets.clear();
    for (let d = 0; d < n; d++) {
      const h = bandHash(sigs, d * BINS + b * rows, rows, b);
      const head = buckets.get(h);
      // A 32-bit collision only adds a candidate, which the exact check turns away.
      for (let m = head; m >= 0; m = next[m]!) {
        if (sets.find(m) === sets.find(d)) continue;
        const pair = m * n + d;
        if (rejected.has(pair)) continue;
        const x = texts[m]!;
        const y = texts[d]!;
        if (jaccardOf(pool, from[x]!, from[x + 1]!, pool, from[y]!, from[y + 1]!) >= threshold) sets.union(m, d);
        else rejected.add(pair);
      }
      next[d] = head;
      buckets.set(h, d);
    }
  }
  return sets;
}

/** The hash of a band of a signature. */
function bandHash(sigs: Uint32Array, at: number, rows: number, band: number): number {
  let h = mix(BAND_SEED ^ band);
  for (let r = 0; r < rows; r++) h = mix(h ^ sigs[at + r]!);
  return h;
}

// ---------------------------------------------------------------------------------------------------------
// Groups

export function groupSimilar(items: GroupInput[], opts: GroupOptions = {}): SimilarGroup[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const minSize = Math.max(1, opts.minSize ?? 3);
  const maxGroups = opts.maxGroups ?? 10;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1]: ${threshold}`);
  if (items.length === 0 || maxGroups <= 0) return [];

  const grams = gramSets(items.map((item) => item.text));
  const { pool, from } = grams;
  // The texts taking part (long enough), and each one's distinct gram set: identical sets (a letter sent
  // many times, a copied campaign letter) are compared once.
  const docs: number[] = [];
  const distinct: number[] = [];
  const setOf = new Int32Array(items.length);
  const byContent = new GramTable(items.length);
  for (let k = 0; k < items.length; k++) {
    const start = from[k]!;
    const end = from[k + 1]!;
    if (end - start < MIN_GRAMS) continue;
    // A collision of hashes only means that twins are compared the long way.
    const key = setHash(pool, start, end);
    let u = byContent.get(key);
    const twin = u < 0 ? -1 : distinct[u]!;
    if (u < 0 || jaccardOf(pool, from[twin]!, from[twin + 1]!, pool, start, end) < 1) {
      u = distinct.push(k) - 1;
      byContent.set(key, u);
    }
    setOf[k] = u;
    docs.push(k);
  }
  if (docs.length === 0) return [];
  const linked = link(grams, distinct, threshold);

  const byRoot = new Map<number, number[]>();
  for (const k of docs) {
    const root = linked.find(setOf[k]!);
    const list = byRoot.get(root);
    if (list) list.push(k);
    else byRoot.set(root, [k]);
  }
  const groups: { members: number[]; size: number; previous: number; first: number }[] = [];
  for (const members of byRoot.values()) {
    const current = members.filter((k) => items[k]!.current);
    if (current.length < minSize) continue;
    const first = current.reduce((min, k) => Math.min(min, items[k]!.id), Infinity);
    groups.push({ members, size: current.length, previous: members.length - current.length, first });
  }
  // Bigger first; of equal size the one that grew more, i.e. had fewer before.
  groups.sort((x, y) => y.size - x.size || x.previous - y.previous || x.first - y.first);
  const chosen = groups.slice(0, maxGroups);

  const ordered = chosen.map((g) => central(g.members, grams));
  const named = terms(ordered, grams, docs, (k) => items[k]!.text);
  return chosen.map((g, j) => ({
    ids: ordered[j]!.filter((k) => items[k]!.current).map((k) => items[k]!.id),
    size: g.size,
    previous: g.previous,
    terms: named[j]!,
  }));
}

/**
 * The members, most central first: by weighted Jaccard similarity to the group's profile (the share of
 * members having each gram), which rewards having the group's common grams and penalises both extra grams
 * and missing common ones. Linear in the group's grams, where comparing all pairs would be quadratic.
 */
function central(members: number[], { pool, from }: GramSets): number[] {
  const count = new Map<number, number>();
  for (const k of members) for (let i = from[k]!; i < from[k + 1]!; i++) count.set(pool[i]!, (count.get(pool[i]!) ?? 0) + 1);
  let total = 0;
  for (const c of count.values()) total += c;
  const n = members.length;
  const score = new Map<number, number>();
  for (const k of members) {
    let shared = 0;
    for (let i = from[k]!; i < from[k + 1]!; i++) shared += count.get(pool[i]!)!;
    shared /= n;
    score.set(k, shared / (from[k + 1]! - from[k]! + total / n - shared));
  }
  return [...members].sort((a, b) => score.get(b)! - score.get(a)! || a - b);
}

// ---------------------------------------------------------------------------------------------------------
// Terms

/**
 * Words that say nothing about which matter it is, yet can top a group's list because nearly every petition
 * has them (greetings, forms of address, petition boilerplate): where the period has few petitions, or the
 * group is a large share of them, rarity weighs too little to push them down.
 */
const STOP_WORDS = new Set(
  `你好 您好 请问 尊敬 谢谢 领导 我们 市民 群众 政府 部门 相关 问题 反映 投诉 建议 希望 要求 解决 关于 情况
   没有 现在 已经 目前 一直 什么 一个 可以 能否 是否 应该 需要 必须 尽量 不断 进行`.split(/\s+/),
);
/** Particles and pronouns: a word rarely starts or ends with one, a seam between two words often does. */
const EDGE_CHARS = new Set([...'的了吗呢吧啊着是在和与及或且等我你您他她们这那也都就还很把被']);

function wordLike(gram: number): boolean {
  if (gram <= 0xffff) return false;
  const text = gramText(gram);
  return HAN.test(text) && !STOP_WORDS.has(text) && !EDGE_CHARS.has(text[0]!) && !EDGE_CHARS.has(text[1]!);
}

/** Terms are read off at most this many of a group's most central texts: enough, and bounded. */
const TERM_TEXTS = 200;
/** Candidate bigrams per group. */
const SEEDS = 12;

/**
 * Each group's words: bigrams frequent in the group and rare outside it (occurrences per text × log of the
 * bigram's rarity among the other texts: tf-idf), each grown to the longer word it stands in nearly
 * everywhere (鑫远楚府), at most four, none sharing a bigram with a better one.
 */
function terms(groups: number[][], { pool, from }: GramSets, docs: number[], textOf: (k: number) => string) {
  const samples = groups.map((members) => members.slice(0, TERM_TEXTS));
  // How many texts have each gram of the groups' texts: a lookup per gram of each text in a small table.
  let capacity = 0;
  for (const sample of samples) for (const k of sample) capacity += from[k + 1]! - from[k]!;
  const index = new GramTable(capacity);
  let wanted = 0;
  for (const sample of samples) {
    for (const k of sample) for (let i = from[k]!; i < from[k + 1]!; i++) if (index.add(pool[i]!, wanted) < 0) wanted++;
  }
  const df = new Int32Array(wanted);
  for (const k of docs) count(index, pool, from[k]!, from[k + 1]!, df);

  return groups.map((members, g) => {
    const sample = samples[g]!;
    // Rarity among the texts outside the group: where the group is a large share of all, every word of it
    // is frequent overall.
    const inside = new Int32Array(wanted);
    for (const k of members) count(index, pool, from[k]!, from[k + 1]!, inside);
    const outside = docs.length - members.length;
    const elsewhere = (gram: number) => {
      const j = index.get(gram);
      return j < 0 ? 0 : df[j]! - inside[j]!;
    };
    const idf = (gram: number) => Math.log((outside + 2) / (elsewhere(gram) + 1)); // > 0 even with no text outside
    // A word of everyday language (项目, 设施, 小区): growing a term into its first character cuts it in half.
    const common = (gram: number) => elsewhere(gram) >= Math.max(3, outside / 100);
    // Too few other texts to tell words from seams: the bigrams stay as they are.
    const wordsKnown = outside >= 100;
    const minTexts = Math.max(2, Math.ceil(sample.length / 3));
    const having = new Map<number, number>();
    for (const k of sample) for (let i = from[k]!; i < from[k + 1]!; i++) having.set(pool[i]!, (having.get(pool[i]!) ?? 0) + 1);
    const texts = sample.map((k) => textOf(k).slice(0, MAX_CHARS));
    // The words a matter is about recur in its telling; the seams between words mostly do not.
    const occurrences = new Map<number, number>();
    for (const text of texts) {
      let prev = 0;
      for (let i = 0; i < text.length; i++) {
        const c = fold(text.charCodeAt(i));
        const gram = ((prev << 16) | c) >>> 0;
        if (prev !== 0 && c !== 0 && (having.get(gram) ?? 0) >= minTexts) {
          occurrences.set(gram, (occurrences.get(gram) ?? 0) + 1);
        }
        prev = c;
      }
    }
    const seeds = [...occurrences]
      .filter(([gram]) => wordLike(gram))
      .map(([gram, count]) => ({ word: gramText(gram), score: (count / sample.length) * idf(gram) }))
      .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1))
      .slice(0, SEEDS);
    const out: string[] = [];
    for (const { word } of seeds) {
      if (out.length === 4) break;
      const term = wordsKnown ? grow(word, texts, common) : word;
      if (term && !out.some((t) => sharesBigram(t, term))) out.push(term);
    }
    return out;
  });
}

/** Counts the grams pool[start..end) that the index knows, at their place in counts. */
function count(index: GramTable, pool: Uint32Array, start: number, end: number, counts: Int32Array): void {
  for (let i = start; i < end; i++) {
    const j = index.get(pool[i]!);
    if (j >= 0) counts[j]!++;
  }
}

const CODE = /[\p{L}\p{N}]/u;

/** The bigram of two characters, as a gram. */
function pairGram(a: string, b: string): number {
  return ((fold(a.charCodeAt(0)) << 16) | fold(b.charCodeAt(0))) >>> 0;
}

/**
 * What borders a word on one side in ≥ 75% of its occurrences, if anything does: a Han character (with the
 * character most often beyond it), or a code (the A of "A市", the 3 of "3号线").
 */
function border(word: string, texts: string[], side: -1 | 1): { c: string; beyond: string } | 'code' | null {
  const seenHere = new Map<string, { count: number; beyond: Map<string, number> }>();
  let all = 0;
  for (const text of texts) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const i = side < 0 ? at - 1 : at + word.length;
      const c = text[i];
      const kind = c === undefined || EDGE_CHARS.has(c) ? '' : HAN.test(c) ? c : CODE.test(c) ? 'code' : '';
      const entry = seenHere.get(kind) ?? { count: 0, beyond: new Map<string, number>() };
      entry.count++;
      const b = text[i + side] ?? '';
      entry.beyond.set(b, (entry.beyond.get(b) ?? 0) + 1);
      seenHere.set(kind, entry);
      all++;
    }
  }
  for (const [c, { count, beyond }] of seenHere) {
    if (count < 0.75 * all || c === '') continue;
    if (c === 'code') return 'code';
    return { c, beyond: [...beyond].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0] };
  }
  return null;
}

/**
 * The word a bigram is part of, or null when it is none: the seam between two words (园项 of 公园项目: the
 * character bordering it nearly always makes a common word with its first or last character), or the tail
 * of a coded name (市经 of "A市经开区"). A word grows by the character bordering it nearly always, left first,
 * up to four characters, unless that character starts (or ends) a common word further out (儿童游乐 stops
 * before 设, the start of 设施).
 */
function grow(word: string, texts: string[], common: (gram: number) => boolean): string | null {
  for (const side of [-1, 1] as const) {
    const b = border(word, texts, side);
    if (b === 'code' && side < 0) return null;
    if (b && b !== 'code' && common(side < 0 ? pairGram(b.c, word[0]!) : pairGram(word.at(-1)!, b.c))) return null;
  }
  while (word.length < 4) {
    let grown: string | null = null;
    for (const side of [-1, 1] as const) {
      const b = border(word, texts, side);
      if (!b || b === 'code') continue;
      // Not into the 县 of "A7县": a character next to a code belongs to the coded name.
      if (CODE.test(b.beyond) && !HAN.test(b.beyond)) continue;
      if (HAN.test(b.beyond) && common(side < 0 ? pairGram(b.beyond, b.c) : pairGram(b.c, b.beyond))) continue;
      grown = side < 0 ? b.c + word : word + b.c;
      break;
    }
    if (!grown) break;
    word = grown;
  }
  return STOP_WORDS.has(word) ? null : word;
}

function sharesBigram(a: string, b: string): boolean {
  for (let i = 0; i + 1 < b.length; i++) if (a.includes(b.slice(i, i + 2))) return true;
  return false;
}
