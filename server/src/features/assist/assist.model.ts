import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The category model: softmax regression over TF-IDF weighted character unigrams and bigrams (Chinese needs no
 * word segmenter for this), one classifier per node of the taxonomy — the root chooses among the level-1
 * classes, a level-1 class among its level-2 classes and "this class itself", and so on down — trained only where
 * the examples reach. Pure: no database, no clock; the same examples and seed give the same model.
 */

/** One labelled text. `key` decides the held-out split (texts with the same key fall on the same side). */
export interface Example {
  key: string;
  title: string;
  content: string;
  /** The category's path of ids from level 1 down to the labelled category (1–3 ids). */
  path: number[];
  weight: number;
}

/** A node's classifier: its classes (category ids; `SELF` = the node's own category) over a subset of the vocabulary. */
interface Node {
  classes: number[];
  /** Vocabulary indices this node has weights for, ascending. */
  features: Int32Array;
  /** features.length × classes.length, row-major. */
  weights: Float32Array;
  bias: Float32Array;
}

export interface Model {
  /** Hashes of the known grams, ascending, with their inverse document frequency. */
  vocabulary: Int32Array;
  idf: Float32Array;
  /** By parent category id; the root is 0. */
  nodes: Map<number, Node>;
}

/** A node's class meaning "the node's own category, nothing finer". */
export const SELF = 0;

const TRAINING = {
  epochs: 12,
  learningRate: 0.5,
  l2: 1e-6,
  /** A gram seen in fewer texts than this is noise for a classifier of this size. */
  minDocumentFrequency: 2,
  /** A finer class needs this many examples before a node learns it; fewer stay with their parent. */
  minClassExamples: 3,
  /**
   * The most a class's examples are weighted up to count as much as a common class's: a class of a few new
   * examples must not outweigh everything else they resemble.
   */
  maxBalance: 4,
  /** Characters of the content read: the opening says what the matter is about. */
  contentChars: 1500,
};

/** 32-bit FNV-1a of a gram and the field it came from. */
function hash(field: number, gram: string): number {
  let h = (0x811c9dc5 ^ field) >>> 0;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h | 0;
}

const RUNS = /[\p{Script=Han}\p{L}\p{N}]+/gu;

/**
 * Gram hashes of a text and how often each occurs: character bigrams (a lone character on its own), title and
 * content counted apart, as a title says more. Single characters as well scored lower on the held-out split.
 */
function grams(title: string, content: string): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (field: number, text: string) => {
    for (const run of text.toLowerCase().match(RUNS) ?? []) {
      const chars = [...run];
      if (chars.length === 1) counts.set(hash(field, run), (counts.get(hash(field, run)) ?? 0) + 1);
      for (let i = 0; i + 1 < chars.length; i++) {
        const h = hash(field, chars[i]! + chars[i + 1]!);
        counts.set(h, (counts.get(h) ?? 0) + 1);
      }
    }
  };
  add(1, title);
  add(2, content.slice(0, TRAINING.contentChars));
  return counts;
}

