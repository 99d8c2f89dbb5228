import { describe, expect, it } from 'vitest';
import { staffApi, type Json } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { ReceiptPage, RegistrationPage } from '../pages/RegistrationPage';
import { WorkflowPage } from '../pages/WorkflowPage';

const HOUSING = '临朐县住房和城乡建设局';
// A resident ID number with a valid GB 11643 check digit (a 来访 needs the main petitioner's).
const ID_NUMBER = '370724197806123451';
// 200 characters of a 处理意见书's 查明的事实, typed as a handler would.
const FACTS = '经现场调查核实，'.concat('小区三号楼电梯主板损坏停运两个月，物业公司与开发商互相推诿维修责任。'.repeat(6)).slice(0, 200);

describe('nothing typed is lost', () => {
  const b = useBrowser();

  /** A petition assigned to the housing bureau and received there: its handler may issue the 处理意见书. */
  async function petitionInHandling(title: string): Promise<number> {
    const registrar = await staffApi(b.baseUrl, 'registrar');
    const handler = await staffApi(b.baseUrl, 'handler');
    const { items } = (await registrar.get('/api/orgs/directory')) as { items: { id: number; name: string }[] };
    const id = (
      await registrar.register({
        title,
        content: '小区三号楼电梯停运两个月，物业和开发商互相推诿，请求督促尽快修复。',
        petitioners: [{ kind: 'person', name: '韩桂兰', phone: '13812340019', isMain: true }],
      })
    ).id as number;
    await registrar.act(id, 'assign', { toOrgId: items.find((o) => o.name === HOUSING)!.id, requirements: '请依法处理。' });
    await handler.act(id, 'receive');
    return id;
  }

  async function signIn(username: string, name: string): Promise<void> {
    const login = new LoginPage(b.page);
    await login.goto();
    await login.login(username, DEMO_PASSWORD);
    await new Layout(b.page).waitForWorkbench(name);
  }

  /** The registrar's form, filled with a walk-in's matter and petitioner (not saved). */
  async function fillRegistration(title: string, content: string, name: string): Promise<RegistrationPage> {
    await signIn('registrar', '李秀英');
    const form = new RegistrationPage(b.page);
    await form.goto();
    await form.fillMatter({ title, content });
    await form.fillPetitioner(0, { name, idNumber: ID_NUMBER, phone: '13812340021' });
    return form;
  }

  /** Waits for the receipt page the saved registration leads to; the petition as the server keeps it. */
  async function savedPetition(): Promise<Json> {
    await b.page.waitForURL(/\/petitions\/\d+\/receipt$/);
    const id = Number(/\/petitions\/(\d+)\/receipt$/.exec(b.page.url())![1]);
    return ((await (await b.page.request.get(`/api/petitions/${id}`)).json()) as Json).petition as Json;
  }

  it('the 处理意见书 typed so far comes back after Esc, a click outside and a reload, until it is submitted', async () => {
    const id = await petitionInHandling('东关小区电梯停运（草稿）');
    await signIn('handler', '张伟');
    const detail = new WorkflowPage(b.page);
    await detail.goto(id);
    await detail.waitForStatus('办理中');

    let d = await detail.open('出具处理意见书');
    await d.fill('查明的事实', FACTS);
    await b.page.keyboard.press('Escape');
    await d.dialog.waitFor({ state: 'hidden' });

    d = await detail.open('出具处理意见书');
    await d.dialog.getByTestId('draft-notice').waitFor();
    expect(await d.dialog.getByLabel('查明的事实', { exact: true }).inputValue()).toBe(FACTS);
    await d.fill('处理理由', '物业服务合同约定电梯维修由物业公司负责。');
    // A click on the mask outside the dialog closes it too.
    await b.page.mouse.click(10, 450);
    await d.dialog.waitFor({ state: 'hidden' });

    await b.page.reload();
    await b.page.getByTestId('petition-number').waitFor();
    d = await detail.open('出具处理意见书');
    await d.dialog.getByTestId('draft-notice').waitFor();
    expect(await d.dialog.getByLabel('查明的事实', { exact: true }).inputValue()).toBe(FACTS);
    expect(await d.dialog.getByLabel('处理理由', { exact: true }).inputValue()).toBe('物业服务合同约定电梯维修由物业公司负责。');

    // Submitted: the draft is gone, the next 处理意见书 form (after a 复查, say) starts empty.
    await d.pick('予以支持');
    await d.fill('信访请求', '请求督促尽快修复电梯。');
    await d.fill('处理依据', '《物业管理条例》第三十五条。');
    const res = await d.submit('decide');
    expect(res.status(), await res.text()).toBe(200);
    await d.dialog.waitFor({ state: 'hidden' });
    const left = await b.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('xf.draft.')));
    expect(left).toEqual([]);
  });

  /** The session ends elsewhere (log-out with the same cookie, as another tab would). */
  async function endSession(): Promise<void> {
    const { user } = (await (await b.page.request.get('/api/auth/me')).json()) as { user: { csrfToken: string } };
    const out = await b.page.request.post('/api/auth/logout', { headers: { 'x-csrf-token': user.csrfToken } });
    expect(out.status()).toBeLessThan(300);
  }

  /** The numbers of the petitions with this title, as the registrar's work list finds them. */
  async function numbersTitled(title: string): Promise<string[]> {
    const registrar = await staffApi(b.baseUrl, 'registrar');
    const { items } = await registrar.get(`/api/petitions?q=${encodeURIComponent(title)}`);
    return (items as Json[]).filter((p) => p.title === title).map((p) => p.number as string);
  }

  it('a registration saved after the session ended asks for the password in place and is then saved as typed', async () => {
    const form = await fillRegistration('西街路灯损坏夜间无照明', '西街路灯损坏一个月，夜间行人摔伤，请求尽快修复。', '周海燕');
    await endSession();

    await form.form.getByRole('button', { name: /保存登记/ }).click();
    const dialog = b.page.getByRole('dialog').filter({ hasText: '登录已过期' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('用户名').inputValue()).toBe('registrar');
    await dialog.getByLabel('密码').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: '登录并继续' }).click();
    const petition = await savedPetition();
    expect(petition.title).toBe('西街路灯损坏夜间无照明');
    expect((petition.petitioners as Json[]).map((p) => p.name)).toEqual(['周海燕']);
    expect(await new ReceiptPage(b.page).number()).toBe(petition.number);
  });

  it('a registration saved offline says so in Chinese with 重试, and 重试 saves it once back online', async () => {
    const form = await fillRegistration('北关菜市场占道经营', '北关菜市场摊贩长期占道经营，道路拥堵，请求整治。', '吴建国');

    await b.page.context().setOffline(true);
    await form.form.getByRole('button', { name: /保存登记/ }).click();
    const dialog = b.page.getByRole('dialog').filter({ hasText: '网络连接失败' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('网络连接失败，请检查网络后重试');
    expect(await b.page.getByText('Failed to fetch').count()).toBe(0);

    await b.page.context().setOffline(false);
    await dialog.getByRole('button', { name: /重\s*试/ }).click();
    const petition = await savedPetition();
    expect(petition.title).toBe('北关菜市场占道经营');
  });

  it('a registration whose answer was lost on the way back is saved once by 重试 (the server replays its answer)', async () => {
    const title = '南关桥护栏断裂（应答丢失）';
    const form = await fillRegistration(title, '南关桥护栏断裂多处，行人车辆通行危险，请求尽快修复。', '孙丽娟');
    let lost = false;
    await b.page.route('**/api/petitions', async (route) => {
      if (route.request().method() !== 'POST' || lost) return route.continue();
      lost = true;
      // The request reaches the server, which registers the petition; its answer never reaches the page.
      expect((await route.fetch()).status()).toBe(201);
      await route.abort('failed');
    });
    await form.form.getByRole('button', { name: /保存登记/ }).click();
    const dialog = b.page.getByRole('dialog').filter({ hasText: '网络连接失败' });
    await dialog.waitFor();
    const retried = b.page.waitForResponse((r) => r.url().endsWith('/api/petitions') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /重\s*试/ }).click();
    expect((await retried).headers()['idempotent-replayed']).toBe('true');
    const petition = await savedPetition();
    expect(await numbersTitled(title)).toEqual([petition.number]);
  });

  it('another person signing in at an ended session sends nothing under their name; the draft stays the first user’s', async () => {
    const title = '东门广场夜间噪音扰民（换人登录）';
    const form = await fillRegistration(title, '东门广场夜间广场舞音响声音过大，影响周边居民休息，请求管理。', '郑红梅');
    await endSession();
    await form.form.getByRole('button', { name: /保存登记/ }).click();
    const dialog = b.page.getByRole('dialog').filter({ hasText: '登录已过期' });
    await dialog.waitFor();
    await dialog.getByLabel('用户名').fill('handler');
    await dialog.getByLabel('密码').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: '登录并继续' }).click();

    // B lands on their own home, told why; nothing was registered, under either name.
    await new Layout(b.page).waitForWorkbench('张伟');
    await b.page.getByText('李秀英未完成的提交已取消，不会以您的身份发送').waitFor();
    expect(await b.page.getByText('请先登录').count()).toBe(0);
    expect(await numbersTitled(title)).toEqual([]);

    // A signs in again later: the registration is offered as they left it.
    await new Layout(b.page).logout();
    await signIn('registrar', '李秀英');
    const again = new RegistrationPage(b.page);
    await again.goto();
    await b.page.getByTestId('draft-notice').waitFor();
    expect(await again.form.getByLabel('标题', { exact: true }).inputValue()).toBe(title);
    expect(await again.row(0).getByLabel('姓名或名称', { exact: true }).inputValue()).toBe('郑红梅');
  });
});
