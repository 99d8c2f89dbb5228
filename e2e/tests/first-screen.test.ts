import { beforeAll, describe, expect, it } from 'vitest';
import { staffApi } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';

// The staff app's first load on a slow link (docs/PERFORMANCE.md § Web): the frame paints before any script, and the
// first screen's reads go out while the app's files are still arriving, once each.
describe('the staff first screen on a slow link', () => {
  const b = useBrowser({ viewport: { width: 1366, height: 768 } });

  beforeAll(async () => {
    const registrar = await staffApi(b.baseUrl, 'registrar');
    await registrar.register({
      type: 'appeal',
      title: '反映小区物业违规收取停车费问题',
      content: '小区物业公司未经业主大会同意，占用公共道路划线收取停车费，请有关部门调查处理。',
      petitioners: [{ kind: 'person', name: '王建华', phone: '13812340071', isMain: true }],
    });
    await registrar.api.dispose();
  });

  it('paints the frame and a loading line from the HTML alone, in Chinese', async () => {
    await b.context.route('**/*.js', (route) => route.abort());
    await b.page.goto('/petitions');
    await expect.poll(() => b.page.locator('#root').innerText()).toContain('信访事项办理系统');
    expect(await b.page.getByRole('status').innerText()).toBe('正在载入，请稍候…');
  });

  it('an English reader gets the loading frame in English before the app runs', async () => {
    await b.context.addInitScript(() => localStorage.setItem('xf.lang', 'en'));
    // Only the app's entry is held back: the small boot script runs.
    await b.context.route(/\/assets\/main-[^/]*\.js$/, (route) => route.abort());
    await b.page.goto('/petitions');
    await expect.poll(() => b.page.getByRole('status').innerText()).toBe('Loading, please wait…');
    expect(await b.page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('sends the signed-in check and the list’s first page while the app’s largest file is still arriving, each once', async () => {
    const login = await b.context.request.post('/api/auth/login', { data: { username: 'registrar', password: DEMO_PASSWORD } });
    expect(login.status()).toBe(200);
    const cdp = await b.context.newCDPSession(b.page);
    await cdp.send('Network.enable');
    // A slow link (1 MB/s, 300 ms): the largest script takes a while, long enough to see what is sent meanwhile.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      downloadThroughput: 1_000_000,
      uploadThroughput: 500_000,
      latency: 300,
    });
    const sent: { url: string; at: number }[] = [];
    const finished: { url: string; at: number }[] = [];
    b.page.on('request', (r) => sent.push({ url: r.url(), at: Date.now() }));
    b.page.on('requestfinished', (r) => finished.push({ url: r.url(), at: Date.now() }));
    await b.page.goto('/petitions', { waitUntil: 'commit' });
    await b.page.getByTestId('petition-list').locator('tbody tr[data-row-key]').first().waitFor({ timeout: 45_000 });

    const reads = (path: string) => sent.filter((r) => new URL(r.url).pathname === path);
    expect(reads('/api/auth/me')).toHaveLength(1);
    expect(reads('/api/petitions').map((r) => new URL(r.url).search)).toEqual(['?limit=50']);
    // The largest script of the page, by the bytes the browser reports.
    const scripts = await b.page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => ({ url: e.name, size: e.encodedBodySize })),
    );
    const largest = scripts.reduce((a, c) => (c.size > a.size ? c : a));
    const largestDone = finished.find((r) => r.url === largest.url)!.at;
    expect(reads('/api/auth/me')[0]!.at).toBeLessThan(largestDone);
    expect(reads('/api/petitions')[0]!.at).toBeLessThan(largestDone);
  });
});
