import { describe, expect, it } from 'vitest';
import { passwordStrongEnough } from './password';

describe('passwordStrongEnough', () => {
  it('needs 10 characters with letters and digits', () => {
    expect(passwordStrongEnough('abc123')).toBe(false);
    expect(passwordStrongEnough('abcdefghijk')).toBe(false);
    expect(passwordStrongEnough('12345678901')).toBe(false);
    expect(passwordStrongEnough('Xinfang2026')).toBe(true);
  });
});
