const KEY = 'xf.portal.token';

/** The short-lived token of the matter being followed, for this tab only (never the query code itself). */
export const portalToken = {
  get(): string | null {
    try {
      return sessionStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set(token: string): void {
    try {
      sessionStorage.setItem(KEY, token);
    } catch {
      // private mode without storage: the result page asks for the code again after a reload
    }
  },
  clear(): void {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // nothing stored
    }
  },
};
