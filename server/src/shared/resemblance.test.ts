import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packed, signatureOf, storedResemblance, titleKeysOf, titleOnly, titleResemblance } from './resemblance.js';

const sameTitleKey = (a: number[], b: number[]) => titleKeysOf(a).some((k) => titleKeysOf(b).includes(k));

const sample = readFileSync(new URL('../../data/messages-sample.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { title: string; body: string });

/** The exact resemblance of two texts' 5-character runs, to check the estimate against. */
function exact(a: string, b: string) {
  const runs = (t: string) => {
    const c = [...(t.toLowerCase().match(/[\p{Script=Han}\p{L}\p{N}]/gu) ?? [])];
    return new Set(c.slice(0, Math.max(1, c.length - 4)).map((_, i) => c.slice(i, i + 5).join('')));
  };
  const x = runs(a);
  const y = runs(b);
  const shared = [...x].filter((r) => y.has(r)).length;
  return shared / (x.size + y.size - shared);
}

const shareKey = (a: number[], b: number[]) => a.some((k) => b.includes(k));

describe('text signatures', () => {
  it('are the same for the same words, whatever the spacing and punctuation', () => {
    const a = signatureOf('小区噪音扰民', '楼下烧烤摊每晚营业到凌晨两点，噪音很大。');
    const b = signatureOf('小区 噪音扰民！', '楼下烧烤摊每晚营业到凌晨两点 噪音很大');
    expect(b).toEqual(a);
    expect(a.minhash).toHaveLength(64);
    // 32 bands of the text; the title whole and with each of its 6 characters left out.
    expect(a.keys).toHaveLength(32 + 1 + 6);
    expect(a.minhash.every((h) => Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31)).toBe(true);
  });

  it('are stored as 256 bytes and compared as stored as they are unstored', () => {
    const { minhash } = signatureOf(sample[0]!.title, sample[0]!.body);
    const other = signatureOf(sample[1]!.title, sample[0]!.body.slice(40)).minhash;
    const bytes = packed(other);
    expect(bytes).toHaveLength(256);
    // As PostgreSQL hands a bytea back: a view into a larger buffer, at an offset not a multiple of 4.
    const within = new Uint8Array(bytes.length + 3);
    within.set(bytes, 3);
    const stored = within.subarray(3);
    expect(storedResemblance(other, stored)).toBe(1);
    const agreeing = minhash.filter((h, i) => h === other[i]).length / minhash.length;
    expect(storedResemblance(minhash, stored)).toBe(agreeing);
    expect(agreeing).toBeGreaterThan(0.3);
    expect(agreeing).toBeLessThan(1);
  });

  it('estimate the resemblance of real messages within a few points, and keep unrelated ones apart', () => {
    const texts = sample.slice(0, 40).map((m) => m.title + m.body);
    for (let i = 0; i + 1 < texts.length; i += 2) {
      const a = texts[i]!;
      // A near-duplicate: the same message with its last third rewritten.
      const b = a.slice(0, Math.floor((a.length * 2) / 3)) + '以上情况属实，恳请有关部门尽快调查处理并给予答复。';
      const est = storedResemblance(signatureOf('', a).minhash, packed(signatureOf('', b).minhash));
      expect(Math.abs(est - exact(a, b))).toBeLessThan(0.2);
      const other = storedResemblance(signatureOf('', a).minhash, packed(signatureOf('', texts[i + 1]!).minhash));
      expect(other).toBeLessThan(0.15);
    }
  });

  it('give near-duplicates a shared key and unrelated messages none', () => {
    let shared = 0;
    let strangers = 0;
    const pairs = sample.slice(0, 60);
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const m = pairs[i]!;
      const copy = signatureOf(`${m.title}（再次反映）`, `${m.body}希望尽快处理。`);
      if (shareKey(signatureOf(m.title, m.body).keys, copy.keys)) shared++;
      if (shareKey(signatureOf(m.title, m.body).keys, signatureOf(pairs[i + 1]!.title, pairs[i + 1]!.body).keys)) strangers++;
    }
    expect(shared).toBe(30);
    expect(strangers).toBeLessThanOrEqual(1);
  });

  it('give titles the same but for one character a shared key however different the texts, and other titles none', () => {
    const title = '投诉小区附近搅拌站噪音扰民';
    const keysOf = (t: string, content: string) => signatureOf(t, content).keys;
    const a = keysOf(title, '搅拌站日夜施工，粉尘和噪音严重影响居民休息。');
    for (const near of [
      title,
      '投诉小区附近搅拌站噪声扰民',
      '投诉小区附近的搅拌站噪音扰民',
      '投诉小区附近搅拌噪音扰民',
      '投诉：小区附近搅拌站噪音扰民！',
    ])
      expect(sameTitleKey(a, keysOf(near, '晚上十点以后还有大车进出，请环保部门查处。')), near).toBe(true);
    // Two characters changed, or the same words about another place: not the same title.
    for (const other of ['投诉小区附近工地机械噪音扰民', '投诉学校附近搅拌站噪声扰民', '反映小区附近搅拌站粉尘污染'])
      expect(shareKey(a, keysOf(other, '晚上十点以后还有大车进出，请环保部门查处。')), other).toBe(false);
    // The text's bands are not the title's: the same text under another title shares no title key.
    expect(sameTitleKey(a, keysOf('反映小区附近搅拌站粉尘污染', '搅拌站日夜施工，粉尘和噪音严重影响居民休息。'))).toBe(false);
    expect(titleResemblance(title, '投诉小区附近搅拌站噪声扰民')).toBeGreaterThan(0.7);
  });
});

describe('titleOnly', () => {
  it('is true while little more than a title is typed', () => {
    expect(titleOnly('')).toBe(true);
    expect(titleOnly('见标题。')).toBe(true);
    expect(titleOnly('楼下烧烤摊每晚营业到凌晨两点，噪音很大')).toBe(false);
  });
});
