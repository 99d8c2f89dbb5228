import type { Executor } from '../../db/database.js';
import { portalRepository } from './portal.repository.js';

/** Wrong codes allowed for one key before it is locked, and how long the lock lasts. */
export const MAX_CODE_FAILURES = 5;
const LOCK_MINUTES = 15;

/**
 * The lock-out of a key (a petition number, a phone, a booking) after wrong codes: query codes, SMS codes and 约访
 * codes are guarded alike.
 */
export const codeGuard = {
  lockedUntil: (db: Executor, key: string) => portalRepository.lockedUntil(db, key),
  fail: (db: Executor, key: string) => portalRepository.fail(db, key, MAX_CODE_FAILURES, LOCK_MINUTES),
  clear: (db: Executor, key: string) => portalRepository.clearFailures(db, key),
};
