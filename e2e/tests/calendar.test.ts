import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { CalendarPage } from '../pages/CalendarPage';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';

// The server is shared by all test files: this one only adds the year 2027 (the only year missing in 2026,
// with nothing else depending on it) and leaves bodies, users and petitions alone.
describe('holiday calendar', () => {
  const b = useBrowser();

  it('admin enters 2027 from the State Council notice; a deadline into 2027 is then final', async () => {
    const login = new LoginPage(b.page);
    const layout = new Layout(b.page);
    await login.goto();
    await login.login('admin', DEMO_PASSWORD);
    await layout.waitForWorkbench('王建国');
    await layout.open('节假日');
    await b.page.waitForURL('**/admin/calendar');

    const calendar = new CalendarPage(b.page);
    await calendar.missingAlert.waitFor();
    expect(await calendar.missingAlert.innerText()).toContain(
      '缺少 2027 年节假日数据：跨入该年的工作日期限为暂定值，请依据国务院办公厅通知录入',
    );

    // Before 2027 is entered, 1 January counts as a working day and the result is provisional.
    const before = await calendar.preview('2026-12-24 09:00', 10, '工作日');
    expect(before).toEqual({ due: '2027年1月7日 24时', provisional: true });

    await calendar.waitForYear(2027);
    await calendar.enterYear('国务院办公厅关于2027年部分节假日安排的通知', [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-01-02', name: '元旦' },
      { date: '2027-01-03', name: '元旦' },
    ]);
    await calendar.missingAlert.waitFor({ state: 'detached' });
    await calendar.main.getByText('管理员录入', { exact: true }).waitFor();
    await calendar.main.getByText('国务院办公厅关于2027年部分节假日安排的通知', { exact: true }).waitFor();
    expect(await calendar.days.allInnerTexts()).toEqual([
      expect.stringMatching(/2027-01-01\s+星期五\s+放假\s+元旦/),
      expect.stringMatching(/2027-01-02\s+星期六\s+放假\s+元旦/),
      expect.stringMatching(/2027-01-03\s+星期日\s+放假\s+元旦/),
    ]);

    const after = await calendar.preview('2026-12-24 09:00', 10, '工作日');
    expect(after).toEqual({ due: '2027年1月8日 24时', provisional: false });
  });
});
