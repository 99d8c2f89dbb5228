import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { portalFirstScreen } from './portal-page.js';

const web = mkdtempSync(path.join(os.tmpdir(), 'xinfang-web-'));
writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>staff</title>');
writeFileSync(path.join(web, 'portal.html'), '<!doctype html><html lang="zh-CN"><title>portal</title></html>');
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

describe('the portal page a deep link gets', () => {
  // The portal's own source page: the built one is the same markup with the script and stylesheet renamed.
  const source = readFileSync(path.join(import.meta.dirname, '../../../web/portal.html'), 'utf8');
  const homeButtons = /class="xf-portal-action/;

  it('is its own page’s first screen: heading and title, the menu’s link current, no home buttons, no templates', () => {
    const submit = portalFirstScreen(source, '/portal/submit', 'zh-CN');
    expect(submit).toContain('<title>我要写信 - 网上信访</title>');
    expect(submit).toContain('<h1 tabindex="-1">我要写信</h1>');
    expect(submit).toContain('<a href="/portal/submit" aria-current="page">我要写信</a>');
    expect(submit).not.toMatch(homeButtons);
    expect(submit.match(/aria-current/g)).toHaveLength(1);
    expect(submit).not.toContain('<template');
    const result = portalFirstScreen(source, '/portal/track/result?from=sms', 'zh-CN');
    expect(result).toContain('<h1 tabindex="-1">办理情况</h1>');
    expect(result).toContain('<a href="/portal/track" aria-current="page">查询办理情况</a>');
    // A body's schedule, below 领导接访日, paints that page's screen.
    const schedule = portalFirstScreen(source, '/portal/reception/12', 'zh-CN');
    expect(schedule).toContain('<h1 tabindex="-1">领导接访日</h1>');
    expect(schedule).toContain('<a href="/portal/reception" aria-current="page">领导接访日</a>');
    expect(schedule).not.toMatch(homeButtons);
    // The home, and an address the portal does not know, keep the home page.
    for (const url of ['/portal', '/portal/', '/portal/nowhere']) {
      const home = portalFirstScreen(source, url, 'zh-CN');
      expect(home, url).toMatch(homeButtons);
      expect(home, url).toContain('<title>首页 - 网上信访</title>');
    }
  });

  it('is in the language the portal will show: English when it was chosen, in the page’s lang', () => {
    const submit = portalFirstScreen(source, '/portal/submit', 'en');
    expect(submit).toContain('<html lang="en"');
    expect(submit).toContain('<title>Write to us - Online petitions</title>');
    expect(submit).toContain('<h1 tabindex="-1">Write to us</h1>');
    expect(submit).toContain('Staff sign-in');
    // No Chinese but the switch back to it.
    expect(submit.replace('>中文<', '><')).not.toMatch(/[\u4e00-\u9fff]/);
    const home = portalFirstScreen(source, '/portal', 'en');
    expect(home).toMatch(homeButtons);
    expect(home).toContain('<strong>Write to us (submit a petition)</strong>');
    expect(portalFirstScreen(source, '/portal/track', 'zh-CN')).toContain('<html lang="zh-CN"');
  });

  it('is chosen by the language cookie and never cached for another language', async () => {
    const res = await app.inject({ method: 'GET', url: '/portal/submit', cookies: { xf_lang: 'en' } });
    expect(res.body).toContain('<html lang="en"');
    expect(res.headers.vary).toMatch(/Cookie/);
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});
