import { describe, expect, it } from 'vitest';
import { staffApi } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { KeyboardDesk, RegistrationPage } from '../pages/RegistrationPage';
import { WorkflowPage } from '../pages/WorkflowPage';

describe('智能辅助 at the front desk', () => {
  const b = useBrowser();

  it('takes the suggested category and body with one key each; the body is the 转送 picker’s first choice', async () => {
    const login = new LoginPage(b.page);
    await login.goto();
    await login.login('registrar', DEMO_PASSWORD);
    await new Layout(b.page).waitForWorkbench('李秀英');
    const form = new RegistrationPage(b.page);
    await form.goto();
    const keys = new KeyboardDesk(b.page);

    await form.form.getByLabel('标题', { exact: true }).focus();
    await keys.type('孩子就读的小学食堂饭菜质量差');
    await form.form.getByLabel('信访内容', { exact: true }).focus();
    await keys.type('我的孩子在城关街道实验小学读书，学校食堂饭菜质量很差，学生经常吃不饱，请教育部门调查学校食堂的管理。');
    // The first start trains the model in the background: the first suggestion may wait for it.
    await form.suggestions.getByTestId('assist-category').first().waitFor({ timeout: 60_000 });
    const categories = await form.suggested('category');
    expect(categories[0]!.text).toMatch(/^Alt\+1\s*教育文体/);
    await form.suggestions.getByTestId('assist-body').first().waitFor();
    const bodies = await form.suggested('body');
    expect(bodies.length).toBeGreaterThan(0);

    // One key each: Alt+1 takes the first category, Alt+4 the first body.
    await keys.press('Alt+1');
    await expect.poll(async () => (await form.suggested('category'))[0]!.pressed).toBe(true);
    await expect
      .poll(() =>
        form.form.locator('#registration_categoryId').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').innerText(),
      )
      .toContain('教育文体');
    await keys.press('Alt+4');
    await expect.poll(async () => (await form.suggested('body'))[0]!.pressed).toBe(true);
    const bodyName = /Alt\+4\s*(.+?) ·/.exec(bodies[0]!.text)![1]!;

    await form.fillPetitioner(0, { name: '王秀兰', idNumber: '370724199001011232', phone: '13812345678' });
    await form.save(true);
    const id = Number(/\/petitions\/(\d+)\/receipt$/.exec(b.page.url())![1]);

    // Recorded: the category on the petition, the body as the label the 转送 picker reads.
    const api = await staffApi(b.baseUrl, 'registrar');
    const { petition } = await api.get(`/api/petitions/${id}`);
    expect(petition.category.path).toBe('教育文体');
    const hint = await api.get(`/api/assist/petitions/${id}/bodies`);
    expect(hint.chosenAtRegistration).toBeGreaterThan(0);

    const workflow = new WorkflowPage(b.page);
    await workflow.goto(id);
    const dialog = await workflow.open('转送');
    await dialog.dialog.getByTestId('route-suggestions').waitFor();
    await expect
      .poll(() => dialog.dialog.locator('.ant-select-selection-item, .ant-select-content').first().innerText())
      .toContain(bodyName);
    await dialog.cancel();
  });
});
