import { isStrongPassword } from '@xinfang/domain';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors.js';

/** Argon2id with the library defaults (19 MiB, 2 passes): OWASP's baseline. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Constant-time comparison handled by argon2. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

// Verified against when the username does not exist, so the answer takes as long either way.
let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real verification; always false. */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= hash('not-a-real-password-0');
  await verify(await dummyHash, password).catch(() => false);
  return false;
}

/** Rejects passwords that are short, of one kind of character, or equal to the username. */
export function assertStrongPassword(password: string, username: string): void {
  if (!isStrongPassword(password, username))
    throw new AppError('password_too_weak', {
      fields: [{ path: 'newPassword', message: '密码至少 10 位，须同时包含字母和数字，且不能与用户名相同。' }],
    });
}

/** A readable one-time password for resets: no 0/O or 1/l confusion. */
export function temporaryPassword(): string {
  const letters = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz';
  const digits = '23456789';
  const pick = (set: string, n: number) => Array.from(crypto.getRandomValues(new Uint32Array(n)), (x) => set[x % set.length]).join('');
  return `${pick(letters, 6)}${pick(digits, 4)}${pick(letters, 2)}`;
}
