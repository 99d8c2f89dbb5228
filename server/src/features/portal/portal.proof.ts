import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Config } from '../../config.js';
import type { Executor } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { portalRepository } from './portal.repository.js';

/** What a protected public form sends with its fields: the challenge as given and the browser's solution. */
export interface Proof {
  challenge: { parameters: Record<string, unknown>; signature?: string | undefined };
  solution: { counter: number; derivedKey: string };
}

/**
 * The proof of work every public write carries (submission, 约访): a challenge signed by the server (no third-party
 * service), checked first, spent once the request's own rules have passed so a visitor told to fix a field keeps it.
 */
export function createProof(config: Config) {
  return {
    challenge(): Promise<Challenge> {
      return createChallenge({
        algorithm: 'SHA-256',
        cost: 1,
        counter: randomInt(config.portalChallengeWork, config.portalChallengeWork * 3),
        deriveKey,
        hmacSignatureSecret: config.sessionSecret,
        expiresAt: new Date(Date.now() + 10 * 60_000),
      });
    },

    async verify(input: Proof) {
      const check = await verifySolution({
        challenge: input.challenge as unknown as Challenge,
        solution: input.solution,
        deriveKey,
        hmacSignatureSecret: config.sessionSecret,
      });
      if (!check.verified) throw new AppError('portal_challenge_failed', { expired: check.expired });
    },

    /** Spends a verified challenge; a second use of it is refused. */
    async spend(db: Executor, input: Proof) {
      const expires = new Date(
        Number((input.challenge.parameters as { expiresAt?: number }).expiresAt ?? 0) * 1000 || Date.now() + 600_000,
      );
      if (!(await portalRepository.spendChallenge(db, input.challenge.signature ?? '', expires)))
        throw new AppError('portal_challenge_failed', { reused: true });
    },
  };
}
export type ProofService = ReturnType<typeof createProof>;
