import { createHash, randomBytes } from 'node:crypto';
import { createChallenge, verifySolution } from 'altcha-lib';
import { deriveKey as nodeDeriveKey } from 'altcha-lib/algorithms/sha';
import { describe, expect, it } from 'vitest';
import { deriveKeySha256, sha256 } from './sha256';
import { solveHere } from './solver';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('sha256', () => {
  it('equals Node’s SHA-256 at every padding boundary', () => {
    for (const n of [0, 1, 3, 31, 32, 36, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]) {
      const data = new Uint8Array(randomBytes(n));
      expect(hex(sha256(data)), `length ${n}`).toBe(createHash('sha256').update(data).digest('hex'));
    }
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('derives the key exactly as altcha-lib does, over several rounds', async () => {
    const salt = new Uint8Array(randomBytes(16));
    const password = new Uint8Array(randomBytes(20));
    for (const cost of [1, 3]) {
      const params = { algorithm: 'SHA-256', cost, keyLength: 32 } as const;
      const ours = await deriveKeySha256(params, salt, password);
      const theirs = await nodeDeriveKey({ ...params, nonce: '', salt: '', keyPrefix: '' }, salt, password);
      expect(hex(ours.derivedKey)).toBe(hex(theirs.derivedKey));
    }
  });

  it('solves a server challenge (as the portal does) that the server verifies', async () => {
    const secret = 'test-secret-test-secret';
    const challenge = await createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      counter: 5000,
      deriveKey: nodeDeriveKey,
      hmacSignatureSecret: secret,
      expiresAt: new Date(Date.now() + 60_000),
    });
    const solution = await solveHere(challenge);
    expect(solution?.counter).toBe(5000);
    const check = await verifySolution({ challenge, solution: solution!, deriveKey: nodeDeriveKey, hmacSignatureSecret: secret });
    expect(check.verified).toBe(true);
  });
});
