import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, gramSet, groupSimilar, jaccard, type GroupInput } from './stats.groups.js';

/** Real messages of the 2020 泰迪杯 data (see server/data/README.md). */
interface Message {
  id: number;
  user: string;
  title: string;
  body: string;
  time: string;
  group?: number | null;
  set?: 'template' | 'property';
}
const read = (url: URL) =>
  readFileSync(url, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Message);
/** 49 groups of near-duplicates (`group`) and 120 unrelated messages. */
const nearDuplicates = read(new URL('../../test/fixtures/hot-issue-near-duplicates.jsonl', import.meta.url));
/** One writer's letters on different matters in one template, and retellings of two 物业 complaints. */
const extra = read(new URL('../../test/fixtures/similar-groups.jsonl', import.meta.url));
const sample = read(new URL('../../../data/messages-sample.jsonl', import.meta.url));

/** What the service groups: the title and the opening of the content. */
const textOf = (m: Message) => `${m.title}。${m.body.slice(0, 400)}`;
const asItems = (ms: Message[], current: (m: Message) => boolean = () => true): GroupInput[] =>
  ms.map((m) => ({ id: m.id, text: textOf(m), current: current(m) }));
const fixtureGroups = new Map<number, number[]>();
for (const m of nearDuplicates) if (m.group != null) fixtureGroups.set(m.group, [...(fixtureGroups.get(m.group) ?? []), m.id]);

describe('groups of similar matters', () => {
  it('puts each group of real near-duplicates together and leaves unrelated messages out', () => {
    const groups = groupSimilar(asItems(nearDuplicates), { minSize: 2, maxGroups: 1000 });
    const groupOf = new Map(groups.flatMap((g, i) => g.ids.map((id) => [id, i] as const)));
    const split = [...fixtureGroups].filter(([, ids]) => new Set(ids.map((id) => groupOf.get(id))).size > 1 || !groupOf.has(ids[0]!));
    // Group 44's third letter retells the matter in new words (similarity 0.30), below the threshold by choice.
    expect(split.map(([g]) => g)).toEqual([44]);
    // No result mixes two matters, and none of the 120 unrelated messages is in any group.
    const byId = new Map(nearDuplicates.map((m) => [m.id, m]));
    for (const g of groups) expect(new Set(g.ids.map((id) => byId.get(id)!.group)).size).toBe(1);
    expect(nearDuplicates.filter((m) => m.group == null && groupOf.has(m.id))).toEqual([]);
    // Four copies of one letter and a variant of it (相关部门 for 相关政府部门): the copies are the more central.
    expect(groups[groupOf.get(226753)!]!.ids).toEqual([201447, 229903, 273925, 278907, 226753]);
  });

  it('finds the same groups with LSH as by comparing every pair', () => {
    const all = [...nearDuplicates, ...extra];
    const grams = all.map((m) => gramSet(textOf(m)));
    const parent = all.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        if (grams[i]!.length >= 5 && grams[j]!.length >= 5 && jaccard(grams[i]!, grams[j]!) >= DEFAULT_THRESHOLD) {
          parent[find(i)] = find(j);
        }
      }
    }
    const exact = new Map<number, number[]>();
    all.forEach((m, i) => exact.set(find(i), [...(exact.get(find(i)) ?? []), m.id]));
    const key = (ids: number[]) => [...ids].sort((a, b) => a - b).join(',');
    const expected = [...exact.values()].filter((ids) => ids.length >= 2).map(key);
    const found = groupSimilar(asItems(all), { minSize: 2, maxGroups: 1000 }).map((g) => key(g.ids));
    expect(found.sort()).toEqual(expected.sort());
  });

  it('keeps one writer’s template letters on different matters apart, which a lower threshold chains together', () => {
    const letters = extra.filter((m) => m.set === 'template');
    expect(groupSimilar(asItems(letters))).toEqual([]);
    // At 0.3 the shared boilerplate links letters on schools, parks, roads and investment into groups of 13 and 8.
    expect(groupSimilar(asItems(letters), { threshold: 0.3 }).map((g) => g.size)).toEqual([13, 8]);
  });

  it('counts the members of the period before, and orders by size, then growth', () => {
    // 泉星公园 (group 41, five letters): two came in the previous period.
    const park = fixtureGroups.get(41)!;
    const before = new Set(park.slice(0, 2));
    const groups = groupSimilar(
      asItems(nearDuplicates, (m) => !before.has(m.id)),
      { maxGroups: 100 },
    );
    const parkGroup = groups.find((g) => g.ids.includes(park[2]!))!;
    expect(parkGroup).toMatchObject({ size: 3, previous: 2 });
    expect([...parkGroup.ids].sort()).toEqual(park.slice(2).sort());
    // Sizes never rise down the list; of equal size, those with fewer before (more growth) come first.
    for (let i = 1; i < groups.length; i++) {
      const [a, b] = [groups[i - 1]!, groups[i]!];
      expect(a.size > b.size || (a.size === b.size && a.previous <= b.previous)).toBe(true);
    }
    expect(groups.filter((g) => g.size === 3).at(-1)).toBe(parkGroup);
    // A group only of the previous period is no hot issue now.
    const old = new Set(fixtureGroups.get(0)!);
    expect(
      groupSimilar(
        asItems(nearDuplicates, (m) => !old.has(m.id)),
        { maxGroups: 100 },
      ).some((g) => g.previous === 3),
    ).toBe(false);
  });

  it('names a group by characteristic words, not petition boilerplate', () => {
    // Among all the messages at hand, so that rarity means something (the sample has two of the extra ones).
    const others = sample.filter((m) => !extra.some((e) => e.id === m.id));
    const groups = groupSimilar(asItems([...nearDuplicates, ...others, ...extra]), { minSize: 2, maxGroups: 1000 });
    const about = (id: number) => groups.find((g) => g.ids.includes(id))!;
    // 长城物业 would not refund a renovation deposit (three copies of one letter).
    expect(about(221187).terms).toContain('物业');
    // 程明物业 charges residents for parking on common ground.
    expect(about(228102).terms).toContain('物业');
    for (const g of groups) {
      expect(g.terms.length).toBeGreaterThanOrEqual(1);
      expect(g.terms.length).toBeLessThanOrEqual(4);
      for (const t of g.terms) expect(['我们', '你好', '请问', '领导', '问题', '反映']).not.toContain(t);
    }
    expect(about(fixtureGroups.get(41)![0]!).terms).toContain('泉星');
  });

  it('is deterministic, and groups 3,000 texts of 300 characters quickly', () => {
    const items = asItems(nearDuplicates);
    expect(groupSimilar(items)).toEqual(groupSimilar(items));

    // 3,000 texts made of real sentences drawn at random (fixed seed) from the messages at hand.
    const sentences = [...sample, ...nearDuplicates].flatMap((m) => textOf(m).split(/(?<=[。！？；\n])/));
    let seed = 42;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const texts: GroupInput[] = [];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      while (text.length < 300) text += sentences[Math.floor(random() * sentences.length)];
      texts.push({ id: i + 1, text: text.slice(0, 300), current: i % 2 === 0 });
    }
    const timed = () => {
      const start = performance.now();
      const groups = groupSimilar(texts);
      return { ms: (performance.now() - start).toFixed(0), groups: groups.length };
    };
    const [first, again] = [timed(), timed()];
    console.log(`grouped 3,000 texts of 300 characters in ${first.ms} ms, then ${again.ms} ms (${first.groups} groups)`);
  });
});
