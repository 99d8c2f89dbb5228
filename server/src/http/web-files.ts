import path from 'node:path';
import compress from '@fastify/compress';
import type { FastifyStaticOptions } from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * How the built web app's files are sent. The build writes a `.br` and a `.gz` beside every text file
 * (web/vite-precompress.ts); the best one the browser accepts is sent, with `Vary: Accept-Encoding`. Vite names
 * what it puts under assets/ by the content's hash, so those are kept a year and never revalidated; the pages
 * (index.html, and any other HTML entry) and other unhashed files are `no-cache`: kept, but revalidated by ETag
 * or Last-Modified every time (a 304 when unchanged), so a new release is seen at once.
 */
export function webFileOptions(root: string): FastifyStaticOptions {
  return {
    root,
    preCompressed: true,
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders: (reply, file) => void reply.header('cache-control', cacheControlOf(root, file)),
  };
}

/** The Cache-Control of a file of the build (its path, or its compressed sibling's). */
export function cacheControlOf(root: string, file: string): string {
  const hashed = path.relative(root, file).split(path.sep)[0] === 'assets';
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Answers are compressed (brotli or gzip, as the client accepts) from 1 KB: JSON lists and details shrink five- to
 * tenfold, which is what a slow link waits for. Only text is compressed: Word, Excel, PDF and images are compressed
 * already, so mime-db's "compressible" flag leaves them alone; files sent with their own `.br`/`.gz` (above) carry a
 * Content-Encoding and are passed through. Request bodies are not inflated: uploads stay bounded by their
 * sent size.
 */
export const answerCompression = fp(async (app: FastifyInstance) => {
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024, globalDecompression: false });
});
