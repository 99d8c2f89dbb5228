import { describe, expect, it } from 'vitest';
import { staffApi } from '../api';
import { seriousViolations } from '../axe';
import { DEMO_PASSWORD, useBrowser, type BrowserOptions } from '../browser';
import { DisputeDetailPage, DisputeFormPage, DisputeListPage } from '../pages/DisputesPage';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';

// Distinct from every other file's data on the shared server.
const TITLE = '五井东村刘家与陈家宅基地东侧界址纠纷';
const PHONE = { width: 390, height: 844 };
const WUJING = '临朐县五井镇人民政府';
let disputeId = 0;

/** A day in China time (UTC+8, no daylight saving), `days` from today, as YYYY-MM-DD. */
const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

async function signIn(b: ReturnType<typeof useBrowser>, username: string, name: string): Promise<void> {
  const login = new LoginPage(b.page);
  await login.goto();
  await login.login(username, DEMO_PASSWORD);
  await new Layout(b.page).waitForWorkbench(name);
}

/** The form's draft as kept in this browser (null when none). */
const storedDraft = (b: ReturnType<typeof useBrowser>) =>
  b.page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => /^xf\.draft\.\d+\.dispute\.new$/.test(k));
    return key ? (JSON.parse(localStorage.getItem(key)!) as { values: { title?: string } }).values : null;
  });

describe('矛盾纠纷: a grid worker registers on a phone, offline, and mediates; the township takes it over', () => {
  const b = useBrowser({ viewport: PHONE, mobile: true } satisfies BrowserOptions);

  it('registers with two parties, kept over a reload, opened again with no signal, sent once the connection is back; mediates, fails, reports, escalates', async () => {
    const grid = await staffApi(b.baseUrl, 'grid');
    const { region } = (await grid.get('/api/regions/370724101265')) as { region: { fullName: string } };
    await signIn(b, 'grid', '刘春梅');

    const list = new DisputeListPage(b.page);
    await list.goto();
    await b.page.locator('[data-testid="dispute-list"], .ant-empty').first().waitFor();
    expect(await seriousViolations(b.page)).toEqual([]);
    await b.page.getByTestId('register-dispute').click();

    const form = new DisputeFormPage(b.page);
    await b.page.getByRole('heading', { level: 1, name: '矛盾纠纷登记' }).waitFor();
    expect(await b.page.getByTestId('direct-note').innerText()).toContain(
      '群众可随时直接向乡镇（街道）、县级信访部门提出信访事项，不以村（居）调处为前提。',
    );
    // Phone-first: nothing wider than the screen.
    expect(await b.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await form.value('发现日期')).toBe(chinaDay());
    expect(await seriousViolations(b.page)).toEqual([]);

    await form.choose('纠纷类型', '宅基地');
    await form.fill('纠纷概况（标题）', TITLE);
    await form.fill('基本情况', '刘家翻建房屋时砌墙，陈家认为东侧界址被占约半米，双方发生口角。');
    // The village committee's own village is where the picker opens (its 12-digit code).
    expect(region.fullName).toBe('山东省潍坊市临朐县五井镇五井东村');
    await form.choose('发生地（村、社区）', region.fullName, true);
    await form.fill('具体地点', '五井东村东街 18 号');
    await form.fillParty(0, { name: '刘建国', phone: '13905360101', claim: '按原界址翻建院墙' });
    await form.fillParty(1, { name: '陈秀兰', claim: '院墙东侧界址西移半米' });
    await b.page.waitForFunction(() =>
      Object.keys(localStorage).some((k) => k.endsWith('.dispute.new') && localStorage.getItem(k)!.includes('陈秀兰')),
    );

    // A reload: the registration typed so far comes back as it was.
    await b.page.reload();
    await b.page.getByTestId('draft-notice').waitFor();
    expect(await form.value('纠纷概况（标题）')).toBe(TITLE);
    expect(await form.party(1).getByLabel('姓名或名称', { exact: true }).inputValue()).toBe('陈秀兰');

    // The page is kept for use without a signal (web/sw/offline.ts): the worker has taken it over and holds its copy.
    await b.page.waitForFunction(async () => {
      const kept = async (name: string) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
      return navigator.serviceWorker.controller !== null && (await kept('xf-offline-reads')).includes('/api/auth/me');
    });

    // No signal: the submit keeps the draft and says it will be sent; nothing asks to retry.
    await b.context.setOffline(true);
    await form.submit();
    const queued = b.page.getByTestId('queued');
    await queued.waitFor();
    expect(await queued.innerText()).toContain('登记已保存在本机，网络恢复后将自动提交');
    expect(await b.page.getByRole('dialog').filter({ hasText: '网络连接失败' }).count()).toBe(0);
    expect((await storedDraft(b))?.title).toBe(TITLE);

    // Still no signal, the page opened again (the phone closed the tab): the form comes back with the draft, saying
    // the send was not confirmed; sent again, it waits for the connection as before.
    await b.page.reload();
    await b.page.getByTestId('draft-notice').waitFor();
    expect(await b.page.getByTestId('draft-notice').innerText()).toContain('上次提交未确认送达，再次提交不会重复登记');
    expect(await form.value('纠纷概况（标题）')).toBe(TITLE);
    await form.submit();
    await queued.waitFor();

    // Back online: sent by itself, once; the detail opens and the draft is gone.
    const sent = b.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/disputes' && r.request().method() === 'POST');
    await b.context.setOffline(false);
    expect((await sent).status()).toBe(201);
    await b.page.waitForURL(/\/disputes\/\d+$/);
    disputeId = Number(/\/disputes\/(\d+)$/.exec(b.page.url())![1]);
    const detail = new DisputeDetailPage(b.page);
    await detail.waitForStatus('已登记');
    expect(await storedDraft(b)).toBeNull();
    const { items } = (await grid.get(`/api/disputes?q=${encodeURIComponent(TITLE)}`)) as { items: { id: number }[] };
    expect(items.map((d) => d.id)).toEqual([disputeId]);
    expect(await detail.section('dispute-parties').innerText()).toContain('院墙东侧界址西移半米');
    expect(await seriousViolations(b.page)).toEqual([]);

    let d = await detail.open('开始调解', 'mediate');
    await d.fill('调解员', '王德明、刘春梅');
    expect((await d.submit()).status()).toBe(200);
    await detail.waitForStatus('调解中');
    expect(await detail.section('dispute-clocks').innerText()).toContain('届满');

    d = await detail.open('登记调解情况', 'recordSession');
    expect(await d.checkbox('刘建国').isChecked()).toBe(true);
    expect(await d.checkbox('陈秀兰').isChecked()).toBe(true);
    await d.fill('调解地点', '五井东村村委会调解室');
    await d.fill('经过和结果', '双方到场，各执一词，现场丈量后仍未达成一致。');
    expect((await d.submit()).status()).toBe(200);
    await detail.section('dispute-sessions').getByText('五井东村村委会调解室').waitFor();

    d = await detail.open('调解不成', 'disagree');
    await d.choose('告知的法定途径', '向人民法院提起诉讼');
    await d.fill('理由', '双方对界址分歧较大，村内调解不成。');
    expect((await d.submit()).status()).toBe(200);
    await detail.waitForStatus('调解不成');

    d = await detail.open('出具处理报告', 'report');
    await d.fill('查明的事实', '两户东侧无原始界桩，双方提供的证明材料相互矛盾。');
    await d.fill('已做的调处工作', '组织调解一次并现场丈量。');
    await d.fill('未能化解的原因', '界址证据不足，须由镇政府组织确权。');
    await d.fill('处理建议', '建议镇政府组织确权后再行调解。');
    expect((await d.submit()).status()).toBe(200);
    const reports = detail.section('dispute-reports');
    await reports.getByText('界址证据不足，须由镇政府组织确权。').waitFor();
    const href = await reports.getByTestId('report-docx').getAttribute('href');
    const docx = await b.page.request.get(href!);
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toContain('wordprocessingml');

    d = await detail.open('上报上级', 'escalate');
    await d.dialog.locator('.ant-select').filter({ hasText: WUJING }).waitFor();
    await d.fill('上报理由', '村内无法化解，上报镇政府确权调解。');
    expect((await d.submit()).status()).toBe(200);
    await detail.waitForStatus('已上报待接收');
    expect(await detail.actions()).toEqual([]);
  });
});

