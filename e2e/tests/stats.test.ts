import type { APIRequestContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { staffApi, type Json } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { seriousViolations } from '../axe';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { StatsPage } from '../pages/StatsPage';

// No other browser test registers faxes: the 传真 bar of this month counts exactly the first three registered here.
// The fourth came 40 days ago: the channel filter alone lists it, the drill-down of this month must not.
const FAXES = [
  { title: '东关村委会未公开集体土地补偿款使用情况', name: '孟庆海', phone: '13812345601', daysAgo: 0 },
  { title: '城南小区供暖温度长期不达标', name: '韩素梅', phone: '13812345602', daysAgo: 0 },
  { title: '九山镇农村公路修缮后又出现塌陷', name: '邵立国', phone: '13812345603', daysAgo: 0 },
];
const EARLIER_FAX = { title: '五井镇养殖场异味扰民', name: '谭红霞', phone: '13812345604', daysAgo: 40 };

describe('statistics dashboard (统计分析)', () => {
  const b = useBrowser();
  const contexts: APIRequestContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.dispose();
  });

  it('a leader clicks the 传真 bar of the channel chart and gets exactly the petitions behind it; axe finds nothing serious', async () => {
    // The registrar (临朐县信访局) registers three faxes received today and one received 40 days ago.
    const registrar = await staffApi(b.baseUrl, 'registrar');
    const leader = await staffApi(b.baseUrl, 'leader');
    contexts.push(registrar.api, leader.api);
    const numbers: string[] = [];
    for (const f of [...FAXES, EARLIER_FAX]) {
      const res = await registrar.api.post('/api/petitions', {
        headers: { 'x-csrf-token': registrar.csrf },
        data: {
          channel: 'fax',
          receivedAt: new Date(Date.now() - f.daysAgo * 86_400_000).toISOString(),
          type: 'appeal',
          title: f.title,
          content: `${f.title}，请求有关部门调查处理。`,
          personsCount: 1,
          // A written petition needs the petitioner's postal address.
          petitioners: [{ kind: 'person', name: f.name, phone: f.phone, address: '山东省临朐县城关街道民主路1号', isMain: true }],
        },
      });
      if (res.status() !== 201) throw new Error(`registration refused: ${res.status()} ${await res.text()}`);
      numbers.push(((await res.json()) as { petition: { number: string } }).petition.number);
    }

    // The refresher takes them into the summary tables within seconds: wait for the leader's figures to show them.
    let overview: Json = {};
    const deadline = Date.now() + 30_000;
    for (;;) {
      overview = await leader.get('/api/stats/overview');
      const { rows } = await leader.get('/api/stats/breakdown?dim=channel');
      if ((rows as Json[]).find((r) => r.key === 'fax')?.registered === FAXES.length) break;
      if (Date.now() > deadline) throw new Error(`the faxes are not counted after 30 s (as of ${overview.asOf})`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const { scope, period } = overview as { scope: { id: number; name: string }; period: { from: string; to: string } };
    expect(scope.name).toBe('临朐县人民政府');

    // The leader opens 统计概览 from the menu: the scope is the leader's own body, the period this month.
    const login = new LoginPage(b.page);
    await login.goto();
    await login.login('leader', DEMO_PASSWORD);
    const layout = new Layout(b.page);
    await layout.waitForWorkbench('陈志强');
    await layout.open('统计概览');
    const stats = new StatsPage(b.page);
    await b.page.getByRole('heading', { name: '统计概览' }).waitFor();
    await expect(stats.card('by-channel').innerText()).resolves.toContain('按信访形式');

    const fax = await stats.bar('by-channel', '传真');
    expect(fax.value).toBe(FAXES.length);
    expect(await seriousViolations(b.page)).toEqual([]);

    // The bar opens the work list with the figure's filter, and the list holds exactly its petitions.
    const listed = b.page.waitForResponse((r) => r.url().includes('/api/petitions?') && r.url().includes('stat=registered'));
    await fax.click();
    await b.page.waitForURL((url) => url.pathname === '/petitions');
    const params = Object.fromEntries(new URL(b.page.url()).searchParams);
    expect(params).toEqual({
      stat: 'registered',
      statOrg: String(scope.id),
      statFrom: period.from,
      statTo: period.to,
      statDim: 'channel',
      statKey: 'fax',
    });
    expect((await listed).status()).toBe(200);
    await expect(stats.statFilter.innerText()).resolves.toBe(`统计：信访批次（传真） · 临朐县人民政府 · ${period.from} 至 ${period.to}`);
    const [earlier, ...today] = [numbers.pop()!, ...numbers];
    const rows = await stats.listRows();
    expect(rows).toHaveLength(fax.value);
    expect(rows.map((r) => r.number).sort()).toEqual(today.sort());
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(['传真']));

    // Removing the tag drops the drill-down and keeps its row as the channel filter: the earlier fax is listed too.
    const all = b.page.waitForResponse((r) => r.url().includes('/api/petitions?') && !r.url().includes('stat='));
    await b.page.getByRole('button', { name: '取消统计筛选' }).click();
    await b.page.waitForURL((url) => !url.searchParams.has('stat') && url.searchParams.get('channel') === 'fax');
    await all;
    expect((await stats.listRows()).map((r) => r.number).sort()).toEqual([...today, earlier].sort());
  });
});
