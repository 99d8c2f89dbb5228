/// <reference lib="webworker" />
/**
 * The grassroots pages offline (矛盾纠纷, /disputes…): a grid worker whose phone lost its signal can open the page again
 * and find the draft kept on it, sent when the connection is back (features/disputes/offline.ts). Registered with the
 * scope /disputes only (OFFLINE_SCOPE; src/offline useOfflinePage), so nothing else of the app goes through it. It keeps what
 * those pages used, as they used it: no list of files fetched ahead (a phone's data is dear).
 * - the pages: from the network, else as last seen;
 * - the built files (assets/, named by their content's hash): kept once fetched;
 * - the signed-in check and the region picker's reference data: from the network, else as last seen.
 * Petition and dispute data are never kept here. The page asks for the files it loaded before this worker took it
 * over to be kept too (CACHE_URLS); log-out deletes the signed-in check's copy (SIGNED_IN_CACHE).
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { Router, Route } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { keptRead, OFFLINE_CACHES as CACHES, OFFLINE_SCOPE } from '../src/offline/caches';

declare const self: ServiceWorkerGlobalScope;

/** How long a page or read waits for the network before the copy is used (a slow link is not no link). */
const NETWORK_SECONDS = 8;

const router = new Router();
const sameOrigin = (url: URL) => url.origin === self.location.origin;

// A page: a navigation, or its address sent in CACHE_URLS (not a navigation then). Every staff page is the same
// index.html, the app routing in the browser: one copy serves them all, so any of them opens offline.
router.registerRoute(
  new Route(
    ({ request, url }) => request.mode === 'navigate' || (sameOrigin(url) && url.pathname.startsWith(OFFLINE_SCOPE)),
    new NetworkFirst({
      cacheName: CACHES.pages,
      networkTimeoutSeconds: NETWORK_SECONDS,
      matchOptions: { ignoreVary: true },
      plugins: [{ cacheKeyWillBeUsed: async () => OFFLINE_SCOPE }],
    }),
  ),
);
router.registerRoute(
  new Route(
    ({ url }) => sameOrigin(url) && url.pathname.startsWith('/assets/'),
    new CacheFirst({ cacheName: CACHES.assets, plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 3600 })] }),
  ),
);
router.registerRoute(
  new Route(
    ({ url }) => sameOrigin(url) && keptRead(url.pathname),
    new NetworkFirst({
      cacheName: CACHES.reads,
      networkTimeoutSeconds: NETWORK_SECONDS,
      matchOptions: { ignoreVary: true },
      plugins: [new ExpirationPlugin({ maxEntries: 100 })],
    }),
  ),
);
router.addFetchListener();
router.addCacheListener();

// A new release's worker takes over at once: the files it keeps are named by their content, so old and new coexist.
self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
