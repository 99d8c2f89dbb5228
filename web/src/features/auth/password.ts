/** The client-side check matching the server's rule: at least 10 characters with letters and digits. */
export function passwordStrongEnough(password: string): boolean {
  return password.length >= 10 && /[A-Za-z]/.test(password) && /\d/.test(password);
}
