import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { isUnstorable, unstorablePath } from '../shared/validators.js';
import { unstorableError } from './input-guard.js';
import { languageOf } from './language.js';

/** An uploaded file read whole (uploads are bounded by UPLOAD_LIMIT_BYTES) and the form's text fields. */
export interface Upload {
  file: { filename: string; content: Buffer } | undefined;
  fields: Record<string, string>;
}

/**
 * Reads a multipart form: one file and text fields, held to the same rules as JSON text (input-guard.ts). A form
 * cut off before its closing boundary (a dropped connection, a truncated client) is 400 `upload_incomplete`;
 * the limits keep their 413. Not multipart at all: no file.
 */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  const upload: Upload = { file: undefined, fields: {} };
  if (!request.isMultipart()) return upload;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') upload.file = { filename: part.filename, content: await part.toBuffer() };
      else upload.fields[part.fieldname] = String(part.value);
    }
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 413) throw err;
    request.log.info({ err }, 'multipart form unreadable');
    throw new AppError('upload_incomplete');
  }
  const lang = languageOf(request);
  if (upload.file && isUnstorable(upload.file.filename)) throw unstorableError('file', 'body', lang);
  const bad = unstorablePath(upload.fields);
  if (bad !== null) throw unstorableError(bad, 'body', lang);
  return upload;
}
