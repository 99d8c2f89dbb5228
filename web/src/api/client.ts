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

/** Keeps the CSRF token from /api/auth/me or the login answer, in memory only. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The UI language, sent as Accept-Language so server messages match. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

/** Where to go when the session is gone (401) or a password change is due (403 password_change_required). */
export function setNavigationHandlers(handlers: { unauthorized?: () => void; passwordChangeRequired?: () => void }): void {
  if (handlers.unauthorized) onUnauthorized = handlers.unauthorized;
  if (handlers.passwordChangeRequired) onPasswordChangeRequired = handlers.passwordChangeRequired;
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
}

/** Builds "?a=1&b=2" from the defined values only. */
export function queryString(query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? '?' + s : '';
}

/** The one fetch wrapper: same-origin cookie, CSRF header on writes, language, error parsing. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json', 'Accept-Language': language };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch('/api' + path + queryString(options.query), { method, headers, body, credentials: 'same-origin' });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    const error = toApiError(response.status, parsed);
    if (error.status === 401 && options.redirectOn401 !== false) onUnauthorized();
    if (error.status === 403 && error.code === 'password_change_required') onPasswordChangeRequired();
    throw error;
  }
  return parsed as T;
}

/** The same request for a file answer (a PDF preview): the body as a Blob; errors as ApiError. */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { 'Accept-Language': language };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const response = await fetch('/api' + path + queryString(options.query), { method, headers, body, credentials: 'same-origin' });
  if (response.ok) return response.blob();
  const error = toApiError(response.status, await response.json().catch(() => null));
  if (error.status === 401 && options.redirectOn401 !== false) onUnauthorized();
  throw error;
}
