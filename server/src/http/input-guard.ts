import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import { languageOf } from './language.js';

/**
 * Text PostgreSQL cannot store: NUL (text columns refuse \u0000) and UTF-16 surrogates without their pair (not
 * Unicode characters, so not encodable as UTF-8).
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a string holds a character no text column can take. */
export function isUnstorable(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** The path of the first string (or object key) in a value that a text column would refuse, or null. */
export function unstorablePath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isUnstorable(value) ? path : null;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (isUnstorable(key)) return at;
    const found = unstorablePath(inner, at);
    if (found !== null) return found;
  }
  return null;
}

const MESSAGE = {
  zh: '含有不能保存的字符（空字符或不成对的代理项）',
  en: 'Contains a character that cannot be stored (NUL or a lone surrogate)',
};

/** The error for such a field, worded in the request's language. */
export function unstorableError(path: string, location: string, lang: 'zh' | 'en'): AppError {
  return new AppError('validation_failed', { fields: [{ path, in: location, message: MESSAGE[lang] }] });
}

/**
 * Every request's path parameters, query string and JSON body are checked before the route's schema: one rule
 * for every text field, so no route can forget it and no such value reaches the database (where it fails).
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [location, value] of [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ] as const) {
      const path = unstorablePath(value);
      if (path !== null) throw unstorableError(path, location, languageOf(request));
    }
  });
}
