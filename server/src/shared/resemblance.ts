/**
 * Near-duplicate matters at any scale, without comparing all pairs (MinHash with banding; Broder 1997, Indyk and
 * Motwani 1998). A matter's whole text (title and content) is the set of its 5-character runs; its signature keeps,
 * for each of 64 hash functions, the smallest hash of any run. Two signatures agree at a position with the
 * probability that the two sets share a run among all they have (their resemblance, Jaccard), so the share of
 * positions that agree estimates it. Pairs of positions are hashed into 32 band keys: texts that share a key are the
 * candidates, and a pair with resemblance 0.2 shares one with probability 1 − (1 − 0.2²)³² ≈ 0.73, at 0.3 ≈ 0.95.
 * Titles get keys of their own: the whole title, and the title with each one of its first 40 characters left out, so
 * a title the same but for one character (changed, added or left out) shares a key whatever the texts say. Keys of
 * whole strings, not of common character pairs, so they are shared only by such titles (docs/PERFORMANCE.md § Smart
 * assistance). The hot issues' groups (features/stats/stats.groups.ts) have a MinHash of their own: over character
 * pairs, in one pass over a period's matters, never stored.
 */
import { mix } from './hash.js';
import { runs } from './search.js';

const SHINGLE = 5;
const SIZE = 64;
const ROWS = 2;
/** Titles this long and longer get the keys that leave a character out, of their first `VARIANTS` characters. */
const MIN_VARIANT = 4;
const VARIANTS = 40;

/** The text's runs of Han characters, letters and digits, joined: spacing and punctuation do not count. */
const normal = (text: string) => runs(text).join('');

const seedsOf = (n: number, salt: number) => Uint32Array.from({ length: n }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9) ^ salt));
const TEXT_SEEDS = seedsOf(SIZE, 0x7e47);

/** FNV-1a over the code points from `from` to `to`. */
function fnv(codes: number[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let j = from; j < to; j++) h = Math.imul(h ^ codes[j]!, 0x01000193);
  return h >>> 0;
}

const codesOf = (text: string) => Array.from(text, (c) => c.codePointAt(0)!);

/** The hashes of each run of `k` characters (of the whole text when it is shorter; none when it is empty). */
function shingles(text: string, k: number): Set<number> {
  const codes = codesOf(text);
  const out = new Set<number>();
  if (codes.length > 0) for (let i = 0; i <= Math.max(0, codes.length - k); i++) out.add(fnv(codes, i, Math.min(i + k, codes.length)));
  return out;
}

function minhash(set: Set<number>, seeds: Uint32Array): Uint32Array {
  const out = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < seeds.length; i++) {
      const h = mix(x ^ seeds[i]!);
      if (h < out[i]!) out[i] = h;
    }
  }
  return out;
}

/** One key per band of `ROWS` positions, salted by its kind and place so no two bands share keys by design. */
function bands(signature: Uint32Array, salt: number): number[] {
  const keys: number[] = [];
  for (let b = 0; b * ROWS < signature.length; b++) {
    let h = mix(salt + b);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ signature[b * ROWS + r]!);
    keys.push(h | 0);
  }
  return keys;
}

/** The whole title, and each of its first characters left out (shorter titles: only the whole). */
function titleKeys(title: string): number[] {
  const codes = codesOf(title);
  const keys = new Set([fnv(codes, 0, codes.length)]);
  if (codes.length >= MIN_VARIANT) {
    const head = codes.slice(0, VARIANTS);
    for (let i = 0; i < head.length; i++) keys.add(fnv([...head.slice(0, i), ...head.slice(i + 1)], 0, head.length - 1));
  }
  return [...keys].map((h) => mix(h ^ 0x717e) | 0);
}

/** What is stored with a matter (PostgreSQL's int4, hence signed): its text's signature and its lookup keys. */
export interface Signature {
  minhash: number[];
  keys: number[];
}

/** How many of a signature's keys are its text's bands: its title's keys come after them. */
const BAND_KEYS = SIZE / ROWS;

/** A signature's title keys: two matters sharing one have titles the same but for one character. */
export const titleKeysOf = (keys: readonly number[]) => keys.slice(BAND_KEYS);

/**
 * The minima as stored (bytea, 64 big-endian int32s): a hundred candidates' signatures are read back as bytes where
 * an array literal would be parsed element by element (docs/PERFORMANCE.md § Smart assistance).
 */
export function packed(minhash: readonly number[]): Buffer {
  const out = Buffer.alloc(minhash.length * 4);
  minhash.forEach((h, i) => out.writeInt32BE(h, i * 4));
  return out;
}

export function signatureOf(title: string, content: string): Signature {
  const text = minhash(shingles(normal(`${title}${content}`), SHINGLE), TEXT_SEEDS);
  return { minhash: Array.from(text, (h) => h | 0), keys: [...bands(text, 0x100), ...titleKeys(normal(title))] };
}

/**
 * The estimated resemblance of two texts, the share of their signatures' positions that agree, against a signature as
 * stored (`packed`), read in place: a lookup compares a hundred or more of them, and unpacking each into an array cost
 * more than the comparing (docs/PERFORMANCE.md § Smart assistance).
 */
export function storedResemblance(minhash: readonly number[], stored: Uint8Array): number {
  const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength);
  let same = 0;
  for (let i = 0; i < SIZE; i++) if (minhash[i] === view.getInt32(i * 4)) same++;
  return same / SIZE;
}

/** The resemblance of two titles by their character pairs, exactly (titles are short). */
export function titleResemblance(a: string, b: string): number {
  const x = shingles(normal(a), 2);
  const y = shingles(normal(b), 2);
  let shared = 0;
  for (const h of x) if (y.has(h)) shared++;
  return shared / (x.size + y.size - shared || 1);
}

/** A text that is little more than its title: while a registrar has typed only the title, titles are compared. */
export const titleOnly = (content: string) => normal(content).length < 10;
