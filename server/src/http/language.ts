import type { FastifyRequest } from 'fastify';

/** The response language: English when the client asks for it first, otherwise Chinese. */
export function languageOf(request: FastifyRequest): 'zh' | 'en' {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^en\b/i.test(header.trim()) ? 'en' : 'zh';
}
