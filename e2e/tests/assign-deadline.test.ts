import { describe, expect, it } from 'vitest';
import { assignedMatter, staffApi, type Json } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { WorkflowPage } from '../pages/WorkflowPage';

const HOUSING = '临朐县住房和城乡建设局';
/** The China date `days` after an instant, YYYY-MM-DD. */
const chinaDay = (at: Date | string, days = 0) => new Date(new Date(at).getTime() + (8 + 24 * days) * 3_600_000).toISOString().slice(0, 10);
/** A date as the pages may write it: 2026-12-18 (a due time: 2026-12-18 24:00) or 2026年12月18日. */
const written = (ymd: string) => {
  const [y, m, d] = ymd.split('-').map(Number);
  return [ymd, `${y}年${m}月${d}日`];
};
const mentions = (text: string, ymd: string) => written(ymd).some((w) => text.includes(w));

describe('the due date of a 交办', () => {
  const b = useBrowser();

  it('is the handling clock’s one deadline on the detail page, marked as set by the assigning body', { timeout: 60_000 }, async () => {
    // The bureau assigns with a date well before the statute's sixty days; the housing bureau signs for it.
    const registrar = await staffApi(b.baseUrl, 'registrar');
    const handler = await staffApi(b.baseUrl, 'handler');
    const date = chinaDay(new Date(), 12);
    const matter = {
      title: '西关社区老旧小区改造工程停工',
      content: '西关社区老旧小区改造工程停工一个多月，管线外露，雨天积水，请求督促尽快复工。',
      petitioners: [{ kind: 'person', name: '韩桂兰', phone: '13812340009', isMain: true }],
    };
    const id = await assignedMatter(registrar, handler, HOUSING, matter, { requirements: '请限期办结。', dueDate: date });
    const { petition } = await handler.get(`/api/petitions/${id}`);
    // The statute's sixty days from the signature (条例 Art. 34), before any move over days off.
    const statute = chinaDay((petition.clocks as Json[]).find((c) => c.key === 'handle')!.startedAt as string, 60);

    await new LoginPage(b.page).goto();
    await new LoginPage(b.page).login('handler', DEMO_PASSWORD);
    await new Layout(b.page).waitForWorkbench('张伟');
    const detail = new WorkflowPage(b.page);
    await detail.goto(id);
    await detail.waitForStatus('办理中');

    // 办理时限: the handling clock ends on the assigner's date, said once and said whose it is.
    const clocks = b.page.getByTestId('clocks');
    const handling = clocks.locator('tr').filter({ hasText: '办理并出具处理意见' });
    await handling.waitFor();
    expect(await handling.innerText()).toContain(`${date} 24:00`);
    expect(await handling.getByTestId('deadline-set-by').innerText()).toBe('交办机关限定');
    // No second, different deadline for the same duty: neither the 交办 row nor the 主办 row repeats a date, and
    // the statute's later date is shown nowhere.
    expect(mentions(await b.page.getByTestId('wf-assignments').innerText(), date)).toBe(false);
    const responsibility = b.page.getByTestId('wf-responsibility');
    if (await responsibility.count()) expect(mentions(await responsibility.innerText(), date)).toBe(false);
    expect(mentions(await clocks.innerText(), statute)).toBe(false);
    expect(mentions(await b.page.locator('main').innerText(), statute)).toBe(false);
    await registrar.api.dispose();
    await handler.api.dispose();
  });
});
