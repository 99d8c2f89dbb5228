import { describe, expect, it } from 'vitest';
import { isStrongPassword } from './password.js';

describe('the password rule', () => {
  it('wants ten characters or more, letters and digits both', () => {
    expect(isStrongPassword('abc123')).toBe(false);
    expect(isStrongPassword('abcdefghijk')).toBe(false);
    expect(isStrongPassword('12345678901')).toBe(false);
    expect(isStrongPassword('Xinfang2026')).toBe(true);
    expect(isStrongPassword(`a1${'x'.repeat(126)}`)).toBe(true);
    expect(isStrongPassword(`a1${'x'.repeat(127)}`)).toBe(false);
  });

  it('refuses the username, whatever the case', () => {
    expect(isStrongPassword('Clerk20260', 'clerk20260')).toBe(false);
    expect(isStrongPassword('Clerk20260', 'clerk')).toBe(true);
  });
});
