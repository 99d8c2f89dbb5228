import type { Challenge } from 'altcha-lib';
import { solveHere } from './solver';

// The proof-of-work off the page's thread: one challenge in, its solution (or the error) out.
self.onmessage = (e: MessageEvent<{ challenge: Challenge }>) => {
  solveHere(e.data.challenge).then(
    (solution) => self.postMessage({ solution }),
    (error: unknown) => self.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
};