/** Binary search of a hash in the sorted vocabulary. */
function indexOf(vocabulary: Int32Array, h: number): number {
  let lo = 0;
  let hi = vocabulary.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = vocabulary[mid]!;
    if (v === h) return mid;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A text as a sparse unit vector over the vocabulary: sublinear term frequency × idf. */
interface Vector {
  index: Int32Array;
  value: Float32Array;
}

function vectorize(vocabulary: Int32Array, idf: Float32Array, title: string, content: string): Vector {
  const pairs: [number, number][] = [];
  let norm = 0;
  for (const [h, n] of grams(title, content)) {
    const i = indexOf(vocabulary, h);
    if (i < 0) continue;
    const v = (1 + Math.log(n)) * idf[i]!;
    pairs.push([i, v]);
    norm += v * v;
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return { index: Int32Array.from(pairs, (p) => p[0]), value: Float32Array.from(pairs, (p) => p[1] * scale) };
}

/** A small seeded generator (mulberry32): training is repeatable. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function softmax(scores: Float32Array | Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  const out = new Float64Array(scores.length);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) sum += out[c] = Math.exp(scores[c]! - max);
  for (let c = 0; c < out.length; c++) out[c]! /= sum;
  return out;
}

/**
 * Scores of a vector at a node. Both index lists ascend; each of the text's few hundred grams is found by a binary
 * search from the last one found, as a node may hold the whole vocabulary: a merge walked all of it at every node of
 * the tree (docs/PERFORMANCE.md § Smart assistance).
 */
function scoresAt(node: Node, x: Vector): Float64Array {
  const C = node.classes.length;
  const scores = Float64Array.from(node.bias);
  const features = node.features;
  let lo = 0;
  for (let k = 0; k < x.index.length; k++) {
    const f = x.index[k]!;
    let hi = features.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (features[mid]! < f) lo = mid + 1;
      else hi = mid;
    }
    if (lo === features.length) break;
    if (features[lo] !== f) continue;
    const row = lo * C;
    for (let c = 0; c < C; c++) scores[c]! += node.weights[row + c]! * x.value[k]!;
  }
  return scores;
}

/** Trains one node by stochastic gradient descent on the cross-entropy, each class weighted to count equally. */
function trainNode(items: { x: Vector; y: number; weight: number }[], classes: number[], seed: number): Node {
  const C = classes.length;
  const features = Int32Array.from(new Set(items.flatMap((it) => [...it.x.index]))).sort();
  const row = new Map<number, number>();
  features.forEach((f, i) => row.set(f, i));
  const local = items.map((it) => ({
    rows: Int32Array.from(it.x.index, (f) => row.get(f)!),
    value: it.x.value,
    y: it.y,
    weight: it.weight,
  }));
  // Balanced: a class's examples together weigh about as much as any other class's (macro-F1 counts classes equally).
  const perClass = new Float64Array(C);
  for (const it of local) perClass[it.y]! += it.weight;
  const total = perClass.reduce((a, b) => a + b, 0);
  const weights = new Float32Array(features.length * C);
  const bias = new Float32Array(C);
  const next = random(seed);
  const order = local.map((_, i) => i);
  const scores = new Float64Array(C);
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = TRAINING.learningRate / (1 + epoch);
    for (const i of order) {
      const it = local[i]!;
      scores.set(bias);
      for (let k = 0; k < it.rows.length; k++) {
        const r = it.rows[k]! * C;
        const v = it.value[k]!;
        for (let c = 0; c < C; c++) scores[c]! += weights[r + c]! * v;
      }
      const p = softmax(scores);
      const scale = rate * it.weight * Math.min(TRAINING.maxBalance, total / (C * perClass[it.y]!));
      for (let c = 0; c < C; c++) {
        const g = (p[c]! - (c === it.y ? 1 : 0)) * scale;
        if (g === 0) continue;
        bias[c]! -= g;
        for (let k = 0; k < it.rows.length; k++) {
          const at = it.rows[k]! * C + c;
          weights[at]! -= g * it.value[k]! + rate * TRAINING.l2 * weights[at]!;
        }
      }
    }
  }
  return { classes, features, weights, bias };
}

/** The vocabulary of a set of texts: grams in at least the minimum number of them, with their idf. */
function vocabularyOf(texts: Map<number, number>[]): { vocabulary: Int32Array; idf: Float32Array } {
  const df = new Map<number, number>();
  for (const t of texts) for (const h of t.keys()) df.set(h, (df.get(h) ?? 0) + 1);
  const kept = [...df].filter(([, n]) => n >= TRAINING.minDocumentFrequency).sort((a, b) => a[0] - b[0]);
  return {
    vocabulary: Int32Array.from(kept, ([h]) => h),
    idf: Float32Array.from(kept, ([, n]) => Math.log((1 + texts.length) / (1 + n)) + 1),
  };
}

/** Trains the tree of classifiers: a node wherever its examples name at least two classes often enough. */
export function train(examples: Example[], seed = 1): Model {
  const { vocabulary, idf } = vocabularyOf(examples.map((e) => grams(e.title, e.content)));
  const vectors = examples.map((e) => vectorize(vocabulary, idf, e.title, e.content));
  const nodes = new Map<number, Node>();
  // The examples reaching each node, with the class they name there (SELF when labelled at the node's category).
  const reaching = new Map<number, { x: Vector; label: number; weight: number }[]>();
  examples.forEach((e, i) => {
    e.path.forEach((id, depth) => {
      const parent = depth === 0 ? 0 : e.path[depth - 1]!;
      if (!reaching.has(parent)) reaching.set(parent, []);
      reaching.get(parent)!.push({ x: vectors[i]!, label: id, weight: e.weight });
    });
    const last = e.path.at(-1);
    if (last !== undefined && e.path.length < 3) {
      if (!reaching.has(last)) reaching.set(last, []);
      reaching.get(last)!.push({ x: vectors[i]!, label: SELF, weight: e.weight });
    }
  });
  for (const [parent, items] of reaching) {
    const counts = new Map<number, number>();
    for (const it of items) counts.set(it.label, (counts.get(it.label) ?? 0) + 1);
    // Too rare a finer class is read as its parent; the root has no parent to fall back on.
    const fallback = parent === 0 ? null : SELF;
    const classes = [...counts]
      .filter(([label, n]) => n >= TRAINING.minClassExamples || fallback === null || label === SELF)
      .map(([l]) => l);
    if (fallback !== null && !classes.includes(SELF)) classes.push(SELF);
    classes.sort((a, b) => a - b);
    if (classes.length < 2) continue;
    const index = new Map(classes.map((c, i) => [c, i]));
    const labelled = items.map((it) => ({ x: it.x, y: index.get(it.label) ?? index.get(SELF)!, weight: it.weight }));
    nodes.set(parent, trainNode(labelled, classes, seed + parent));
  }
  return { vocabulary, idf, nodes };
}

