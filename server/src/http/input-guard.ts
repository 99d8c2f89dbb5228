import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import { UNSTORABLE_MESSAGE, unstorablePath } from '../shared/validators.js';
import { languageOf } from './language.js';

const MESSAGE = {
  zh: UNSTORABLE_MESSAGE,
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
