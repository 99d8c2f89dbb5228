import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { textGrams } from '../server/src/shared/search.js';

/**
 * What the generator draws from: the real messages of the 2020 泰迪杯 data (bench/data, gzipped; README there), their
 * real answer delays, and the names, roads and numbers it varies them with. Everything random comes from one
 * seeded generator, so a seed gives the same data set.
 */
export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'data');

/** sfc32: small, fast, good enough for data generation; seeded through splitmix32. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    [this.a, this.b, this.c, this.d] = [next(), next(), next(), next()];
    for (let i = 0; i < 12; i++) this.float();
  }
  /** Uniform in [0, 1). */
  float(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.float() * n);
  }
  between(lo: number, hi: number): number {
    return lo + this.float() * (hi - lo);
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  /** One key of a table of weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.float() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) if ((r -= w) < 0) return k;
    return entries.at(-1)![0];
  }
}

export interface Message {
  title: string;
  body: string;
  /** Level-1 class of the taxonomy (the silver label, or the nearest class by bigram profile). */
  level1: string;
}

interface Raw {
  title: string;
  body: string;
  time: string;
  reply?: string;
  reply_time?: string;
  silver_label?: string;
}

/** The labelled set ships with the server (it trains the category model there); the others are the bench's own. */
export const SERVER_DATA = path.join(CORPUS_DIR, '..', '..', 'server', 'data');

export function readJsonl(file: string, dir = CORPUS_DIR): Raw[] {
  const text = gunzipSync(readFileSync(path.join(dir, `${file}.gz`))).toString('utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Raw);
}

const parseTime = (s: string) => Date.parse(s.replace(' ', 'T') + '+08:00');

export interface Corpus {
  messages: Message[];
  /** Messages by level-1 class, for mixing sentences within a class. */
  byClass: Map<string, number[]>;
  /** Days from a message to its official answer, for every answered message. */
  replyDays: number[];
  /** Real official answers, for the facts and reasons of decisions. */
  replies: string[];
  /** Sentences of all messages by class. */
  sentences: Map<string, string[]>;
}

/**
 * Loads the three message files. Unlabelled messages get the class whose character-bigram profile (from the
 * labelled ones, with the server's own bigrams) fits them best: a naive Bayes vote, good enough to keep a text
 * and its category together.
 */
export function loadCorpus(): Corpus {
  const silver = readJsonl('messages_silver2801.jsonl', SERVER_DATA);
  const replied = readJsonl('replied_messages_full2816.jsonl');
  const hot = readJsonl('hot_issue_messages_full4326.jsonl');

  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const m of silver) {
    const label = m.silver_label!;
    const c = counts.get(label) ?? new Map<string, number>();
    for (const g of textGrams(m.title, m.body)) c.set(g, (c.get(g) ?? 0) + 1);
    counts.set(label, c);
    totals.set(label, (totals.get(label) ?? 0) + 1);
  }
  const labels = [...counts.keys()].sort();
  const classify = (m: Raw) => {
    const grams = textGrams(m.title, m.body.slice(0, 300));
    let best = labels[0]!;
    let bestScore = -Infinity;
    for (const label of labels) {
      const c = counts.get(label)!;
      const n = totals.get(label)!;
      let score = Math.log(n);
      for (const g of grams) score += Math.log(((c.get(g) ?? 0) + 0.1) / (n + 1));
      if (score > bestScore) [best, bestScore] = [label, score];
    }
    return best;
  };

  const messages: Message[] = [...silver, ...replied, ...hot]
    .filter((m) => m.body.length >= 20)
    .map((m) => ({ title: m.title.slice(0, 100), body: m.body.slice(0, 6000), level1: m.silver_label ?? classify(m) }));
  const byClass = new Map<string, number[]>();
  const sentences = new Map<string, string[]>();
  messages.forEach((m, i) => {
    byClass.set(m.level1, [...(byClass.get(m.level1) ?? []), i]);
    const list = sentences.get(m.level1) ?? [];
    for (const s of splitSentences(m.body)) if (s.length >= 8 && s.length <= 120) list.push(s);
    sentences.set(m.level1, list);
  });
  const answered = replied.filter((m) => m.reply && m.reply_time);
  const replyDays = answered
    .map((m) => (parseTime(m.reply_time!) - parseTime(m.time)) / 86_400_000)
    .filter((d) => Number.isFinite(d) && d >= 0)
    .sort((a, b) => a - b);
  return { messages, byClass, replyDays, replies: answered.map((m) => m.reply!.slice(0, 800)), sentences };
}

export function splitSentences(text: string): string[] {
  return text.match(/[^。！？!?]+[。！？!?]?/g) ?? [text];
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红鹏建国建华建军志强志明海燕雪梅小红晓东文博宇航子涵浩然欣怡梓萱立新淑珍凤兰桂芝春梅振华';
const ROADS = ['人民路', '胜利街', '建设路', '新华路', '文化路', '东风街', '和平路', '解放路', '青年路', '中心街', '迎宾大道', '工业园路'];
const ESTATES = ['阳光花园', '幸福小区', '锦绣家园', '滨河苑', '翠湖名居', '金色华庭', '书香门第', '新城佳苑', '东方明珠苑', '御景园'];
const EMPLOYERS = ['某建筑工程有限公司', '某物业服务有限公司', '某机械制造厂', '某食品有限公司', '某商贸有限公司', '某化工有限公司'];

export const personName = (r: Rng) => r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.chance(0.6) ? r.pick([...GIVEN]) : '');
export const streetAddress = (r: Rng, place: string) =>
  `${place}${r.pick(ROADS)}${1 + r.int(300)}号${r.chance(0.5) ? `${r.pick(ESTATES)}${1 + r.int(30)}号楼${1 + r.int(6)}单元${101 + r.int(20) * 100 + r.int(4)}` : ''}`;
export const employer = (r: Rng, place: string) => place + r.pick(EMPLOYERS);

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A GB 11643 identity number born in the county: region, birth date, sequence, check character. */
export function identityNumber(r: Rng, county: string): string {
  const birth = new Date(Date.UTC(1940 + r.int(62), r.int(12), 1 + r.int(28)));
  const body = county + birth.toISOString().slice(0, 10).replaceAll('-', '') + String(r.int(1000)).padStart(3, '0');
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

export const mobile = (r: Rng) => `1${r.pick(['3', '5', '7', '8', '9'])}${String(r.int(1e9)).padStart(9, '0')}`;

/** Where a message is moved to: the pseudonymised places of the data become real ones. */
export interface Place {
  province: string;
  city: string;
  county: string;
  township: string;
}

/**
 * A variant of a real message: its places become the petition's, its figures change, and some sentences are
 * swapped for or joined by sentences of other messages of the same class.
 */
export function vary(r: Rng, text: string, place: Place, sentences: string[]): string {
  let out = text;
  if (sentences.length && r.chance(0.5)) {
    const parts = splitSentences(out);
    if (parts.length > 2 && r.chance(0.5)) parts[1 + r.int(parts.length - 2)] = r.pick(sentences);
    else parts.splice(r.int(parts.length + 1), 0, r.pick(sentences));
    out = parts.join('');
  }
  return out
    .replace(/西地省/g, place.province)
    .replace(/[A-Z]\d{1,2}[区县市]/g, place.county)
    .replace(/[A-Z]市/g, place.city)
    .replace(/\d{2,}/g, (d) => (/^(19|20)\d\d$/.test(d) ? d : String(Math.max(1, Math.round(Number(d) * r.between(0.5, 1.8))))))
    .slice(0, 20_000);
}
