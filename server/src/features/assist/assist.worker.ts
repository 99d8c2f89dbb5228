import { parentPort, workerData } from 'node:worker_threads';
import { trainAndEvaluate } from './assist.evaluate.js';
import { serialize, type Example } from './assist.model.js';

/** Trains off the server's event loop (a minute of CPU at most): the examples in, the weights and figures out. */
const started = performance.now();
const { model, evaluation } = trainAndEvaluate(workerData as Example[]);
const params = serialize(model);
parentPort!.postMessage({ params, evaluation, seconds: (performance.now() - started) / 1000 });
