import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { staffApi } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { seriousViolations } from '../axe';
import { LoginPage } from '../pages/LoginPage';

const APP = '信访事项办理系统';

/** The staff routes as App.tsx declares them inside the signed-in frame: a page added there is walked here. */
function staffRoutes(): string[] {
  const app = readFileSync(new URL('../../web/src/App.tsx', import.meta.url), 'utf8');
  const frame = app.slice(app.indexOf('<Route element={<AppLayout />}>'));
  const paths = [...frame.matchAll(/<Route (index|path="([^"]+)")/g)].map((m) => (m[1] === 'index' ? '/' : m[2]!));
  return ['/login', '/change-password', ...paths];
}

type User = 'admin' | 'registrar' | 'handler' | 'leader' | 'supervisor' | 'auditor';

/**
 * Who opens each route (the roles that can see it) and at which address (:id is a petition all of them see; under
 * /disputes, a dispute the registrar registered; under /disputes/meetings, a meeting of the registrar's body).
 */
const WALK: Record<string, { users: User[]; url?: string }> = {
  '/login': { users: [] },
  '/change-password': { users: ['auditor'] },
  '/': { users: ['admin', 'registrar', 'handler', 'leader', 'supervisor', 'auditor'] },
  '/petitions/new': { users: ['registrar'] },
  '/petitions/import': { users: ['admin', 'registrar'] },
  '/petitions': { users: ['registrar', 'handler', 'leader', 'supervisor'] },
  '/petitions/:id': { users: ['registrar', 'supervisor'] },
  '/petitions/:id/correct': { users: ['registrar'] },
  '/petitions/:id/receipt': { users: ['registrar'] },
  '/inbox': { users: ['registrar', 'handler', 'leader', 'supervisor'] },
  '/supervision': { users: ['leader', 'supervisor'] },
  '/ownerships': { users: ['leader'] },
  '/reception': { users: ['admin', 'supervisor'] },
  '/my-calendar': { users: ['leader'] },
  '/disputes': { users: ['registrar', 'handler', 'leader', 'supervisor'] },
  '/disputes/new': { users: ['registrar', 'handler'] },
  '/disputes/:id': { users: ['registrar'] },
  '/disputes/summaries': { users: ['registrar', 'handler', 'leader', 'supervisor'] },
  '/disputes/stats': { users: ['leader', 'supervisor'] },
  '/disputes/meetings': { users: ['registrar', 'handler', 'leader', 'supervisor'] },
  '/disputes/meetings/new': { users: ['registrar', 'handler'] },
  '/disputes/meetings/:id': { users: ['registrar'] },
  '/stats': { users: ['registrar', 'handler', 'leader', 'supervisor'] },
  '/stats/bodies': { users: ['leader', 'supervisor'] },
  '/stats/reports': { users: ['supervisor'] },
  '/admin/orgs': { users: ['admin'] },
  '/admin/categories': { users: ['admin'] },
  '/admin/assist': { users: ['admin'] },
  '/admin/users': { users: ['admin'] },
  '/admin/calendar': { users: ['admin'] },
  '/admin/templates': { users: ['admin'] },
  '/audit': { users: ['admin', 'auditor'] },
  '*': { users: ['handler'], url: '/no-such-page' },
};

/** Waits for the page's own heading and for its loading placeholders to go. */
async function settled(page: Page) {
  await page.locator('h1').first().waitFor();
  await page.locator('.ant-skeleton, .ant-spin-spinning').first().waitFor({ state: 'detached' });
}

/** Title, one h1, and the skip link as the first stop of Tab leading into <main>. */
async function identity(page: Page, skipLink: boolean) {
  const title = await page.title();
  const h1 = await page.locator('h1').allInnerTexts();
  let skip = null;
  if (skipLink) {
    // From the top of the document (the page may have put focus in a field), the first Tab stop.
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    skip = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Enter');
    skip += ' → ' + (await page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id}`));
  }
  return { title: title.endsWith(` - ${APP}`) && title.length > APP.length + 3, h1: h1.length, skip };
}

describe('accessibility (axe-core) on every staff page', () => {
  const b = useBrowser({ viewport: { width: 1366, height: 768 } });
  let petitionId = 0;
  let disputeId = 0;
  let meetingId = 0;

  beforeAll(async () => {
    const registrar = await staffApi(b.baseUrl, 'registrar');
    petitionId = (
      await registrar.register({
        title: '东城街道供暖不热',
        content: '东城街道和平小区今冬供暖温度长期低于十六度，多次反映未解决，请求督促供热公司整改。',
        petitioners: [{ kind: 'person', name: '孟凡英', phone: '13812340061', isMain: true }],
      })
    ).id as number;
    const dispute = await registrar.api.post('/api/disputes', {
      headers: { 'x-csrf-token': registrar.csrf },
      data: {
        kind: 'neighbour',
        title: '东城街道和平小区楼上漏水邻里纠纷',
        facts: '楼上住户卫生间漏水至楼下，双方对维修费用分担有争议。',
        regionCode: '370724101',
        address: '和平小区 3 号楼',
        foundOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
        parties: [
          { name: '孟凡英', claim: '楼上承担维修费用' },
          { name: '赵立军', claim: '双方各担一半' },
        ],
      },
    });
    expect(dispute.status(), await dispute.text()).toBe(201);
    disputeId = ((await dispute.json()) as { dispute: { id: number } }).dispute.id;
    const { user } = await registrar.get('/api/auth/me');
    const meeting = await registrar.api.post('/api/dispute-meetings', {
      headers: { 'x-csrf-token': registrar.csrf },
      data: {
        heldOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
        chair: '县信访局副局长',
        disputeIds: [disputeId],
        notes: '研判东城街道楼上漏水邻里纠纷，须组织双方现场查看。',
        tasks: [
          {
            orgId: user.org.id,
            title: '组织双方现场查看漏水情况',
            dueOn: new Date(Date.now() + 8 * 3_600_000 + 7 * 86_400_000).toISOString().slice(0, 10),
          },
        ],
      },
    });
    expect(meeting.status(), await meeting.text()).toBe(201);
    meetingId = ((await meeting.json()) as { meeting: { id: number } }).meeting.id;
    await registrar.api.dispose();
  });

  it('the walk covers every route of App.tsx', () => {
    expect(Object.keys(WALK).sort()).toEqual(staffRoutes().sort());
  });

  it('the login page', async () => {
    await new LoginPage(b.page).goto();
    expect(await identity(b.page, false)).toEqual({ title: true, h1: 1, skip: null });
    expect(await seriousViolations(b.page)).toEqual([]);
  });

  for (const user of ['admin', 'registrar', 'handler', 'leader', 'supervisor', 'auditor'] as const) {
    it(`every page ${user} can open: its own title, one h1, a skip link, no serious violation`, async () => {
      const login = new LoginPage(b.page);
      await login.goto();
      await login.login(user, DEMO_PASSWORD);
      await b.page.waitForURL((url) => url.pathname === '/');
      const found: Record<string, unknown> = {};
      for (const [route, { users, url }] of Object.entries(WALK)) {
        if (!users.includes(user)) continue;
        const id = route.startsWith('/disputes/meetings') ? meetingId : route.startsWith('/disputes') ? disputeId : petitionId;
        await b.page.goto(url ?? route.replace(':id', String(id)));
        await settled(b.page);
        const result = { ...(await identity(b.page, route !== '/change-password')), violations: await seriousViolations(b.page) };
        found[route] = result;
      }
      const expected = Object.fromEntries(
        Object.keys(found).map((route) => [
          route,
          { title: true, h1: 1, skip: route === '/change-password' ? null : '跳到主要内容 → MAIN#main', violations: [] },
        ]),
      );
      expect(found).toEqual(expected);
    }, 240_000);
  }

  it('the open states: a workflow dialog, the registration form with its errors, the repeat panel searching', async () => {
    const login = new LoginPage(b.page);
    await login.goto();
    await login.login('registrar', DEMO_PASSWORD);
    await b.page.waitForURL((url) => url.pathname === '/');

    await b.page.goto(`/petitions/${petitionId}`);
    await settled(b.page);
    await b.page.getByTestId('workflow-actions').getByRole('button').first().click();
    await b.page.locator('.ant-modal').waitFor();
    expect(await seriousViolations(b.page)).toEqual([]);
    await b.page.keyboard.press('Escape');

    await b.page.goto('/petitions/new');
    await settled(b.page);
    await b.page.getByRole('button', { name: /保存登记/ }).click();
    await b.page.locator('.ant-form-item-explain-error').first().waitFor();
    expect(await seriousViolations(b.page)).toEqual([]);

    // The repeat panel while it searches (its answer held back): the spinner is a labelled status.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await b.page.route('**/api/petitions/repeat-candidates', async (route) => {
      await held;
      await route.continue();
    });
    await b.page.goto(`/petitions/${petitionId}/correct`);
    await b.page.getByRole('status', { name: '查找中' }).waitFor();
    const whileSearching = await seriousViolations(b.page);
    release();
    expect(whileSearching).toEqual([]);
  });
});
