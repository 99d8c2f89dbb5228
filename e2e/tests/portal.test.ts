import type { APIRequestContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { staffApi, type Json } from '../api';
import { useBrowser } from '../browser';
import { seriousViolations } from '../axe';
import { PortalSubmitPage } from '../pages/PortalSubmitPage';

const HOUSING = '临朐县住房和城乡建设局';
const COUNTY = '临朐县人民政府';
const BUREAU = '临朐县信访局';
// A resident ID number with a valid GB 11643 check digit.
const ID_NUMBER = '370724197806123451';
// The smallest PNG (1×1): a photo attachment.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** The whole body of a download. */
async function bytesOf(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Today in China, as the workflow's dates are written. */
const chinaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('public portal (网上信访) on a phone', () => {
  const b = useBrowser({ viewport: { width: 390, height: 844 }, mobile: true });
  const contexts: APIRequestContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.dispose();
  });

  it('the home page paints from its HTML and CSS alone (≤ 100 KB), and no chunk of antd, ECharts or i18next ever loads', async () => {
    const page = b.page;
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Network.enable');
    const loaded = new Map<string, { url: string; bytes: number }>();
    const urls = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => loaded.set(e.requestId, { url: urls.get(e.requestId) ?? '', bytes: e.encodedDataLength }));
    const transferred = () => [...loaded.values()].reduce((n, r) => n + r.bytes, 0);

    // Without any script, what a phone shows while the JavaScript is still on its way: the first screen is there.
    await cdp.send('Network.setBlockedURLs', { urls: ['*.js'] });
    await page.goto('/portal');
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    await page.getByRole('heading', { level: 1, name: '网上信访' }).waitFor();
    for (const name of [/^我要写信（提交信访事项）/, /^查询办理情况/]) {
      const link = page.getByRole('link', { name }).last();
      expect(await link.isVisible(), String(name)).toBe(true);
      expect(await link.evaluate((a) => a.getBoundingClientRect().bottom), String(name)).toBeLessThanOrEqual(844);
    }
    const beforeScript = transferred();
    expect(beforeScript, JSON.stringify([...loaded.values()])).toBeLessThanOrEqual(100_000);
    // The stylesheet came with it (a styled first screen, not raw HTML).
    expect([...loaded.values()].some((r) => r.url.endsWith('.css'))).toBe(true);

    // With the scripts: the app takes over the same page; nothing of the staff app's weight comes along.
    await cdp.send('Network.setBlockedURLs', { urls: [] });
    loaded.clear();
    const scripts: Promise<{ url: string; body: string }>[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.text().then((body) => ({ url: r.url(), body })));
    });
    await page.goto('/portal');
    await page.getByRole('button', { name: 'English' }).waitFor();
    await page.getByRole('link', { name: /^我要写信（提交信访事项）/ }).click();
    await page.getByRole('button', { name: '继续' }).waitFor();
    await page.getByRole('link', { name: '查询办理情况' }).first().click();
    await page.getByRole('button', { name: '查询', exact: true }).waitFor();
    const bodies = await Promise.all(scripts);
    expect(bodies.length).toBeGreaterThan(2);
    for (const { url, body } of bodies) expect(body, url).not.toMatch(/anticon|ant-design|echarts|i18next/);
    console.log('portal home bytes before first paint:', beforeScript, '; home, form and look-up with scripts:', transferred());
  });

  it('the language switch and an unknown page', async () => {
    const page = b.page;
    await page.goto('/portal/no-such-page');
    await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1, name: 'Online petitions' }).waitFor();
    expect(await page.title()).toBe('Home - Online petitions');
    // The choice is kept: a reload opens in English.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Online petitions' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '网上信访' }).waitFor();
  });

  it('a deep link paints its own page before any script, in the language the reader chose', async () => {
    const noScript = async (setUp?: (page: Page) => Promise<void>) => {
      const context = await b.browser.newContext({ baseURL: b.baseUrl, javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await setUp?.(page);
      return { context, page };
    };
    // Chinese (nothing chosen): the submit page's heading and title, the menu at 我要写信, none of the home's buttons.
    let { context, page } = await noScript();
    await page.goto('/portal/submit');
    await page.getByRole('heading', { level: 1, name: '我要写信' }).waitFor();
    expect(await page.title()).toBe('我要写信 - 网上信访');
    expect(await page.getByRole('link', { name: /^我要写信（提交信访事项）/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^查询办理情况凭/ }).count()).toBe(0);
    expect(await page.getByRole('navigation').getByRole('link', { name: '我要写信' }).getAttribute('aria-current')).toBe('page');
    await page.goto('/portal/track');
    await page.getByRole('heading', { level: 1, name: '查询办理情况' }).waitFor();
    await context.close();

    // English chosen on the portal (with its script): the next deep link is English from its first byte.
    await b.page.goto('/portal');
    await b.page.getByRole('button', { name: 'English' }).click();
    await b.page.getByRole('heading', { level: 1, name: 'Online petitions' }).waitFor();
    const cookies = await b.context.cookies();
    ({ context, page } = await noScript((p) => p.context().addCookies(cookies)));
    await page.goto('/portal/submit');
    await page.getByRole('heading', { level: 1, name: 'Write to us' }).waitFor();
    expect(await page.title()).toBe('Write to us - Online petitions');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByText('网上信访').count()).toBe(0);
    await page.goto('/portal');
    await page.getByRole('link', { name: /^Write to us \(submit a petition\)/ }).waitFor();
    await context.close();
  });

  it(
    'a petitioner submits, gets the number and query code once; staff assign and decide; the petitioner follows it, rates 不满意 and asks for 复查',
    { timeout: 180_000 },
    async () => {
      const page = b.page;
      const timings: Record<string, number> = {};
      let t0 = Date.now();
      await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: b.baseUrl });

      // The login page leads petitioners to the portal.
      await page.goto('/login');
      await page.getByRole('link', { name: /网上信访/ }).click();
      await page.waitForURL('**/portal');

      // 1. Home: the two ways in and what belongs elsewhere (Art. 31); no horizontal scrolling at 390 px.
      await page.getByRole('heading', { level: 1, name: '网上信访' }).waitFor();
      await page.getByRole('heading', { name: '提交之前，请先看看是否应走其他途径' }).waitFor();
      await expect(page.getByText('劳动人事争议仲裁委员会申请仲裁').count()).resolves.toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page)).toEqual([]);
      timings.home = Date.now() - t0;

      // 2. The form: our own checks first (nothing sent), shown as an error summary at the top that has the focus,
      //    each error a link to its field, the same words at the field.
      t0 = Date.now();
      await page.getByRole('link', { name: /我要写信（提交信访事项）/ }).click();
      await page.getByRole('heading', { level: 1, name: '我要写信' }).waitFor();
      const form = new PortalSubmitPage(page);
      await form.continue();
      expect(await form.errorSummary()).toEqual([
        '请选择信访类型',
        '请填写标题',
        expect.stringMatching(/^请把反映的问题写清楚（10 至 \d+ 字）$/),
        '请至少选到县（市、区）',
        '请填写姓名',
        '请填写联系电话',
      ]);
      expect(await form.followError('请至少选到县（市、区）')).toBe('place');
      expect(await page.locator('#place-error').textContent()).toBe('错误：请至少选到县（市、区）');
      expect(await page.getByLabel('省（自治区、直辖市）').getAttribute('aria-describedby')).toBe('place-hint place-error');
      expect(await form.followError('请填写姓名')).toBe('name');
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('radio', { name: /申诉求决/ }).check();
      // A request may not be anonymous: no such box.
      await expect(page.getByRole('checkbox', { name: /匿名反映/ }).count()).resolves.toBe(0);
      await page.getByLabel('标题').fill('东关社区门口道路破损');
      await page.getByLabel('反映的问题').fill('城关街道东关社区门口的道路破损严重，下雨积水，老人孩子出行困难，请求尽快修复。');
      await page.getByText(/已写 \d+ 字/).waitFor();
      await form.place('山东省', '潍坊市', '临朐县', '城关街道');
      await page.getByLabel('详细地址').fill('城关街道东关社区门口');
      await page.getByLabel('姓名').fill('刘桂英');
      await page.getByLabel('手机号码').fill('13812340077');
      await page.getByLabel('身份证号码').fill(ID_NUMBER);
      // An address our check lets through and the server's refuses: its 400 comes back the same way.
      await page.getByLabel('电子邮箱').fill('liu@mail.c');
      await page.locator('input[type=file]').first().setInputFiles({ name: '道路积水.png', mimeType: 'image/png', buffer: PNG });
      // The upload is announced (a live region) and listed.
      await page.getByRole('status').filter({ hasText: '已上传 道路积水.png' }).waitFor();
      await page.getByTestId('portal-files').locator('li[data-state=done]').filter({ hasText: '道路积水.png' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      // 3. Check your answers: every answer with a 修改 link back to its field.
      await form.continue();
      expect(await form.answer('type')).toBe('申诉求决');
      expect(await form.answer('title')).toBe('东关社区门口道路破损');
      expect(await form.answer('place')).toBe('山东省 潍坊市 临朐县 城关街道');
      expect(await form.answer('phone')).toBe('13812340077');
      expect(await form.answer('attachments')).toBe('道路积水.png');
      expect(await seriousViolations(page)).toEqual([]);
      expect(await form.change('标题')).toBe('title');
      await page.getByLabel('标题').fill('东关社区门口道路破损积水');
      await form.continue();
      expect(await form.answer('title')).toBe('东关社区门口道路破损积水');
      // The server's field errors: back on the form, summary first, linked to the field.
      const refused = await form.send();
      expect(refused.status()).toBe(400);
      expect(await form.errorSummary()).toEqual(['电子邮箱格式不正确']);
      expect(await form.followError('电子邮箱格式不正确')).toBe('email');
      await page.getByLabel('电子邮箱').fill('liu@mail.cn');
      await form.continue();
      expect(await form.answer('email')).toBe('liu@mail.cn');
      const created = await form.send();
      expect(created.status()).toBe(201);
      // How long the server took to register it (the receipt document is issued in the same request).
      const timing = created.request().timing();
      timings.submitServer = Math.round(timing.responseStart - timing.requestStart);
      timings.submit = Date.now() - t0;

      // 4. Number and query code, once, with the warning, copy and the 受理凭证 as the PDF the bureau issued.
      await page.getByRole('heading', { level: 1, name: '已提交成功' }).waitFor();
      const number = (await page.getByTestId('portal-number').innerText()).trim();
      const queryCode = (await page.getByTestId('portal-query-code').innerText()).trim();
      expect(number).toMatch(/^\S{6,}$/);
      expect(queryCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      await page.getByText('查询码只显示这一次').waitFor();
      await page.getByText(`${BUREAU}已于`).waitFor();
      await page.getByRole('button', { name: '复制编号和查询码' }).click();
      await page.getByText('已复制编号和查询码').waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(`信访事项编号：${number}`);
      expect(copied).toContain(`查询码：${queryCode}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: '下载受理凭证（PDF）' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^信访事项受理凭证.*\.pdf$/);
      const receipt = await bytesOf(download);
      expect(receipt.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const { text: receiptText } = await extractText(await getDocumentProxy(new Uint8Array(receipt)), { mergePages: true });
      const flat = receiptText.replace(/\s+/g, '');
      expect(flat).toContain(`信访事项编号：${number}`);
      expect(flat).toContain(BUREAU);
      expect(await seriousViolations(page)).toEqual([]);

      // Straight to the result: registered at the bureau of the place.
      await page.getByRole('button', { name: '查看办理情况' }).click();
      await page
        .getByTestId('portal-status')
        .filter({ hasText: `${BUREAU}已收到并登记了您的信访事项` })
        .waitFor();
      // Every running deadline in plain words, as a China date.
      await page.getByText(/^告知您是否受理：\d{4}年\d{1,2}月\d{1,2}日前$/).waitFor();

      // 5. Staff (through the API): the registrar assigns to the housing bureau, which receives, decides, delivers
      //    and concludes; the registrar verifies.
      t0 = Date.now();
      const registrar = await staffApi(b.baseUrl, 'registrar');
      const handler = await staffApi(b.baseUrl, 'handler');
      contexts.push(registrar.api, handler.api);
      const inbox = await registrar.get('/api/inbox');
      const id = (inbox.sections.route as Json[]).find((p) => p.number === number)?.id as number;
      expect(id, 'the online petition is in the registrar’s routing inbox').toBeGreaterThan(0);
      const { items: bodies } = await registrar.get('/api/orgs/directory');
      const housingId = (bodies as Json[]).find((o) => o.name === HOUSING)!.id as number;
      await registrar.act(id, 'assign', { toOrgId: housingId, requirements: '请调查核实，依法处理并书面答复信访人。' });
      await handler.act(id, 'receive');
      await handler.act(id, 'decide', {
        outcome: 'reject',
        request: '请求尽快修复东关社区门口道路。',
        facts: '该路段已列入明年城区道路改造计划，近期已安排临时填补坑洼。',
        reasons: '道路整体翻修需按计划和预算实施，临时填补可保障通行。',
        basis: '《城市道路管理条例》第十二条。',
      });
      await handler.act(id, 'deliver', { method: 'electronic', result: 'signed', deliveredOn: chinaToday() });
      await handler.act(id, 'conclude', { report: '已出具处理意见书并送达，路面坑洼已临时填补。' });
      await registrar.act(id, 'verify', { note: '处理意见已送达，认定办结。' });
      timings.staff = Date.now() - t0;

      // 6. The petitioner follows it with number + query code (a wrong code first: the server's words).
      t0 = Date.now();
      await page.getByRole('link', { name: '查询办理情况' }).first().click();
      await page.getByRole('heading', { level: 1, name: '查询办理情况' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      // Without the query code: a one-time SMS code to the phone given (the code itself goes out by SMS).
      await page.getByRole('radio', { name: /手机短信验证码/ }).check();
      await page.getByLabel('信访事项编号').fill(number);
      await page.getByLabel('手机号码').fill('13812340077');
      await page.getByRole('button', { name: '获取验证码' }).click();
      await page.getByRole('status').filter({ hasText: '验证码已发送到该手机' }).waitFor();
      await page.getByRole('button', { name: /秒后可重新获取/ }).waitFor();
      await page.getByRole('textbox', { name: '短信验证码', exact: true }).fill('000000');
      await page.getByRole('button', { name: '查询', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: '验证码不正确或已过期，请重新获取。' }).waitFor();
      await page.getByRole('radio', { name: '编号 + 查询码' }).check();
      await page.getByLabel('信访事项编号').fill(number);
      await page.getByRole('textbox', { name: '查询码', exact: true }).fill('AAAA-BBBB-CCCC');
      await page.getByRole('button', { name: '查询', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: '信访事项编号或查询码不正确。' }).waitFor();
      await page.getByRole('textbox', { name: '查询码', exact: true }).fill(queryCode.toLowerCase());
      await page.getByRole('button', { name: '查询', exact: true }).click();
      await page.waitForURL('**/portal/track/result');
      const status = page.getByTestId('portal-status');
      await status.filter({ hasText: '已办结' }).waitFor();
      await page.getByTestId('portal-holder').filter({ hasText: HOUSING }).waitFor();

      // The decision with the review route, and the public timeline in plain sentences.
      const decision = page.getByTestId('portal-decision');
      await decision.getByRole('heading', { name: `${HOUSING} · 信访处理意见书` }).waitFor();
      await decision.getByText('不予支持').waitFor();
      await decision.getByText('《城市道路管理条例》第十二条。').waitFor();
      expect(await page.getByTestId('portal-review-route').innerText()).toBe(
        `如不服本处理意见，可以自收到本意见书之日起三十日内向${COUNTY}请求复查。`,
      );
      const timeline = page.getByTestId('portal-timeline');
      expect((await timeline.locator('li').allInnerTexts()).map((s) => s.replace(/^\S+ \S+\s*/, ''))).toEqual([
        `${BUREAU}收到并登记了您的信访事项。`,
        `${BUREAU}将事项交办至${HOUSING}。`,
        `${HOUSING}签收了事项，开始办理。`,
        `${HOUSING}出具了信访处理意见书，结论：不予支持。`,
        `${HOUSING}以电子方式向您送达了信访处理意见书。`,
        `${HOUSING}办结了事项。`,
        `${BUREAU}审核认定事项办结。`,
      ]);
      // No staff names reach the petitioner.
      const text = await page.locator('main').innerText();
      for (const name of ['李秀英', '张伟']) expect(text).not.toContain(name);

      // The petitioner downloads the 信访处理意见书 as it was issued (PDF), and sees the Word copy beside it.
      const decisionDoc = page.getByTestId('portal-document').filter({ hasText: '信访事项处理意见书' });
      await decisionDoc.waitFor();
      const links = await decisionDoc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links[0]).toMatch(/^\/api\/public\/documents\/\d+\/file\?format=pdf&token=/);
      expect(links[1]).toMatch(/format=docx/);
      const [pdf] = await Promise.all([page.waitForEvent('download'), decisionDoc.getByRole('link').first().click()]);
      expect(pdf.suggestedFilename()).toMatch(/^信访事项处理意见书.*\.pdf$/);
      const head = await pdf.createReadStream().then(async (stream) => {
        for await (const c of stream) return (c as Buffer).subarray(0, 5).toString('latin1');
        return '';
      });
      expect(head).toBe('%PDF-');
      expect(await seriousViolations(page)).toEqual([]);
      timings.track = Date.now() - t0;

      // 7. Rating: the handling body 不满意 — a reason is required, and the review route is offered right there.
      t0 = Date.now();
      const handling = page.getByTestId('portal-rating-handling');
      await handling.getByRole('heading', { name: `对办理单位（${HOUSING}）` }).waitFor();
      await handling.getByRole('radio', { name: '不满意' }).check();
      await handling.getByText('如不服处理意见，您可以申请复查。').waitFor();
      await handling.getByRole('button', { name: '提交评价' }).click();
      await handling.getByText('请说明不满意的原因，以便改进工作').waitFor();
      await handling.getByLabel('原因或意见').fill('路面只是临时填补，下雨仍然积水。');
      await handling.getByRole('button', { name: '提交评价' }).click();
      await handling.getByText('您的评价：不满意').waitFor();
      const bureau = page.getByTestId('portal-rating-bureau');
      await bureau.getByRole('radio', { name: '基本满意' }).check();
      await bureau.getByRole('button', { name: '提交评价' }).click();
      await bureau.getByText('您的评价：基本满意').waitFor();
      await page.getByTestId('portal-rating').getByText('感谢您的评价。').waitFor();

      // 8. 复查: from the offer to the form, reasons of at least ten characters.
      await page.getByRole('button', { name: '去申请复查' }).click();
      const reasons = page.getByLabel('请求复查的理由');
      await expect.poll(() => reasons.evaluate((el) => el === document.activeElement)).toBe(true);
      await reasons.fill('太短');
      await page.getByRole('button', { name: '提交复查申请' }).click();
      await page.getByText('请写明理由（至少 10 个字）').waitFor();
      await reasons.fill('道路只做了临时填补，雨天仍然积水，请求复查并尽快彻底修复。');
      await page.getByRole('button', { name: '提交复查申请' }).click();
      await page.getByTestId('portal-review').getByText(`已提交复查申请，${COUNTY}正在办理。`).waitFor();
      // The matter is now with the county government, which reviews it.
      await status.filter({ hasText: `已收到您的复查申请，${COUNTY}正在复查。` }).waitFor();
      await page.getByTestId('portal-holder').filter({ hasText: COUNTY }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      timings.rateAndReview = Date.now() - t0;

      // Nothing runs off the side of a 360 px phone either.
      await page.setViewportSize({ width: 360, height: 740 });
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth);
      expect(await overflow()).toBeLessThanOrEqual(360);
      await page.getByRole('link', { name: '我要写信' }).click();
      await page.getByLabel('省（自治区、直辖市）').selectOption({ label: '山东省' });
      await page.getByLabel('市（地区、州）').selectOption({ label: '潍坊市' });
      expect(await overflow()).toBeLessThanOrEqual(360);
      await page.getByRole('link', { name: '首页' }).click();
      await page.getByRole('heading', { level: 1, name: '网上信访' }).waitFor();
      expect(await overflow()).toBeLessThanOrEqual(360);

      // The matter is now the county government's 复查 (its registrar-handler finds it in 待办事项).
      const reviewer = await staffApi(b.baseUrl, 'reviewer');
      contexts.push(reviewer.api);
      const reviewInbox = await reviewer.get('/api/inbox');
      expect((reviewInbox.sections.review as Json[]).map((p) => p.id)).toContain(id);

      console.log('portal e2e timings (ms):', JSON.stringify(timings));
    },
  );
  it(
    'an accusation names the accused body from the public directory; the accused body never receives it',
    { timeout: 120_000 },
    async () => {
      const page = b.page;
      await page.goto('/portal/submit');
      await page.getByRole('heading', { level: 1, name: '我要写信' }).waitFor();
      await page.getByRole('radio', { name: /检举控告/ }).check();
      await page.getByLabel('标题').fill('检举住建局工作人员索要好处费');
      await page.getByLabel('反映的问题').fill('住建局某工作人员在办理房屋登记时向群众索要好处费，请求依法查处。');
      await page.getByLabel('省（自治区、直辖市）').selectOption({ label: '山东省' });
      await page.getByLabel('市（地区、州）').selectOption({ label: '潍坊市' });
      await page.getByLabel('县（市、区）').selectOption({ label: '临朐县' });
      // "Not sure" is chosen until the petitioner picks a body found by name.
      await expect(page.getByRole('radio', { name: '不确定是哪个单位' }).isChecked()).resolves.toBe(true);
      await page.getByPlaceholder('输入单位名称查找').fill('住房和城乡建设');
      await page.getByRole('radio', { name: new RegExp(HOUSING) }).check();
      await page.getByLabel('姓名').fill('周建民');
      await page.getByLabel('手机号码').fill('13812340091');
      expect(await seriousViolations(page)).toEqual([]);
      const form = new PortalSubmitPage(page);
      await form.continue();
      expect(await form.answer('accusedOrgId')).toBe(HOUSING);
      expect((await form.send()).status()).toBe(201);
      const number = (await page.getByTestId('portal-number').innerText()).trim();

      const registrar = await staffApi(b.baseUrl, 'registrar');
      const handler = await staffApi(b.baseUrl, 'handler');
      contexts.push(registrar.api, handler.api);
      const { items } = await registrar.get(`/api/petitions?q=${encodeURIComponent(number)}`);
      const { petition } = await registrar.get(`/api/petitions/${(items as Json[])[0]!.id as number}`);
      expect(petition.accusedOrg.name).toBe(HOUSING);
      const seen = await handler.api.get(`/api/petitions/${petition.id as number}`);
      expect(seen.status()).toBe(404);
    },
  );
});
