/** One field at fault, as the server reports it in details.fields. */
export interface FieldError {
  path: string;
  in?: string;
  message: string;
}

/** A failed API call: HTTP status plus the server's stable error code, message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The field errors in details.fields, if any. */
  get fields(): FieldError[] {
    const f = this.details.fields;
    return Array.isArray(f) ? (f as FieldError[]) : [];
  }
}

let csrfToken: string | null = null;
let language = 'zh-CN';
let onUnauthorized: () => void = () => {
  if (!window.location.pathname.startsWith('/login')) window.location.assign('/login');
};
let onPasswordChangeRequired: () => void = () => {
  if (!window.location.pathname.startsWith('/change-password')) window.location.assign('/change-password');
};
let networkMessage: () => string = () => 'Network error';
let onSessionExpired: (() => Promise<boolean>) | null = null;
let onNetworkFailure: ((error: ApiError) => Promise<boolean>) | null = null;

/** Keeps the CSRF token from /api/auth/me or the login answer, in memory only. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * The UI language, sent as Accept-Language so server messages match, and kept in a cookie (beside the apps' own
 * storage) so the portal page the server sends for a deep link is in it before any script runs.
 */
export function setApiLanguage(lang: string): void {
  language = lang;
  document.cookie = `xf_lang=${encodeURIComponent(lang)}; path=/; max-age=31536000; samesite=lax`;
}

/** The message of a request that never reached the server, in the UI's language. */
export function setNetworkErrorMessage(message: () => string): void {
  networkMessage = message;
}

/** Where to go when the session is gone (401) or a password change is due (403 password_change_required). */
export function setNavigationHandlers(handlers: { unauthorized?: () => void; passwordChangeRequired?: () => void }): void {
  if (handlers.unauthorized) onUnauthorized = handlers.unauthorized;
  if (handlers.passwordChangeRequired) onPasswordChangeRequired = handlers.passwordChangeRequired;
}

/**
 * What the signed-in frame does instead of leaving the page (null when it is not shown): `sessionExpired` signs the
 * same user in again in place and answers true, whereupon the request is sent once more (with the new CSRF token);
 * false when it went elsewhere (the request is then dropped). `networkFailure` answers true to send a request that
 * did not get through again.
 */
export function setRecoveryHandlers(
  handlers: { sessionExpired: () => Promise<boolean>; networkFailure: (error: ApiError) => Promise<boolean> } | null,
): void {
  onSessionExpired = handlers?.sessionExpired ?? null;
  onNetworkFailure = handlers?.networkFailure ?? null;
}

/** Turns a non-OK response body into an ApiError (pure, unit-tested). */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : 'http_' + status;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  const details = error?.details && typeof error.details === 'object' ? (error.details as Record<string, unknown>) : {};
  return new ApiError(status, code, message, details);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  /** When false, a 401 is thrown to the caller instead of leading to the login page. */
  redirectOn401?: boolean;
  /** Extra request headers (the public portal's x-portal-token). */
  headers?: Record<string, string>;
  /**
   * In place of the frame's question (重试): what a request that did not get through waits on; true sends it again,
   * with the same Idempotency-Key (a form kept offline that sends itself when the connection is back).
   */
  onNetworkFailure?: (error: ApiError) => Promise<boolean>;
  /**
   * The write's Idempotency-Key when the caller keeps it (with a draft, across a reload): a send that reached the
   * server before the page went away is then answered from the server's record, not done twice. Fresh by default.
   */
  idempotencyKey?: string;
}

/**
 * A fresh Idempotency-Key: 128 random bits. getRandomValues rather than randomUUID, which browsers give only to
 * secure contexts (an intranet install may be served over plain HTTP).
 */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Builds "?a=1&b=2" from the defined values only. */
export function queryString(query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? '?' + s : '';
}

/** A request without an answer in this time failed as if the network were down (uploads excepted: they take long). */
const TIMEOUT_MS = 60_000;

/**
 * Reads the first screen asks for, started by boot.ts while the app's scripts are still on their way (on a slow link
 * that is seconds: docs/PERFORMANCE.md § Web); each is taken once, by the first request for the same URL, language and
 * Accept header.
 */
const started = new Map<string, Promise<Response>>();
const startedKey = (url: string, accept: string) => `${accept} ${language} ${url}`;

/** Starts a read now, for the app to take when it asks for it (a failure here reaches the app's request as its own). */
export function prefetch(path: string, accept = 'application/json'): void {
  const url = '/api' + path;
  const request = fetch(url, {
    headers: { Accept: accept, 'Accept-Language': language },
    credentials: 'same-origin',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  request.catch(() => undefined); // taken later, or never
  started.set(startedKey(url, accept), request);
}

/** One attempt: same-origin cookie, the CSRF token of this moment on writes, language; no answer is a network_error. */
async function attempt(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { ...options.headers, Accept: accept, 'Accept-Language': language };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const signal = body instanceof FormData ? undefined : AbortSignal.timeout(TIMEOUT_MS);
  try {
    const url = '/api' + path + queryString(options.query);
    const early = method === 'GET' ? started.get(startedKey(url, accept)) : undefined;
    if (early) {
      started.delete(startedKey(url, accept));
      return await early;
    }
    return await fetch(url, { method, headers, body, credentials: 'same-origin', signal });
  } catch (e) {
    // fetch rejects with a TypeError when the network is down, a TimeoutError when the answer did not come in time.
    if (e instanceof TypeError || (e instanceof DOMException && e.name === 'TimeoutError'))
      throw new ApiError(0, 'network_error', networkMessage());
    throw e;
  }
}

/**
 * Sends a request until it gets an answer the caller should see: again after a network failure or a new log-in. A
 * write carries one Idempotency-Key on every attempt: an attempt whose answer was lost after it reached the server
 * is answered from the server's record of it instead of being done twice.
 */
async function send(path: string, request: RequestOptions, accept: string): Promise<Response> {
  const method = request.method ?? 'GET';
  const options =
    method === 'GET'
      ? request
      : { ...request, headers: { ...request.headers, 'Idempotency-Key': request.idempotencyKey ?? newIdempotencyKey() } };
  let signedInAgain = false;
  for (;;) {
    let response: Response;
    try {
      response = await attempt(path, options, accept);
    } catch (e) {
      const retry = request.onNetworkFailure ?? onNetworkFailure;
      if (e instanceof ApiError && e.code === 'network_error' && retry && (await retry(e))) continue;
      throw e;
    }
    if (response.status !== 401 || options.redirectOn401 === false) return response;
    // A session that ended while the user was working: sign in again here and send this request once more.
    if (!signedInAgain && onSessionExpired) {
      if (await onSessionExpired()) {
        signedInAgain = true;
        continue;
      }
      // Declined: another person signed in, or the user went to the login page. The page that waited is being left
      // and must not answer to it (an error under the new user's name): the request is abandoned, never settled.
      return new Promise<never>(() => undefined);
    }
    onUnauthorized();
    return response;
  }
}

async function json(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

async function failure(response: Response): Promise<ApiError> {
  const error = toApiError(response.status, await json(response));
  if (error.status === 403 && error.code === 'password_change_required') onPasswordChangeRequired();
  return error;
}

/** The one fetch wrapper: JSON in and out, errors as ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json');
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return undefined as T;
  return (await json(response)) as T;
}

/** The same request for a file answer (a PDF preview): the body as a Blob; errors as ApiError. */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  const response = await send(path, options, '*/*');
  if (response.ok) return response.blob();
  throw await failure(response);
}
