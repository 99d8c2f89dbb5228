import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { buildOrgTree, loginAs, petitionInput } from '../test/factories.js';

const web = mkdtempSync(path.join(os.tmpdir(), 'xinfang-web-'));
writeFileSync(
  path.join(web, 'index.html'),
  '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/x.js"></script></body></html>',
);
const { app, db } = await createTestApp({ WEB_DIST: web });
const tree = await buildOrgTree(db);
const registrar = await loginAs(app, db, tree.bureau, ['registrar']);

type Headers = Record<string, string | string[] | number | undefined>;
const directives = (h: Headers) =>
  Object.fromEntries(
    String(h['content-security-policy'])
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

/** What every response carries, page or API. */
function expectBaseline(h: Headers) {
  const csp = directives(h);
  expect(csp['script-src']).toEqual(["'self'"]); // no inline script, no eval
  expect(csp['default-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(h['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('same-origin');
  expect(h['strict-transport-security']).toBeUndefined(); // plain HTTP here
}

describe('security headers', () => {
  it('an API answer: the baseline, not framable, never cached', async () => {
    const res = await registrar.request({ method: 'GET', url: '/api/auth/me' });
    expectBaseline(res.headers);
    expect(directives(res.headers)['frame-ancestors']).toEqual(["'none'"]);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
    // Errors too.
    const missing = await registrar.request({ method: 'GET', url: '/api/petitions/999999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    expectBaseline(missing.headers);
    // Public reference data may be cached.
    expect((await app.inject({ method: 'GET', url: '/api/health' })).headers['cache-control']).toBeUndefined();
  });

  it('a page of the web app and the API docs: the baseline', async () => {
    for (const url of ['/', '/petitions/12', '/api/docs/']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expectBaseline(res.headers);
      expect(directives(res.headers)['frame-ancestors']).toEqual(["'none'"]);
      expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script is a file the CSP allows
    }
  });

  it('downloads of petition data are never cached; an attachment may be framed by the app itself', async () => {
    const exported = await registrar.request({ method: 'GET', url: '/api/petitions/export' });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(/^attachment/);
    expect(exported.headers['cache-control']).toBe('no-store');
    expectBaseline(exported.headers);

    const boundary = 'hb';
    const upload = await registrar.request({
      method: 'POST',
      url: '/api/attachments',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="letter.txt"\r\n\r\n来信内容\r\n--${boundary}--\r\n`,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const id = upload.json().attachment.id as number;
    const registered = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput({ attachmentIds: [id] }) });
    expect(registered.statusCode).toBe(201);
    const file = await registrar.request({ method: 'GET', url: `/api/attachments/${id}/content` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['cache-control']).toBe('no-store');
    expect(directives(file.headers)['frame-ancestors']).toEqual(["'self'"]);
    expect(file.headers['x-frame-options']).toBe('SAMEORIGIN');
    expectBaseline(file.headers);
  });
});

describe('HSTS only over HTTPS', () => {
  it('with an https PUBLIC_URL every response has it', async () => {
    const { app: https } = await createTestApp({ PUBLIC_URL: 'https://xinfang.example.gov.cn' });
    const res = await https.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('behind a trusted proxy, a request it received over HTTPS has it; one over HTTP has not', async () => {
    const { app: proxied } = await createTestApp({ TRUST_PROXY: 'true' });
    const secure = await proxied.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers['strict-transport-security']).toMatch(/^max-age=31536000/);
    const plain = await proxied.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'http' } });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    // Without trusting a proxy, the header it forwards proves nothing.
    const direct = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(direct.headers['strict-transport-security']).toBeUndefined();
  });
});
