import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import pg from 'pg';
import { z } from 'zod';
import { AppError, errorMessage, type ErrorCode, type Wording } from '../errors.js';
import { languageOf } from './language.js';
import { zhIssueMessage } from './zod-messages.js';

z.config({ localeError: zhIssueMessage });
const english = z.locales.en();

type Issue = Parameters<NonNullable<typeof english.localeError>>[0];

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  details: Record<string, unknown> = {},
  status?: number,
  wording?: Wording,
) {
  const lang = languageOf(request);
  const message = wording?.[lang] ?? errorMessage(code, lang);
  return reply.status(status ?? new AppError(code).statusCode).send({ error: { code, message, details } });
}

function fieldMessage(v: { keyword: string; message?: string | undefined; params: Record<string, unknown> }, lang: 'zh' | 'en'): string {
  // Our own refinements carry hand-written Chinese; zod's built-in checks are re-worded per language.
  if (lang === 'zh' || v.keyword === 'custom') return v.message ?? '';
  const localized = english.localeError?.({ code: v.keyword, ...v.params } as unknown as Issue);
  return (typeof localized === 'string' ? localized : localized?.message) ?? v.message ?? '';
}

/**
 * PostgreSQL errors that only a client's value can cause (SQLSTATE class 22 data exceptions, integrity violations).
 * Schemas are meant to refuse such values before any query; this is the safety net, and names no SQL.
 */
const PG_CLIENT_ERRORS: Record<string, ErrorCode> = {
  '22001': 'validation_failed', // string_data_right_truncation
  '22003': 'validation_failed', // numeric_value_out_of_range
  '22007': 'validation_failed', // invalid_datetime_format
  '22008': 'validation_failed', // datetime_field_overflow
  '22021': 'validation_failed', // character_not_in_repertoire
  '22P02': 'validation_failed', // invalid_text_representation
  '22P05': 'validation_failed', // untranslatable_character
  '23503': 'validation_failed', // foreign_key_violation: a referenced row that does not exist
  '23505': 'data_conflict', // unique_violation
};

function pgClientError(err: unknown): ErrorCode | undefined {
  return err instanceof pg.DatabaseError && err.code ? PG_CLIENT_ERRORS[err.code] : undefined;
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
      return send(reply, request, err.code, err.details, undefined, err.wording);
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
    const database = pgClientError(err);
    if (database) {
      // Logged for the developers: each of these is a missing check in a schema or service.
      request.log.warn({ err }, 'input refused by the database');
      return send(reply, request, database, database === 'validation_failed' ? { reason: 'value_not_storable' } : {});
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, request, 'internal_error', { requestId: request.id });
  });
}