/** A suggestion: the category (its path of ids) and the probability the model gives it. */
export interface Prediction {
  path: number[];
  score: number;
}

/** The categories of a text, most probable first: every leaf the tree reaches, its probability the product down. */
export function predict(model: Model, title: string, content: string, limit = 3): Prediction[] {
  const x = vectorize(model.vocabulary, model.idf, title, content);
  const out: Prediction[] = [];
  const walk = (parent: number, path: number[], p: number) => {
    const node = model.nodes.get(parent);
    if (!node) {
      if (path.length) out.push({ path, score: p });
      return;
    }
    const probs = softmax(scoresAt(node, x));
    node.classes.forEach((c, i) => {
      const q = p * probs[i]!;
      // A branch below 1% cannot reach the top three worth showing: not walked. A level-1 class that is a leaf is
      // still listed (a short list is filled with it); one with a node below would list nothing, and is not scored.
      if (q < 0.01 && (path.length || model.nodes.has(c))) return;
      if (c === SELF) out.push({ path, score: q });
      else walk(c, [...path, c], q);
    });
  };
  walk(0, [], 1);
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** The level-1 classes of a text, by probability (the figures the evaluation reports are about level 1). */
export function predictLevel1(model: Model, title: string, content: string): { id: number; score: number }[] {
  const root = model.nodes.get(0);
  if (!root) return [];
  const probs = softmax(scoresAt(root, vectorize(model.vocabulary, model.idf, title, content)));
  return root.classes.map((id, i) => ({ id, score: probs[i]! })).sort((a, b) => b.score - a.score);
}

/** Level-1 classes the model knows. */
export function level1Classes(model: Model): number[] {
  return model.nodes.get(0)?.classes ?? [];
}

/**
 * Kept as bytes: a JSON header and the arrays, weights as 16-bit integers with a scale per node (a model of the
 * shipped data is about 2 MB), gzipped.
 */
export function serialize(model: Model): Buffer {
  const parts: Buffer[] = [];
  const nodes: { parent: number; classes: number[]; features: number; scale: number; bias: number[] }[] = [];
  const bytes = (a: Int32Array | Float32Array | Int16Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  parts.push(bytes(model.vocabulary), bytes(model.idf));
  for (const [parent, n] of model.nodes) {
    let max = 0;
    for (const w of n.weights) max = Math.max(max, Math.abs(w));
    const scale = max > 0 ? max / 32767 : 1;
    nodes.push({ parent, classes: n.classes, features: n.features.length, scale, bias: [...n.bias] });
    parts.push(bytes(n.features), bytes(Int16Array.from(n.weights, (w) => Math.round(w / scale))));
  }
  const header = Buffer.from(JSON.stringify({ vocabulary: model.vocabulary.length, nodes }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return gzipSync(Buffer.concat([length, header, ...parts]), { level: 6 });
}

export function deserialize(stored: Buffer): Model {
  const raw = gunzipSync(stored);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString()) as {
    vocabulary: number;
    nodes: { parent: number; classes: number[]; features: number; scale: number; bias: number[] }[];
  };
  let at = 4 + headerLength;
  // Copied out: typed arrays need aligned offsets, which the packed bytes do not promise.
  const take = <T>(n: number, size: number, make: (b: ArrayBuffer) => T): T => {
    const copy = raw.subarray(at, at + n * size);
    at += n * size;
    return make(copy.buffer.slice(copy.byteOffset, copy.byteOffset + copy.byteLength));
  };
  const vocabulary = take(header.vocabulary, 4, (b) => new Int32Array(b));
  const idf = take(header.vocabulary, 4, (b) => new Float32Array(b));
  const nodes = new Map<number, Node>();
  for (const n of header.nodes) {
    const features = take(n.features, 4, (b) => new Int32Array(b));
    const quantized = take(n.features * n.classes.length, 2, (b) => new Int16Array(b));
    // A loop, not Float32Array.from with a function: some seconds less for a model of millions of weights.
    const weights = new Float32Array(quantized.length);
    for (let i = 0; i < quantized.length; i++) weights[i] = quantized[i]! * n.scale;
    nodes.set(n.parent, { classes: n.classes, features, weights, bias: Float32Array.from(n.bias) });
  }
  return { vocabulary, idf, nodes };
}
