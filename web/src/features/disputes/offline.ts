/** How long a request that failed although the browser says it is online waits before it is sent again. */
const RETRY_ONLINE_MS = 15_000;
/** In case the `online` event is missed (a sleeping phone), a check this often while offline. */
const RETRY_OFFLINE_MS = 60_000;

/**
 * Resolves when a request that did not get through should be sent again: at the browser's `online` event, or after a
 * while (the server may have been out of reach with the network up); false at once if `signal` is aborted (the form
 * went away), and then the request ends as the network_error it is.
 */
export function nextAttempt(signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const done = (again: boolean) => {
      window.removeEventListener('online', online);
      signal.removeEventListener('abort', aborted);
      clearTimeout(timer);
      resolve(again);
    };
    const online = () => done(true);
    const aborted = () => done(false);
    const timer = setTimeout(online, navigator.onLine ? RETRY_ONLINE_MS : RETRY_OFFLINE_MS);
    window.addEventListener('online', online);
    signal.addEventListener('abort', aborted);
  });
}
