import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/** A kept file to download: its type, Content-Disposition (with the Chinese name), content hash when known, bytes. */
export interface Download {
  mime: string;
  disposition: string;
  sha256?: string;
  stream: Readable;
}

/** Sends a kept file as a private download that no cache keeps (documents and reports are restricted). */
export function sendDownload(reply: FastifyReply, file: Download) {
  reply.header('content-type', file.mime).header('content-disposition', file.disposition).header('cache-control', 'private, no-store');
  if (file.sha256) reply.header('etag', `"${file.sha256}"`);
  return reply.send(file.stream);
}
