import { useEffect } from 'react';
import { keptRead, OFFLINE_CACHES, OFFLINE_SCOPE } from './caches';

/**
 * Lets the page it is used on open again without a signal (web/sw/offline.ts), for pages under OFFLINE_SCOPE. The
 * worker only exists in a build; without it (an old browser, plain HTTP off localhost) the page works as before.
 */
export function useOfflinePage(): void {
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !location.pathname.startsWith(OFFLINE_SCOPE)) return;
    void keepThisPage().catch(() => undefined);
  }, []);
}

async function keepThisPage(): Promise<void> {
  await navigator.serviceWorker.register('/sw.js', { scope: OFFLINE_SCOPE });
  const { active } = await navigator.serviceWorker.ready;
  // What the page loaded before the worker took it over is kept too (workbox-routing's CACHE_URLS message).
  const loaded = performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.origin === location.origin && (u.pathname.startsWith('/assets/') || keptRead(u.pathname)))
    .map((u) => u.href);
  active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [location.href, ...new Set(loaded)] } });
}

/** At log-out: the worker's copy of who was signed in goes (the pages and built files hold nobody's data). */
export async function forgetSignedIn(): Promise<void> {
  if ('caches' in window) await caches.delete(OFFLINE_CACHES.reads);
}
