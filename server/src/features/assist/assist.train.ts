import { Worker } from 'node:worker_threads';
import type { Evaluation } from './assist.evaluate.js';
import type { Example } from './assist.model.js';

export interface Trained {
  params: Buffer;
  evaluation: Evaluation;
  seconds: number;
}

/**
 * Runs the training in a worker thread. Built, the worker is plain JavaScript; from the TypeScript sources (tests,
 * `tsx`) it registers tsx's loader first, as a worker does not inherit the loaders of the thread that starts it.
 */
export function trainInWorker(examples: Example[]): Promise<Trained> {
  const source = import.meta.url.endsWith('.ts');
  const file = new URL(source ? './assist.worker.ts' : './assist.worker.js', import.meta.url);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); })`;
  return new Promise((resolve, reject) => {
    const worker = source ? new Worker(boot, { eval: true, workerData: examples }) : new Worker(file, { workerData: examples });
    worker.once('message', (m: Trained) => resolve({ ...m, params: Buffer.from(m.params) }));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`training worker stopped with code ${code}`));
    });
  });
}
