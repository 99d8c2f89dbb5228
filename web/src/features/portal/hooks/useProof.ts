import type { Challenge } from 'altcha-lib';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchChallenge } from '../api/portal';
import type { PortalChallenge, PortalSolution } from '../api/types';
import { solve } from '../solver';

export interface Proof {
  challenge: PortalChallenge;
  solution: PortalSolution;
  /** When the challenge was fetched: the server lets it expire after ten minutes. */
  fetchedAt: number;
}

// Older than this, a solved challenge is thrown away and a new one solved (the server's limit is 10 minutes).
const MAX_AGE_MS = 8 * 60_000;

async function solveFresh(controller: AbortController): Promise<Proof> {
  const fetchedAt = Date.now();
  const challenge = await fetchChallenge();
  const solution = await solve(challenge as unknown as Challenge, controller);
  if (!solution) throw new Error(controller.signal.aborted ? 'aborted' : 'unsolved');
  return { challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey }, fetchedAt };
}

export type ProofState = 'idle' | 'solving' | 'ready' | 'error';

/**
 * The proof-of-work a submission needs (ALTCHA, no third-party service): `start` solves one in the background
 * while the person writes; `take` hands it over (waiting if it is still being solved) and it is never reused.
 */
export function useProof() {
  const pending = useRef<{ promise: Promise<Proof>; controller: AbortController } | null>(null);
  const [state, setState] = useState<ProofState>('idle');

  const start = useCallback(() => {
    if (pending.current) return pending.current.promise;
    const controller = new AbortController();
    const promise = solveFresh(controller);
    const entry = { promise, controller };
    pending.current = entry;
    setState('solving');
    promise.then(
      () => {
        if (pending.current === entry) setState('ready');
      },
      () => {
        if (pending.current === entry) {
          pending.current = null;
          setState('error');
        }
      },
    );
    return promise;
  }, []);

  const take = useCallback(async (): Promise<Proof> => {
    let proof = await start();
    if (Date.now() - proof.fetchedAt > MAX_AGE_MS) {
      pending.current = null;
      proof = await start();
    }
    pending.current = null;
    setState('idle');
    return proof;
  }, [start]);

  useEffect(
    () => () => {
      pending.current?.controller.abort();
      pending.current = null;
    },
    [],
  );

  return { state, start, take };
}
