import { createHash } from 'node:crypto';
import { predictLevel1, train, type Example, type Model } from './assist.model.js';

/** One in five texts is held out, chosen by a hash of its key: the same text always falls on the same side. */
export function heldOut(key: string): boolean {
  return createHash('sha1').update(key).digest()[0]! % 5 === 0;
}

/** What a version's page shows of it: level-1 figures on the held-out fifth (docs/PERFORMANCE.md "Smart assistance"). */
export interface Evaluation {
  /** Level-1 class ids, the order of the rows and columns below. */
  classes: number[];
  trainCount: number;
  testCount: number;
  macroF1: number;
  top1: number;
  top3: number;
  perClass: { id: number; precision: number; recall: number; f1: number; support: number }[];
  /** confusion[true][predicted], counts. */
  confusion: number[][];
}

const round = (v: number) => Math.round(v * 10000) / 10000;

/** Figures of a model on labelled texts, at level 1. */
export function evaluate(model: Model, classes: number[], test: Example[], trainCount: number): Evaluation {
  const at = new Map(classes.map((c, i) => [c, i]));
  const confusion = classes.map(() => classes.map(() => 0));
  let top1 = 0;
  let top3 = 0;
  let counted = 0;
  for (const e of test) {
    const truth = at.get(e.path[0]!);
    if (truth === undefined) continue;
    const ranked = predictLevel1(model, e.title, e.content);
    const best = at.get(ranked[0]?.id ?? -1);
    counted++;
    if (best !== undefined) confusion[truth]![best]!++;
    if (ranked[0]?.id === e.path[0]) top1++;
    if (ranked.slice(0, 3).some((r) => r.id === e.path[0])) top3++;
  }
  const perClass = classes.map((id, i) => {
    const tp = confusion[i]![i]!;
    const predicted = confusion.reduce((s, row) => s + row[i]!, 0);
    const support = confusion[i]!.reduce((s, v) => s + v, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { id, precision: round(precision), recall: round(recall), f1: round(f1), support };
  });
  const supported = perClass.filter((c) => c.support > 0);
  return {
    classes,
    trainCount,
    testCount: counted,
    macroF1: round(supported.reduce((s, c) => s + c.f1, 0) / Math.max(1, supported.length)),
    top1: round(counted ? top1 / counted : 0),
    top3: round(counted ? top3 / counted : 0),
    perClass,
    confusion,
  };
}

/** Trains on four fifths, measures on the fifth held out, then trains the model kept on all of them. */
export function trainAndEvaluate(examples: Example[], seed = 1): { model: Model; evaluation: Evaluation } {
  const trainSet = examples.filter((e) => !heldOut(e.key));
  const testSet = examples.filter((e) => heldOut(e.key));
  const trial = train(trainSet, seed);
  const classes = [...new Set(examples.map((e) => e.path[0]!))].sort((a, b) => a - b);
  const evaluation = evaluate(trial, classes, testSet, trainSet.length);
  return { model: train(examples, seed), evaluation };
}
