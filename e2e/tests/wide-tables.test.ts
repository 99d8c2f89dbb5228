import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { staffApi } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { WorkList } from '../pages/WorkList';

/** Header cells inside the window, by text: what a user sees of the table without scrolling the page sideways. */
async function headersInView(table: Locator): Promise<string[]> {
  return table.locator('thead th').evaluateAll((cells) =>
    cells
      .filter((c) => {
        const r = c.getBoundingClientRect();
        // A fixed column covers what scrolls under it: the cell's centre must be the cell itself (or inside it).
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth && !!hit && c.contains(hit);
      })
      .map((c) => (c as HTMLElement).innerText.trim())
      .filter(Boolean),
  );
}

/** Scrolls the table's body (an antd table's, or the work list's own box) to its right end, as the scroll bar or Shift+wheel would. */
async function scrollRight(table: Locator, body: Locator = table.locator('.ant-table-body')) {
  await body.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
    el.dispatchEvent(new Event('scroll'));
  });
}

async function signIn(page: Page, username: string) {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(username, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/');
}

describe('wide tables at 1366×768', () => {
  const b = useBrowser({ viewport: { width: 1366, height: 768 } });

  beforeAll(async () => {
    const registrar = await staffApi(b.baseUrl, 'registrar');
    // More rows than the window holds, so the list scrolls under its header.
    for (let i = 1; i <= 16; i++)
      await registrar.register({
        type: 'suggestion',
        title: `建议增设公交站点（第${i}处）`,
        content: '建议在城南工业园门口增设公交站点，方便职工上下班。',
        petitioners: [{ kind: 'person', name: '邱德明', phone: '13812340062', isMain: true }],
      });
    await registrar.api.dispose();
  });

  it('the work list: 编号 fixed left, 期限 fixed right, 登记机构 and 标记 by scrolling; a hidden column stays hidden after reload', async () => {
    await signIn(b.page, 'registrar');
    await b.page.goto('/petitions');
    const list = new WorkList(b.page);
    const table = list.table;
    await (await list.rows()).first().waitFor();
    const before = await headersInView(table);
    expect(before).toEqual(expect.arrayContaining(['编号', '期限']));
    await scrollRight(table, table);
    const after = await headersInView(table);
    expect(after).toEqual(expect.arrayContaining(['编号', '登记机构', '标记', '期限']));

    // Scrolled down by the wheel over it, the list keeps its header row in view, over the rows that went under it.
    const box = (await table.boundingBox())!;
    await b.page.mouse.move(box.x + box.width / 2, box.y + 150);
    await b.page.mouse.wheel(0, 600);
    await expect.poll(() => table.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    const header = (await table.locator('thead th').first().boundingBox())!;
    expect(Math.abs(header.y - (await table.boundingBox())!.y)).toBeLessThan(2);
    expect(await headersInView(table)).toEqual(expect.arrayContaining(['编号', '期限']));

    // Hide 信访形式 through 列设置: gone now and after a reload (remembered for this user).
    expect(await table.locator('thead th').allInnerTexts()).toContain('信访形式');
    await b.page.getByTestId('column-settings').click();
    await b.page.getByRole('checkbox', { name: '信访形式', exact: true }).click();
    await expect.poll(() => table.locator('thead th').allInnerTexts()).not.toContain('信访形式');
    await b.page.reload();
    await (await list.rows()).first().waitFor();
    expect(await table.locator('thead th').allInnerTexts()).not.toContain('信访形式');
    expect(await table.locator('thead th').allInnerTexts()).toContain('期限');
  });

  it('单位对比: the body column fixed, every one of the 7 rates reachable by scrolling', async () => {
    await signIn(b.page, 'leader');
    await b.page.goto('/stats/bodies');
    const table = b.page.getByTestId('bodies-table');
    await table.locator('.ant-table-row').first().waitFor();
    const all = (await table.locator('.ant-table-thead th').allInnerTexts()).map((s) => s.trim()).filter(Boolean);
    const rates = all.slice(-7);
    expect(rates).toHaveLength(7);
    const seen = new Set(await headersInView(table));
    await scrollRight(table);
    for (const h of await headersInView(table)) seen.add(h);
    expect(seen.has(all[0]!)).toBe(true);
    expect(rates.filter((r) => !seen.has(r))).toEqual([]);
    // The body column stays at the left edge while the rates scroll.
    expect(await headersInView(table)).toContain(all[0]);
  });
});

/** Visible text cut with an ellipsis (CSS or a literal "…") inside main. */
async function truncated(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) =>
    Array.from(main.querySelectorAll<HTMLElement>('*'))
      .filter((el) => el.offsetParent !== null && el.children.length === 0 && el.innerText?.trim())
      .filter((el) => {
        const cut = (x: HTMLElement | null) => {
          for (; x && x !== main; x = x.parentElement) {
            if (getComputedStyle(x).textOverflow === 'ellipsis' && x.scrollWidth > x.clientWidth) return true;
          }
          return false;
        };
        return el.innerText.trim().endsWith('…') || cut(el);
      })
      .map((el) => el.innerText.trim()),
  );
}

describe('English at 1366×768', () => {
  const b = useBrowser({ viewport: { width: 1366, height: 768 } });

  it('document templates: kinds and variables in English, no key shown; nothing cut short', async () => {
    await signIn(b.page, 'admin');
    await new Layout(b.page).switchLanguage('English');
    await b.page.goto('/admin/templates');
    const main = b.page.locator('main');
    await main.getByText('Handling decision', { exact: true }).first().waitFor();
    const kinds = await main.locator('.ant-list-item button').allInnerTexts();
    const variables = await main.locator('.ant-form-item').filter({ hasText: 'Variables' }).locator('button').allInnerTexts();
    expect(kinds).toHaveLength(13);
    expect(variables.length).toBeGreaterThan(10);
    const chinese = /[\u4e00-\u9fff]/;
    expect([...kinds, ...variables].filter((s) => chinese.test(s) || /^[a-z]+[A-Z]\w*$/.test(s.trim()))).toEqual([]);
    expect(await truncated(b.page)).toEqual([]);
  });

  it('the registration form and the work list: no label cut short', async () => {
    await signIn(b.page, 'registrar');
    await new Layout(b.page).switchLanguage('English');
    await b.page.goto('/petitions/new');
    await b.page.locator('main form').first().waitFor();
    expect(await truncated(b.page)).toEqual([]);
    await b.page.goto('/petitions?type=appeal');
    await new WorkList(b.page).rows();
    expect(await truncated(b.page)).toEqual([]);
  });
});
