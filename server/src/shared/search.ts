import { sql, type RawBuilder } from 'kysely';
/**
 * Chinese search without a word segmenter: texts are indexed by their character bigrams (and single
 * characters of one-character runs) in a GIN-indexed text[]; a query term matches when the text has all
 * the term's grams and then contains the term itself. Exact for 2-character words (物业, 拆迁, 欠薪),
 * which trigram indexes cannot find, and for longer phrases.
 */

/** Runs of Han characters, letters and digits, lower-cased; everything else separates. */
export function runs(text: string): string[] {
  return text.toLowerCase().match(/[\p{Script=Han}\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct grams of a text, for the index. */
export function textGrams(...texts: (string | null | undefined)[]): string[] {
  const grams = new Set<string>();
  for (const text of texts) {
    for (const run of runs(text ?? '')) {
      const chars = [...run];
      if (chars.length === 1) grams.add(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
    }
  }
  return [...grams];
}

/** Query terms: split on spaces, punctuation dropped; each term must match. */
export function queryTerms(q: string): string[] {
  return [...new Set(q.split(/\s+/).flatMap(runs))].filter((t) => t.length > 0).slice(0, 8);
}

/** The grams a text must contain to possibly match a term (none for a single character). */
export function termGrams(term: string): string[] {
  const chars = [...term];
  if (chars.length < 2) return [];
  return textGrams(term);
}

/** The text around the first match, split into plain and matched parts; null when nothing matches. */
export function snippet(text: string, terms: string[], radius = 40): { text: string; hit: boolean }[] | null {
  if (terms.length === 0) return null;
  const lower = text.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0));
  if (!Number.isFinite(first)) return null;
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, first + radius * 2);
  const window = text.slice(start, end);
  const pattern = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  const parts: { text: string; hit: boolean }[] = [];
  if (start > 0) parts.push({ text: '…', hit: false });
  let last = 0;
  for (const m of window.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: window.slice(last, m.index), hit: false });
    parts.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < window.length) parts.push({ text: window.slice(last), hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
}

/** Title plus the opening of the text, normalised: what repeat detection compares with trigrams. */
export function summaryOf(title: string, content: string): string {
  return runs(`${title} ${content.slice(0, 200)}`).join(' ');
}

/**
 * What a matter being typed is compared with, by trigrams: its summary, and its title alone, for while only the title
 * is typed (an exact title then matches fully, though the stored summary goes on with the text).
 */
export interface MatterText {
  summary: string;
  title: string;
}

export const matterTextOf = (title: string, content: string): MatterText => ({ summary: summaryOf(title, content), title: title.trim() });

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

/**
 * `column` contains `term` as typed (`%` and `_` are literal), case-insensitively. A term without letters that have
 * case (Chinese, digits) is the same under `like`, which compares bytes; `ilike` lower-cases the whole text first,
 * which is slower (docs/PERFORMANCE.md § Measurements behind code choices).
 */
export function contains(column: RawBuilder<unknown>, term: string) {
  const op = term.toLowerCase() === term.toUpperCase() ? sql`like` : sql`ilike`;
  return sql<boolean>`${column} ${op} ${`%${escapeLike(term)}%`}`;
}

/**
 * Why two matters are similar, for the eye: the longest run of characters they share (at least `min`), or null.
 * Texts here are a title and an opening (summaryOf), a few hundred characters: the quadratic table is cheap.
 */
export function sharedPhrase(a: string, b: string, min = 2): string | null {
  const x = [...a];
  const y = [...b];
  let best = 0;
  let end = 0;
  let previous = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const current = new Uint16Array(y.length + 1);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1]) continue;
      current[j] = previous[j - 1]! + 1;
      if (current[j]! > best) {
        best = current[j]!;
        end = i;
      }
    }
    previous = current;
  }
  const phrase = x
    .slice(end - best, end)
    .join('')
    .trim();
  return [...phrase].length >= min ? phrase : null;
}
