import { afterAll, describe, expect, it } from 'vitest';
import { staffApi } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { seriousViolations } from '../axe';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { ReceptionPage } from '../pages/ReceptionPage';

// The server is shared by all test files: this one adds a reception place to 临朐县人民政府 and publishes its plan for
// the coming quarter; nothing else reads either.
describe('leader reception days', () => {
  const desk = useBrowser();
  let admin: Awaited<ReturnType<typeof staffApi>>;
  afterAll(async () => admin?.api.dispose());

  it('the administrator generates and publishes the county plan; a phone then shows it with the right to walk in', async () => {
    admin = await staffApi(desk.baseUrl, 'admin');
    const me = (await admin.get('/api/auth/me')).user as { org: { id: number } };
    const placed = await admin.api.post('/api/reception/places', {
      headers: { 'x-csrf-token': admin.csrf },
      data: {
        orgId: me.org.id,
        name: '临朐县信访接待中心',
        address: '临朐县民主路 1 号',
        hours: '工作日 8:30—12:00',
        accessibility: '一楼，有无障碍坡道',
      },
    });
    expect(placed.status(), await placed.text()).toBe(201);

    const login = new LoginPage(desk.page);
    const layout = new Layout(desk.page);
    await login.goto();
    await login.login('admin', DEMO_PASSWORD);
    await layout.waitForWorkbench('王建国');
    await layout.open('领导接访日');
    await desk.page.waitForURL('**/reception');
    const reception = new ReceptionPage(desk.page);
    await reception.generate();
    // The county's one leader (陈志强) every working Tuesday and Thursday of the quarter: at least 20 mornings.
    const planned = await reception.slots.allInnerTexts();
    expect(planned.length).toBeGreaterThanOrEqual(20);
    expect(planned.every((s) => s === '08:30 陈志强')).toBe(true);
    expect(await reception.check.isVisible()).toBe(true);
    expect(await seriousViolations(desk.page)).toEqual([]);
    await reception.publish();

    // The phone: the body's page lists the same mornings, says that booking never replaces walking in, passes axe.
    const phone = await desk.browser.newContext({
      baseURL: desk.baseUrl,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await phone.newPage();
      await page.goto('/portal/reception');
      await page.getByRole('link', { name: '临朐县人民政府' }).click();
      await page.getByRole('heading', { level: 1, name: '临朐县人民政府领导接访日' }).waitFor();
      await page.getByText('预约不是来访的前提', { exact: false }).first().waitFor();
      const shown = page.getByTestId('reception-slots').locator('li');
      await shown.first().waitFor();
      expect(await shown.count()).toBe(planned.length);
      expect(await shown.first().innerText()).toMatch(
        /^\d{4}-\d{2}-\d{2} 星期[二四] 08:30—12:00\n接访领导：陈志强\n地点：临朐县信访接待中心\n剩余名额：10 预约这次接访$/,
      );
      expect(await page.getByRole('link', { name: '订阅日历（iCalendar）' }).getAttribute('href')).toBe(
        `/api/public/reception/${me.org.id}/calendar.ics`,
      );
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
