import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Public, non-personal answers (health, divisions, the API docs) a browser or proxy may keep; all else under /api is no-store. */
    cacheable?: boolean;
    /** Files the web app itself shows in a frame (attachment previews): framable by this origin only. */
    framable?: boolean;
  }
}

/**
 * The page may load scripts only from this origin: no inline script, no eval. Styles may be inline because antd
 * writes its CSS-in-JS into <style> elements and style attributes; a style cannot run code. Blob frames are the
 * template PDF previews; data: images and fonts are antd's icons and the Swagger UI's.
 */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  frameSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Features no page of the system uses, denied to it and to anything it frames. */
const PERMISSIONS_POLICY = [
  'accelerometer',
  'ambient-light-sensor',
  'autoplay',
  'bluetooth',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((f) => `${f}=()`)
  .join(', ');

const ONE_YEAR = 365 * 24 * 3600;

/**
 * Headers on every response: helmet's set (CSP, nosniff, frame denial, referrer policy, cross-origin isolation of
 * windows and resources), Permissions-Policy, no-store for the API, and HSTS only where the site is HTTPS.
 */
export const securityHeaders = fp(async (app: FastifyInstance, { config }: { config: Config }) => {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP },
    // Sent below, only when the request came over HTTPS: over plain HTTP the header would be ignored or, on a
    // name later served both ways, lock people out.
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
  const httpsSite = config.publicUrl?.startsWith('https:') ?? false;
  app.addHook('onSend', async (request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    // With trustProxy, request.protocol is the proxy's X-Forwarded-Proto.
    if (httpsSite || request.protocol === 'https') reply.header('strict-transport-security', `max-age=${ONE_YEAR}; includeSubDomains`);
    const route = request.routeOptions.config;
    // Personal data must not stay in a browser's or proxy's cache: every API answer, downloads included.
    if (request.url.startsWith('/api') && !route?.cacheable) reply.header('cache-control', 'no-store');
    if (route?.framable) {
      const csp = String(reply.getHeader('content-security-policy') ?? '');
      reply.header('content-security-policy', csp.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
      reply.header('x-frame-options', 'SAMEORIGIN');
    }
  });
});
