import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { CalendarPage } from '../pages/CalendarPage';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';

interface CalendarStatus {
  packageYears: number[];
  enteredYears: { year: number; notice: string }[];
  missingYears: number[];
}

const alertText = (missing: number[]) =>
  `缺少 ${missing.join('、')} 年节假日数据：跨入该年的工作日期限为暂定值，请依据国务院办公厅通知录入`;

// The server is shared by all test files: this one only adds the year 2027 (nothing else depends on it) and leaves
// bodies, users and petitions alone. Which years the page reports missing depends on today's date (this year and
// next), so the warning is checked against GET /api/calendar/status; what the test itself changes — 2027 entered,
// a deadline into 2027 final — is checked outright.
describe('holiday calendar', () => {
  const b = useBrowser();

  it("the top body's admin enters 2027 from the State Council notice; a deadline into 2027 is then final", async () => {
    const login = new LoginPage(b.page);
    const layout = new Layout(b.page);
    await login.goto();
    await login.login('cityadmin', DEMO_PASSWORD);
    await layout.waitForWorkbench('马志远');
    await layout.open('节假日');
    await b.page.waitForURL('**/admin/calendar');
    const status = async () => (await (await b.page.request.get('/api/calendar/status')).json()) as CalendarStatus;

    const calendar = new CalendarPage(b.page);
    const before = await status();
    expect(before.enteredYears.map((y) => y.year)).not.toContain(2027);
    if (before.missingYears.length > 0) {
      await calendar.missingAlert.waitFor();
      expect(await calendar.missingAlert.innerText()).toContain(alertText(before.missingYears));
    } else {
      await calendar.waitForYear(new Date().getFullYear());
      expect(await calendar.missingAlert.count()).toBe(0);
    }

    // Without 2027 data, 1 January counts as a working day and the result is provisional.
    if (!before.packageYears.includes(2027)) {
      const provisional = await calendar.preview('2026-12-24 09:00', 10, '工作日');
      expect(provisional).toEqual({ due: '2027-01-07 24:00', provisional: true });
    }

    await calendar.chooseYear(2027);
    await calendar.enterYear('国务院办公厅关于2027年部分节假日安排的通知', [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-01-02', name: '元旦' },
      { date: '2027-01-03', name: '元旦' },
    ]);
    await calendar.main.getByText('管理员录入', { exact: true }).waitFor();
    await calendar.main.getByText('国务院办公厅关于2027年部分节假日安排的通知', { exact: true }).waitFor();
    expect(await calendar.days.allInnerTexts()).toEqual([
      expect.stringMatching(/2027-01-01\s+星期五\s+放假\s+元旦/),
      expect.stringMatching(/2027-01-02\s+星期六\s+放假\s+元旦/),
      expect.stringMatching(/2027-01-03\s+星期日\s+放假\s+元旦/),
    ]);

    // 2027 is no longer missing; any other missing year still is, and the warning says exactly that.
    const after = await status();
    expect(after.enteredYears.map((y) => y.year)).toContain(2027);
    expect(after.missingYears).toEqual(before.missingYears.filter((y) => y !== 2027));
    if (after.missingYears.length > 0) {
      await expect.poll(() => calendar.missingAlert.innerText()).toContain(alertText(after.missingYears));
    } else {
      await calendar.missingAlert.waitFor({ state: 'detached' });
    }

    const final = await calendar.preview('2026-12-24 09:00', 10, '工作日');
    expect(final).toEqual({ due: '2027-01-08 24:00', provisional: false });
  });

  it('takes a typed date over the pre-filled one and enters a range of days at once (2027 only)', async () => {
    const login = new LoginPage(b.page);
    await login.goto();
    await login.login('cityadmin', DEMO_PASSWORD);
    await new Layout(b.page).waitForWorkbench('马志远');
    await b.page.goto('/admin/calendar');
    const calendar = new CalendarPage(b.page);
    await calendar.chooseYear(2027);
    const dialog = await calendar.openEditor();
    const rows = await dialog.getByLabel(/^名称 \d+$/).count();
    // The new row comes pre-filled with the day after the last one (2027-01-04): the short 05-01 typed over it must win,
    // and so must 10-01…10-07 typed into 从 and 至.
    await calendar.addTypedDay(dialog, rows + 1, '05-01', '劳动节');
    await calendar.addRange(dialog, '10-01', '10-07', '国庆节');
    await calendar.saveEditor(dialog);

    const stored = (await (await b.page.request.get('/api/calendar/years/2027')).json()) as {
      days: { date: string; kind: string; name: string }[];
    };
    const byDate = new Map(stored.days.map((d) => [d.date, `${d.kind} ${d.name}`]));
    expect(byDate.get('2027-05-01')).toBe('holiday 劳动节');
    expect(byDate.has('2027-01-04')).toBe(false);
    for (const day of ['01', '02', '03', '04', '05', '06', '07']) expect(byDate.get(`2027-10-${day}`)).toBe('holiday 国庆节');
    expect(stored.days).toHaveLength(rows + 1 + 7);
  });
});
