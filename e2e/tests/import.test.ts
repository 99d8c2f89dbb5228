import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { ImportPage } from '../pages/ImportPage';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { PetitionListPage } from '../pages/RegistrationPage';

// Three rows; row 3 of the file (the second record) has a time nobody can read.
const CSV = [
  '编号,标题,内容,留言时间,留言用户',
  'E2E-1,小区物业乱收停车费,翠竹园小区物业公司擅自上调停车费，请求核查。,2024-03-01 09:00,张先生',
  'E2E-2,路灯不亮,和平路路灯多日不亮，夜间出行不便。,上周二,李女士',
  'E2E-3,道路积水严重,城南路雨后积水严重影响通行。,2024-03-03 11:00,王先生',
].join('\n');

describe('historical import', () => {
  const b = useBrowser();

  it('a dry run of a 3-row CSV shows the bad row; the demo import reaches 100% and its messages are found', async () => {
    const login = new LoginPage(b.page);
    await login.goto();
    await login.login('registrar', DEMO_PASSWORD);
    await new Layout(b.page).waitForWorkbench('李秀英');

    const page = new ImportPage(b.page);
    await page.goto();
    await page.chooseFile('history.csv', CSV);
    // The columns were guessed from the header.
    await expect(b.page.locator('form#importMapping').innerText()).resolves.toContain('留言时间');
    await page.dryRun();
    expect(await page.waitForFinished()).toBe('试运行（未写入）：可新增 2 件，跳过 0 件，错误 1 行');
    expect(await page.errorRows()).toEqual([['3', '收到时间', '无法识别的时间“上周二”']]);

    await page.importDemo();
    const summary = await page.waitForFinished(60_000);
    expect(await page.percent()).toBe(100);
    expect(summary).toMatch(/^新增 \d+ 件/);
    expect(Number(/新增 (\d+)/.exec(summary)![1])).toBeGreaterThan(500);

    const list = new PetitionListPage(b.page);
    await list.goto();
    expect((await list.search('物业')).length).toBeGreaterThanOrEqual(10);
  });
});
