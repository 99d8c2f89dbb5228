import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { buildOrgTree, loginAs, petitionInput, uploadAttachment } from '../test/factories.js';

// A build as Vite leaves it: pages at the top, hashed files under assets/, each text file with its .br and .gz.
const web = mkdtempSync(path.join(os.tmpdir(), 'xinfang-web-'));
mkdirSync(path.join(web, 'assets'));
const files: Record<string, string> = {
  'index.html':
    '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/main-Ab12Cd34.js"></script></body></html>',
  'portal.html':
    '<!doctype html><html><body><h1>网上信访</h1><script type="module" src="/assets/portal-Ef56Gh78.js"></script></body></html>',
  'assets/main-Ab12Cd34.js': `export const text = ${JSON.stringify('信访事项办理系统 '.repeat(500))};`,
  'assets/portal-Ef56Gh78.js': 'export {};',
};
for (const [name, content] of Object.entries(files)) {
  writeFileSync(path.join(web, name), content);
  writeFileSync(path.join(web, `${name}.br`), brotliCompressSync(content));
  writeFileSync(path.join(web, `${name}.gz`), gzipSync(content));
}

const { app, db } = await createTestApp({ WEB_DIST: web });
const tree = await buildOrgTree(db);
const registrar = await loginAs(app, db, tree.bureau, ['registrar']);

const BROWSER = 'gzip, deflate, br, zstd';
const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('the web app’s files', () => {
  it('a hashed asset: brotli when accepted, else gzip, else as is; always Vary; kept a year, immutable', async () => {
    const url = '/assets/main-Ab12Cd34.js';
    const br = await get(url, { 'accept-encoding': BROWSER });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(files['assets/main-Ab12Cd34.js']);

    const gz = await get(url, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(files['assets/main-Ab12Cd34.js']);
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const plain = await get(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
    expect(plain.body).toBe(files['assets/main-Ab12Cd34.js']);
  });

  it('pages, the entry one and a client-side route’s: compressed, no-cache, revalidated to a 304', async () => {
    for (const [url, file] of [
      ['/', 'index.html'],
      ['/petitions/12', 'index.html'],
      ['/portal.html', 'portal.html'],
    ] as const) {
      const res = await get(url, { 'accept-encoding': BROWSER });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(files[file]);
      const etag = String(res.headers['etag']);
      expect(etag, url).toMatch(/^W\/".+"$/);
      const again = await get(url, { 'accept-encoding': BROWSER, 'if-none-match': etag });
      expect(again.statusCode, url).toBe(304);
      expect(again.rawPayload.length, url).toBe(0);
      const since = await get(url, { 'accept-encoding': BROWSER, 'if-modified-since': String(res.headers['last-modified']) });
      expect(since.statusCode, url).toBe(304);
    }
  });
});

describe('answers', () => {
  it('JSON from 1 KB is compressed as the client accepts; a short one is not', async () => {
    const long = await registrar.request({ method: 'GET', url: '/api/regions', headers: { 'accept-encoding': BROWSER } });
    expect(long.statusCode).toBe(200);
    expect(long.headers['content-encoding']).toBe('br');
    expect(long.headers['vary']).toMatch(/accept-encoding/i);
    const plain = await registrar.request({ method: 'GET', url: '/api/regions' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const json: unknown = JSON.parse(brotliDecompressSync(long.rawPayload).toString());
    expect(json).toEqual(plain.json());
    expect(long.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);

    const gz = await registrar.request({ method: 'GET', url: '/api/regions', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(json);

    const short = await get('/api/health', { 'accept-encoding': BROWSER });
    expect(short.statusCode).toBe(200);
    expect(short.headers['content-encoding']).toBeUndefined();
    expect(short.json()).toMatchObject({ status: 'ok' });
  });

  it('downloads compressed already (Excel, PDF) are sent as they are, streamed whole', async () => {
    const exported = await registrar.request({ method: 'GET', url: '/api/petitions/export', headers: { 'accept-encoding': BROWSER } });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/spreadsheetml/);
    expect(exported.headers['content-encoding']).toBeUndefined();
    expect(exported.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');

    const pdf = Buffer.from(`%PDF-1.4\n${'0'.repeat(4000)}\n%%EOF\n`, 'latin1');
    const upload = await uploadAttachment(registrar, 'letter.pdf', pdf);
    expect(upload.statusCode, upload.body).toBe(201);
    const id = upload.json().attachment.id as number;
    const registered = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput({ attachmentIds: [id] }) });
    expect(registered.statusCode).toBe(201);
    const file = await registrar.request({ method: 'GET', url: `/api/attachments/${id}/content`, headers: { 'accept-encoding': BROWSER } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-encoding']).toBeUndefined();
    expect(Number(file.headers['content-length'])).toBe(pdf.length);
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });
});
