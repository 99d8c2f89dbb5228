import { describe, expect, it } from 'vitest';
import { staffApi } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { PetitionListPage, ReceiptPage, RegistrationPage } from '../pages/RegistrationPage';

// A resident ID number with a valid GB 11643 check digit (37072419900101123 → 2).
const ID_NUMBER = '370724199001011232';

async function signIn(b: ReturnType<typeof useBrowser>, username: string, displayName: string): Promise<void> {
  const login = new LoginPage(b.page);
  await login.goto();
  await login.login(username, DEMO_PASSWORD);
  await new Layout(b.page).waitForWorkbench(displayName);
}

describe('petition registration', () => {
  const b = useBrowser();

  it('registrar registers a group visit of 8 with 3 representatives, links the earlier petition as a repeat, prints the receipt', async () => {
    await signIn(b, 'registrar', '李秀英');
    const form = new RegistrationPage(b.page);
    const receipt = new ReceiptPage(b.page);

    // An earlier petition by the same main petitioner.
    await form.goto();
    await form.fillMatter({
      title: '幸福里小区物业拒不退还房屋维修基金',
      content: '幸福里小区物业公司拒不退还业主缴纳的房屋维修基金，请求督促退还。',
    });
    await form.fillPetitioner(0, { name: '王秀兰', idNumber: ID_NUMBER, phone: '13812345678' });
    await form.save();
    const earlier = await receipt.number();
    expect(earlier).toMatch(/2026\d{6}$/);

    // The group visit: Enter moves on from the title to the content.
    await form.goto();
    await form.form.getByLabel('标题', { exact: true }).fill('幸福里小区物业拒不退还维修基金（集体访）');
    await form.form.getByLabel('标题', { exact: true }).press('Enter');
    expect(await b.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await form.fillMatter({
      title: '幸福里小区物业拒不退还维修基金（集体访）',
      content: '幸福里小区8名业主来访，反映物业公司拒不退还房屋维修基金，推选3名代表。',
      personsCount: 8,
    });
    await form.fillPetitioner(0, { name: '王秀兰', idNumber: ID_NUMBER, phone: '13812345678', isMain: true, isRepresentative: true });
    await form.fillPetitioner(1, { name: '刘建华', phone: '13912345678', isRepresentative: true });
    await form.fillPetitioner(2, { name: '孙丽', phone: '13712345678', isRepresentative: true });
    await expect(form.representativeCounter.innerText()).resolves.toContain('3/5');

    // A 6th representative is refused with the rule in words.
    for (const [i, name] of [
      [3, '周强'],
      [4, '吴敏'],
      [5, '郑海'],
    ] as const)
      await form.fillPetitioner(i, { name, isRepresentative: true });
    expect(await form.isRepresentative(5)).toBe(false);
    await expect(form.representativesRefused.innerText()).resolves.toContain('代表人数不能超过 5 人');
    await expect(form.representativeCounter.innerText()).resolves.toContain('5/5');
    for (const i of [5, 4, 3]) await form.removeRow(i);
    await expect(form.representativeCounter.innerText()).resolves.toContain('3/5');

    // The earlier petition shows up as the same petitioner; link it as a repeat and save with Ctrl+Enter.
    await form.linkRepeat(earlier);
    await form.save(true);
    const number = await receipt.number();
    expect(number).not.toBe(earlier);
    expect(await receipt.queryCode()).toMatch(/^[A-Z0-9-]{6,}$/);
    // The template's text (the statute's wording, where to follow it online), the code in it; the PDF is the same receipt.
    const text = await b.page.locator('article').innerText();
    expect(text).toContain('信访事项受理凭证');
    expect(text).toContain('自收到信访事项之日起十五日内');
    expect(text).toContain(`查询码：${await receipt.queryCode()}`);
    expect(text).toMatch(/你可以登录.+，凭信访事项编号和查询码查询/);
    const pdf = await receipt.download();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await receipt.print()).toBe(true);

    // The detail page shows the link to the earlier number with its title (相似事项 lists it too, by number alone).
    await b.page.getByRole('button', { name: '返回' }).click();
    await b.page.getByTestId('petition-number').filter({ hasText: number }).waitFor();
    await b.page.getByRole('link', { name: new RegExp(`^${earlier} \\S`) }).waitFor();
  });

  it('a correction made while someone else changed the petition is refused, says so, and keeps the other change', async () => {
    await signIn(b, 'registrar', '李秀英');
    const form = new RegistrationPage(b.page);
    await form.goto();
    await form.fillMatter({ title: '东关路路灯长期不亮', content: '东关路自十月起路灯长期不亮，夜间出行不便，请求维修。' });
    await form.fillPetitioner(0, { name: '赵春梅', idNumber: '37072419850505002X', phone: '13612345670' });
    await form.save();
    const id = Number(/\/petitions\/(\d+)\/receipt$/.exec(b.page.url())![1]);

    await form.gotoCorrection(id);
    await form.form.getByLabel('标题', { exact: true }).fill('东关路东段路灯长期不亮');
    // Meanwhile a colleague corrects the same petition.
    const colleague = await staffApi(b.baseUrl, 'registrar');
    const { petition } = await colleague.get(`/api/petitions/${id}`);
    const other = await colleague.api.patch(`/api/petitions/${id}`, {
      headers: { 'x-csrf-token': colleague.csrf },
      data: { version: petition.version, reason: '地点登记有误', title: '西关路路灯长期不亮' },
    });
    expect(other.status()).toBe(200);

    const refused = b.page.waitForResponse((r) => r.url().endsWith(`/api/petitions/${id}`) && r.request().method() === 'PATCH');
    await form.saveCorrection('标题补充路段');
    expect((await refused).status()).toBe(409);
    await form.versionConflict.filter({ hasText: '已被他人修改' }).waitFor();
    expect(b.page.url()).toMatch(/\/correct$/);
    expect((await colleague.get(`/api/petitions/${id}`)).petition.title).toBe('西关路路灯长期不亮');
    // Loading the latest version shows the colleague's change, ready to be corrected again.
    await form.versionConflict.getByRole('button', { name: '载入最新内容' }).click();
    await expect.poll(() => form.form.getByLabel('标题', { exact: true }).inputValue()).toBe('西关路路灯长期不亮');
  });

  it('an accusation against 临朐县人民政府 cannot be found by its leader or by a handler, only by the registrar', async () => {
    const word = '翡翠手镯';
    await signIn(b, 'registrar', '李秀英');
    const form = new RegistrationPage(b.page);
    await form.goto();
    // Online (needs a phone): a visit would need the ID number checked, a letter the address.
    await form.choose('信访形式', '网上');
    await form.fillMatter({
      type: '检举控告',
      title: `检举某干部收受${word}`,
      content: `反映某干部在征地补偿中收受${word}等财物，请求依纪依法查处。`,
    });
    await form.choose('被检举控告单位', '临朐县人民政府', true);
    await form.fillPetitioner(0, { name: '赵振国', phone: '13600001111' });
    await form.save();
    const number = await new ReceiptPage(b.page).number();

    const list = new PetitionListPage(b.page);
    await list.goto();
    expect(await list.search(word)).toEqual([number]);
    expect(await list.snippetHits()).toContain(word);
    await new Layout(b.page).logout();

    for (const [username, name] of [
      ['leader', '陈志强'],
      ['handler', '张伟'],
    ] as const) {
      await signIn(b, username, name);
      await list.goto();
      expect(await list.search(word)).toEqual([]);
      await new Layout(b.page).logout();
    }
  });
});
