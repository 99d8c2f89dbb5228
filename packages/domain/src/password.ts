/** The password rule staff passwords must meet; the browser checks it before the server enforces it. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** At least ten characters, letters and digits both, and not the username (compared without case). */
export function isStrongPassword(password: string, username?: string): boolean {
  return (
    password.length >= PASSWORD_MIN_LENGTH &&
    password.length <= PASSWORD_MAX_LENGTH &&
    /[A-Za-z]/.test(password) &&
    /[0-9]/.test(password) &&
    (username === undefined || password.toLowerCase() !== username.toLowerCase())
  );
}
