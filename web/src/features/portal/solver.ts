import { solveChallenge, type Challenge, type DeriveKeyFunction, type Solution } from 'altcha-lib';
// Web Crypto variant for other algorithms ('altcha-lib/algorithms/sha' is Node's and does not run in a browser).
import { deriveKey as webDeriveKey } from 'altcha-lib/algorithms/web/sha';
import { deriveKeySha256 } from './sha256';

/** SHA-256 (what the server asks) in plain JavaScript, fast; anything else through Web Crypto. */
export const deriveKey: DeriveKeyFunction = (parameters, salt, password) =>
  parameters.algorithm === 'SHA-256' ? deriveKeySha256(parameters, salt, password) : webDeriveKey(parameters, salt, password);

/** Solves on the calling thread (the worker's body, and the fallback where workers fail). */
export function solveHere(challenge: Challenge, controller?: AbortController): Promise<Solution | null> {
  return solveChallenge({ challenge, deriveKey, controller, timeout: 120_000 });
}

/** Solves in a worker so typing never stutters; on the page itself when the browser cannot start one. */
export async function solve(challenge: Challenge, controller: AbortController): Promise<Solution | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./solver.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return solveHere(challenge, controller);
  }
  try {
    return await new Promise<Solution | null>((resolve, reject) => {
      controller.signal.addEventListener('abort', () => resolve(null));
      worker.addEventListener('message', (e: MessageEvent<{ solution?: Solution | null; error?: string }>) =>
        e.data.error ? reject(new Error(e.data.error)) : resolve(e.data.solution ?? null),
      );
      // A worker that cannot load (old browser, blocked script): solve here instead.
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        solveHere(challenge, controller).then(resolve, reject);
      });
      worker.postMessage({ challenge });
    });
  } finally {
    worker.terminate();
  }
}
