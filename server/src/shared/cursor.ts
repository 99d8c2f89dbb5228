import { AppError } from '../errors.js';

/** An opaque keyset cursor: the sort key of a page's last row, as numbers (instants in milliseconds). */
export function encodeCursor(key: readonly number[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key back from a cursor; one that is not `lengths` numbers long is bad input on the `cursor` parameter. */
export function decodeCursor<K extends number[]>(s: string, lengths: readonly number[]): K {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString()) as unknown;
    if (Array.isArray(c) && lengths.includes(c.length) && c.every((n) => Number.isFinite(n))) return c as K;
  } catch {
    // fall through
  }
  throw new AppError('validation_failed', {
    fields: [{ path: 'cursor', in: 'querystring', message: '分页位置无效，请从第一页重新查询' }],
  });
}
