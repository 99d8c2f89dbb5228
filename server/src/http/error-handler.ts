import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errorMessage, type ErrorCode } from '../errors.js';
import { languageOf } from './language.js';

z.config(z.locales.zhCN());
const english = z.locales.en();

type Issue = Parameters<NonNullable<typeof english.localeError>>[0];

function send(reply: FastifyReply, request: FastifyRequest, code: ErrorCode, details: Record<string, unknown> = {}, status?: number) {
  const lang = languageOf(request);
  return reply.status(status ?? new AppError(code).statusCode).send({ error: { code, message: errorMessage(code, lang), details } });
}

function fieldMessage(v: { keyword: string; message?: string | undefined; params: Record<string, unknown> }, lang: 'zh' | 'en'): string {
  // Our own refinements carry hand-written Chinese; zod's built-in checks are re-worded per language.
  if (lang === 'zh' || v.keyword === 'custom') return v.message ?? '';
  const localized = english.localeError?.({ code: v.keyword, ...v.params } as unknown as Issue);
  return (typeof localized === 'string' ? localized : localized?.message) ?? v.message ?? '';
}

const JSON_ERRORS = new Set(['FST_ERR_CTP_EMPTY_JSON_BODY', 'FST_ERR_CTP_INVALID_JSON_BODY']);
const TOO_LARGE = new Set([
  'FST_ERR_CTP_BODY_TOO_LARGE',
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_PARTS_LIMIT',
  'FST_FIELDS_LIMIT',
]);

/** One error handler: every failure leaves as { error: { code, message, details } }. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      if (err.code === 'rate_limited') request.log.warn({ code: err.code }, 'refused');
      return send(reply, request, err.code, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const lang = languageOf(request);
      const location = err.validationContext ?? 'body';
      const fields = err.validation.flatMap((v) => {
        const base = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        // An unknown field is the field at fault itself, not its parent object.
        if (v.keyword === 'unrecognized_keys' && Array.isArray(v.params.keys)) {
          return (v.params.keys as string[]).map((k) => ({
            path: base ? `${base}.${k}` : k,
            in: location,
            message: lang === 'zh' ? '不允许的字段' : 'Unknown field',
          }));
        }
        return [{ path: base, in: location, message: fieldMessage(v, lang) }];
      });
      return send(reply, request, 'validation_failed', { fields });
    }
    if (TOO_LARGE.has(err.code) || err.statusCode === 413) return send(reply, request, 'payload_too_large');
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send(reply, request, 'unsupported_media_type');
    if (JSON_ERRORS.has(err.code) || (err instanceof SyntaxError && err.statusCode === 400)) return send(reply, request, 'invalid_json');
    if (err.statusCode === 429) return send(reply, request, 'rate_limited');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      request.log.info({ err }, 'client error');
      return send(reply, request, 'validation_failed', { reason: err.code ?? 'bad_request' }, err.statusCode === 404 ? 404 : 400);
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, request, 'internal_error', { requestId: request.id });
  });
}
