import { afterAll, describe, expect, it } from 'vitest';
import { staffApi } from '../api';
import { seriousViolations } from '../axe';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { DutyRosterPage } from '../pages/DutyRosterPage';
import { chooseOption, Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';

// The server is shared by all test files: this one sets the duty rotation of 临朐县人民政府 and generates next month's
// roster; nothing else reads either.
describe('duty roster', () => {
  const desk = useBrowser();
  const apis: Awaited<ReturnType<typeof staffApi>>[] = [];
  afterAll(async () => Promise.all(apis.map((a) => a.api.dispose())));

  it('sets up a rotation, generates a month, a swap is asked, accepted and approved, the leader’s calendar shows the duty', async () => {
    // Next month in China time: all of it lies ahead, so all of it can be generated and swapped.
    const china = new Date(Date.now() + 8 * 3_600_000);
    const month = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
    const next = { first: `${month}-01` };

    const login = new LoginPage(desk.page);
    const layout = new Layout(desk.page);
    await login.goto();
    await login.login('admin', DEMO_PASSWORD);
    await layout.waitForWorkbench('王建国');
    await layout.open('领导接访日');
    const roster = new DutyRosterPage(desk.page);
    await roster.openTab();
    await roster.rotation('带班领导', ['陈志强']);
    await roster.rotation('值班中层', ['王建国']);
    await roster.rotation('值日员', ['周敏', '赵敏']);
    await roster.saveSettings();
    await roster.chooseMonth(month);
    await roster.generate();
    // Working days only (no 24-hour duty): one leader, one manager, the officers in turn, 周敏 first.
    const cells = await roster.rows.first().locator('td').allInnerTexts();
    expect(cells[0]).toMatch(new RegExp(`^${month}-\\d\\d$`));
    expect(cells.slice(1, 3)).toEqual(['日间值班 08:30—17:30', '陈志强']);
    expect(cells[3]).toContain('王建国');
    expect(cells[4]).toBe('周敏');
    expect(await seriousViolations(desk.page)).toEqual([]);

    // 周敏 asks 赵敏 to take her first shift; 赵敏 agrees (through the API: the browser is the leader's next).
    const reviewer = await staffApi(desk.baseUrl, 'reviewer');
    const auditor = await staffApi(desk.baseUrl, 'auditor');
    apis.push(reviewer, auditor);
    const { shifts } = (await reviewer.get('/api/duty/mine')) as { shifts: { id: number; date: string; role: string }[] };
    const mine = shifts.find((s) => s.role === 'officer' && s.date >= next.first)!;
    const asked = await reviewer.api.post('/api/duty/swaps', {
      headers: { 'x-csrf-token': reviewer.csrf },
      data: { shiftId: mine.id, colleagueId: (await auditor.get('/api/auth/me')).user.id, reason: '外出培训' },
    });
    expect(asked.status(), await asked.text()).toBe(200);
    const swapId = ((await asked.json()) as { swap: { id: number } }).swap.id;
    const accepted = await auditor.api.post(`/api/duty/swaps/${swapId}/accept`, { headers: { 'x-csrf-token': auditor.csrf } });
    expect(accepted.status(), await accepted.text()).toBe(200);
    // In-app messages are delivered by the dispatcher about a second after the step: wait for it before looking.
    const leaderApi = await staffApi(desk.baseUrl, 'leader');
    apis.push(leaderApi);
    const titles = async () => ((await leaderApi.get('/api/messages')).items as { title: string }[]).map((m) => m.title).join('；');
    await expect.poll(titles, { timeout: 10_000 }).toContain('换班待审批');

    // The leader is told in-app and the message opens the roster, where they approve; the day now names 赵敏;
    // 我的日程 shows the leader's duty that day.
    await layout.logout();
    await login.login('leader', DEMO_PASSWORD);
    await layout.waitForWorkbench('陈志强');
    await layout.openMessage('换班待审批');
    await desk.page.waitForURL('**/reception?tab=duty');
    await desk.page.getByTestId('duty-roster').waitFor();
    await roster.chooseMonth(month);
    await roster.approve(mine.date);
    await roster.row(mine.date).getByText('赵敏', { exact: true }).waitFor();
    expect(await roster.row(mine.date).innerText()).not.toContain('周敏');

    await layout.open('我的日程');
    await desk.page.waitForURL('**/my-calendar');
    await desk.page.getByRole('heading', { level: 1, name: '我的日程' }).waitFor();
    const main = desk.page.locator('main');
    await chooseOption(main, desk.page, '月份', month);
    await main.getByTestId(`calendar-${mine.date}`).getByText('带班领导', { exact: true }).waitFor();
    expect(await seriousViolations(desk.page)).toEqual([]);
  });
});
