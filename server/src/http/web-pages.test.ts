import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';

const web = mkdtempSync(path.join(os.tmpdir(), 'xinfang-web-'));
writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>staff</title>');
writeFileSync(path.join(web, 'portal.html'), '<!doctype html><title>portal</title>');
const { app } = await createTestApp({ WEB_DIST: web });

describe('the page a browser gets for an address of the web app', () => {
  it('网上信访 and its pages get the portal’s own light page; every other page the staff app’s', async () => {
    const page = async (url: string) => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
      return /<title>(\w+)<\/title>/.exec(res.body)?.[1];
    };
    for (const url of ['/portal', '/portal/', '/portal/submit', '/portal/track/result', '/portal?from=sms'])
      expect(await page(url), url).toBe('portal');
    for (const url of ['/', '/login', '/petitions/12', '/portals', '/portal-admin']) expect(await page(url), url).toBe('staff');
    expect((await app.inject({ method: 'GET', url: '/api/portal' })).statusCode).toBe(404);
  });
});
