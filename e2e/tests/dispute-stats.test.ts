import { describe, expect, it } from 'vitest';
import { staffApi } from '../api';
import { seriousViolations } from '../axe';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';

/** Today in China time (UTC+8, no daylight saving), YYYY-MM-DD. */
const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('矛盾纠纷统计', () => {
  const b = useBrowser();

  it('shows the township’s month, a count opens exactly its disputes, and the summary downloads as Excel', async () => {
    const wujing = await staffApi(b.baseUrl, 'wujing');
    const login = new LoginPage(b.page);
    await login.goto();
    await login.login('wujing', DEMO_PASSWORD);
    await new Layout(b.page).waitForWorkbench('高振华');
    const today = chinaToday();
    const from = `${today.slice(0, 7)}-01`;
    const answer = b.page.waitForResponse((r) => r.url().includes('/api/dispute-stats?') && r.status() === 200);
    await b.page.goto(`${b.baseUrl}/disputes/stats`);
    const shown = (await (await answer).json()) as { total: { registered: number; settled: number } };
    // The figures drawn are the answer's (files run one after another: nothing registers meanwhile).
    const api = (await wujing.get(`/api/dispute-stats?from=${from}&to=${today}`)) as { total: { registered: number } };
    expect(shown.total.registered).toBe(api.total.registered);
    expect(shown.total.registered).toBeGreaterThanOrEqual(4); // the demo's four disputes of 五井东村
    const registered = b.page.locator('[data-figure="registered"]');
    await expect.poll(() => registered.innerText()).toBe(`登记纠纷：${shown.total.registered}`);
    expect(await seriousViolations(b.page)).toEqual([]);

    await registered.getByRole('button').click();
    const drawer = b.page.getByRole('dialog');
    await drawer.getByText('合计 · 登记纠纷').waitFor();
    await drawer.locator('.ant-list-item').first().waitFor();
    expect(await drawer.locator('.ant-list-item').count()).toBe(shown.total.registered);
    await drawer.getByRole('link', { name: /两村交界处山林权属纠纷/ }).waitFor();
    expect(await seriousViolations(b.page)).toEqual([]);

    const xlsx = await wujing.api.get(`/api/dispute-stats.xlsx?from=${from}&to=${today}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    await wujing.api.dispose();
  });
});
