import { describe, expect, it } from 'vitest';
import { staffApi } from '../api';
import { seriousViolations } from '../axe';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { DisputeMeetingsPage, DisputeSummariesPage, MeetingDetailPage, MeetingFormPage } from '../pages/DisputeMeetingsPage';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';

// Distinct from every other file's data on the shared server (disputes.test.ts registers with grid and wujing too:
// nothing here counts the register; the figures shown are compared with the server's at the same moment).
const DISPUTE = '两村交界处山林权属纠纷';
const VILLAGE = '五井镇五井东村村民委员会';
const OTHER_VILLAGE = '五井镇茹家庄村村民委员会';
const TOWNSHIP = '临朐县五井镇人民政府';
const VILLAGE_TASK = '组织两村代表到交界处现场踏勘山林界址';
const OWN_TASK = '协调县林业局调取两村林权档案';

/** A day in China time (UTC+8, no daylight saving), `days` from today, as YYYY-MM-DD. */
const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

async function signIn(b: ReturnType<typeof useBrowser>, username: string, name: string): Promise<void> {
  const login = new LoginPage(b.page);
  await login.goto();
  await login.login(username, DEMO_PASSWORD);
  await new Layout(b.page).waitForWorkbench(name);
}

describe('日排查日报告 and 动态分析会: the village files, the township meets and decides, the village reports done', () => {
  const b = useBrowser();
  let meetingId = 0;

  it('grid files today’s 日报告: the register’s figures, 报送, then shown as filed', async () => {
    const grid = await staffApi(b.baseUrl, 'grid');
    await signIn(b, 'grid', '刘春梅');
    const page = new DisputeSummariesPage(b.page);
    await page.openFromRegister();
    const { figures } = await grid.get(`/api/dispute-summaries/draft?period=day&on=${chinaDay()}`);
    expect(await page.figures()).toEqual({
      found: figures.found,
      settled: figures.settled,
      escalated: figures.escalated,
      open: figures.open,
    });
    expect(await page.own.getByTestId('file-summary').innerText()).toBe(figures.zero ? '报送零报告' : '报送');
    expect(await seriousViolations(b.page)).toEqual([]);

    const filed = await page.file();
    expect(filed.status()).toBe(201);
    const { summary } = (await filed.json()) as { summary: Record<string, number> };
    await page.filed.getByText('已报送', { exact: true }).waitFor();
    expect(await page.figures()).toEqual({
      found: summary.found,
      settled: summary.settled,
      escalated: summary.escalated,
      open: summary.open,
    });
    expect(await page.own.getByTestId('file-summary').count()).toBe(0);
    await grid.api.dispose();
  });

  it('wujing sees 五井东村 filed and 茹家庄村 未报送, records a meeting with two decisions', async () => {
    const wujing = await staffApi(b.baseUrl, 'wujing');
    await signIn(b, 'wujing', '高振华');
    const summaries = new DisputeSummariesPage(b.page);
    await summaries.openFromRegister();
    await summaries.filer(VILLAGE).waitFor();
    expect(await summaries.filer(VILLAGE).innerText()).toContain('已报送');
    expect(await summaries.filer(OTHER_VILLAGE).innerText()).toContain('未报送');
    const { missing } = await wujing.get(`/api/dispute-summaries/filers?period=day&on=${chinaDay()}`);
    expect(await summaries.missing.innerText()).toContain(`未报送 ${missing} 个`);
    expect(await seriousViolations(b.page)).toEqual([]);

    const meetings = new DisputeMeetingsPage(b.page);
    await meetings.goto();
    await meetings.monthlyDue.getByText('本月尚未召开矛盾纠纷动态分析会').waitFor();
    expect(await seriousViolations(b.page)).toEqual([]);
    await meetings.record();

    const form = new MeetingFormPage(b.page);
    await form.carriedOver.locator('.ant-skeleton').waitFor({ state: 'detached' });
    await form.fill('主持人', '五井镇党委副书记');
    await form.addPresent(VILLAGE);
    await form.addDispute(DISPUTE);
    await form.fill('研判情况', '两村交界处山林权属争议持续，须现场踏勘并调取林权档案后再行调处。');
    await form.addDecision({ org: VILLAGE, title: VILLAGE_TASK, dueOn: chinaDay(5) });
    await form.addDecision({ org: TOWNSHIP, title: OWN_TASK, dueOn: chinaDay(10) });
    expect(await seriousViolations(b.page)).toEqual([]);
    const saved = await form.submit();
    expect(saved.status(), await saved.text()).toBe(201);
    await b.page.waitForURL(/\/disputes\/meetings\/\d+$/);
    meetingId = Number(/\/disputes\/meetings\/(\d+)$/.exec(b.page.url())![1]);

    const detail = new MeetingDetailPage(b.page);
    await detail.task(VILLAGE_TASK).waitFor();
    const link = detail.section('meeting-disputes').getByRole('link', { name: new RegExp(DISPUTE) });
    expect(await link.getAttribute('href')).toMatch(/^\/disputes\/\d+$/);
    expect(await detail.section('meeting-basics').innerText()).toContain(VILLAGE);
    const villageTask = await detail.task(VILLAGE_TASK).innerText();
    expect(villageTask).toContain(VILLAGE);
    expect(villageTask).toContain(chinaDay(5));
    expect(await detail.task(VILLAGE_TASK).getByTestId('task-state').innerText()).not.toBe('已办结');
    // The township's own decision: it may report it done; the village's it may not.
    expect(await detail.task(OWN_TASK).getByTestId('task-done').count()).toBe(1);
    expect(await detail.task(VILLAGE_TASK).getByTestId('task-done').count()).toBe(0);
    expect(await seriousViolations(b.page)).toEqual([]);

    await meetings.goto();
    expect(await meetings.monthlyDue.count()).toBe(0);
    await wujing.api.dispose();
  });

  it('grid sees the decision in its panel and reports it done', async () => {
    expect(meetingId).toBeGreaterThan(0);
    await signIn(b, 'grid', '刘春梅');
    const meetings = new DisputeMeetingsPage(b.page);
    await meetings.goto();
    const mine = meetings.myTasks.getByTestId('meeting-task').filter({ hasText: VILLAGE_TASK });
    await mine.waitFor();
    expect(await meetings.myTasks.getByText(OWN_TASK).count()).toBe(0);
    const done = await meetings.reportDone(VILLAGE_TASK, '已组织两村代表现场踏勘，界址走向已记录。');
    expect(done.status()).toBe(200);
    await mine.waitFor({ state: 'detached' });
  });

  it('wujing sees it done, and the other still open on the next meeting’s agenda', async () => {
    await signIn(b, 'wujing', '高振华');
    const detail = new MeetingDetailPage(b.page);
    await detail.goto(meetingId);
    await detail.task(VILLAGE_TASK).getByTestId('task-state').getByText('已办结').waitFor();
    expect(await detail.task(VILLAGE_TASK).innerText()).toContain('已组织两村代表现场踏勘，界址走向已记录。');
    expect(await detail.task(OWN_TASK).getByTestId('task-state').innerText()).not.toBe('已办结');

    const meetings = new DisputeMeetingsPage(b.page);
    await meetings.goto();
    await meetings.record();
    const form = new MeetingFormPage(b.page);
    await form.carriedOver.getByText('上次会议未办结事项').waitFor();
    await form.carriedOver.getByTestId('meeting-task').filter({ hasText: OWN_TASK }).waitFor();
    expect(await form.carriedOver.getByText(VILLAGE_TASK).count()).toBe(0);
    // Shown for reference: nothing to act on there.
    expect(await form.carriedOver.getByTestId('task-done').count()).toBe(0);
  });
});