describe('矛盾纠纷: the township takes the escalated dispute over and settles it', () => {
  const b = useBrowser();

  it('sees it awaiting, takes it over, mediates and records an agreement both parties signed, with a follow-up date', async () => {
    expect(disputeId).toBeGreaterThan(0);
    await signIn(b, 'wujing', '高振华');
    const list = new DisputeListPage(b.page);
    await list.goto();
    await list.awaitingOnly();
    const row = list.row(TITLE);
    expect(await row.innerText()).toContain('已上报待接收');
    await row.getByRole('link', { name: TITLE }).click();

    const detail = new DisputeDetailPage(b.page);
    await detail.waitForStatus('已上报待接收');
    expect(await detail.actions()).toEqual(['接收上报事项']);
    let d = await detail.open('接收上报事项', 'takeOver');
    expect((await d.submit()).status()).toBe(200);
    await detail.waitForStatus('已登记');
    // The village's report came along.
    await detail.section('dispute-reports').getByText('界址证据不足，须由镇政府组织确权。').waitFor();

    d = await detail.open('开始调解', 'mediate');
    await d.fill('调解员', '镇司法所孙立华');
    expect((await d.submit()).status()).toBe(200);
    await detail.waitForStatus('调解中');

    d = await detail.open('达成调解协议', 'agree');
    await d.fill('协议内容', '以镇政府确权的界址为准，刘建国院墙西移二十厘米。');
    await d.fill('履行方式和期限', '刘建国于十五日内按确权界址重砌院墙。');
    expect(await d.checkbox('刘建国').isChecked()).toBe(true);
    expect(await d.checkbox('陈秀兰').isChecked()).toBe(true);
    const followUpOn = chinaDay(20);
    await d.fill('回访日期', followUpOn);
    expect(await seriousViolations(b.page)).toEqual([]);
    expect((await d.submit()).status()).toBe(200);
    await detail.waitForStatus('已达成协议');

    const agreement = await detail.section('dispute-agreement').innerText();
    expect(agreement).toContain('刘建国、陈秀兰');
    expect(agreement).toContain(followUpOn);
    const docx = await b.page.request.get((await detail.section('dispute-agreement').getByTestId('agreement-docx').getAttribute('href'))!);
    expect(docx.status()).toBe(200);
    expect(await seriousViolations(b.page)).toEqual([]);
  });
});
