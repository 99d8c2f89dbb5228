import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { AuditPage } from '../pages/AuditPage';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { OrgsPage } from '../pages/OrgsPage';
import { UsersPage } from '../pages/UsersPage';

const BODY = '临朐县退役军人事务局';
const USER = { username: 'tyjr_handler', displayName: '孙丽', org: BODY, role: '承办人' };
const NEW_PASSWORD = 'Tuiyi2026pass';

// In order: the audit test reads what the first test did.
describe('administration flow', () => {
  const b = useBrowser();

  it('admin creates a body and a user; the user must change the one-time password', async () => {
    const login = new LoginPage(b.page);
    const layout = new Layout(b.page);
    await login.goto();
    await login.login('admin', DEMO_PASSWORD);
    await layout.waitForWorkbench('王建国');

    const orgs = new OrgsPage(b.page);
    await orgs.goto();
    await orgs.createChild('临朐县人民政府', { kind: '职能部门', name: BODY });

    const users = new UsersPage(b.page);
    await users.goto();
    const oneTime = await users.create(USER);
    expect(oneTime.length).toBeGreaterThanOrEqual(10);
    await b.page.locator('.ant-table-row').filter({ hasText: USER.username }).waitFor();
    await layout.logout();

    await login.login(USER.username, oneTime);
    await login.changePassword(oneTime, NEW_PASSWORD);
    await layout.waitForWorkbench(USER.displayName);
    await expect(layout.main.innerText()).resolves.toContain(BODY);
  });

  it('auditor sees both creations in the audit log and the chain is intact', async () => {
    const login = new LoginPage(b.page);
    const layout = new Layout(b.page);
    await login.goto();
    await login.login('auditor', DEMO_PASSWORD);
    await layout.waitForWorkbench('赵敏');
    await layout.open('审计日志');

    const audit = new AuditPage(b.page);
    await b.page.waitForURL('**/audit');
    await audit.row('新建机构', BODY).waitFor();
    await audit.row('新建用户', USER.displayName).waitFor();
    expect(await audit.verify()).toMatch(/审计日志完整，共 \d+ 条/);
  });
});
