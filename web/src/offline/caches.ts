/** The offline worker's caches (web/sw/offline.ts), named here so that the page can empty the signed-in one. */
export const OFFLINE_CACHES = {
  pages: 'xf-offline-pages',
  assets: 'xf-offline-assets',
  /** The signed-in check (/api/auth/me) and the regions' reference data: emptied at log-out. */
  reads: 'xf-offline-reads',
} as const;

/** Where the worker serves pages: the grassroots ones, used on phones in villages. */
export const OFFLINE_SCOPE = '/disputes';

/** What the worker keeps of a page's reads: the signed-in check and the regions, never petition or dispute data. */
export const keptRead = (path: string): boolean => path === '/api/auth/me' || path.startsWith('/api/regions');
