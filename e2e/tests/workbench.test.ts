import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';

describe('workbench', () => {
  const b = useBrowser();

  it('shows a registrar their name and body', async () => {
    await new LoginPage(b.page).goto();
    await new LoginPage(b.page).login('registrar', DEMO_PASSWORD);
    const layout = new Layout(b.page);
    await layout.waitForWorkbench('李秀英');
    await expect(layout.main.innerText()).resolves.toContain('临朐县信访局');
    await expect(layout.header.innerText()).resolves.toContain('李秀英');
    expect(await layout.menuLabels()).toEqual([
      '工作台',
      '信访登记',
      '信访事项',
      '待办事项',
      '领导接访日',
      '矛盾纠纷',
      '统计分析',
      '统计概览',
      '单位对比',
      '系统管理',
      '历史数据导入',
    ]);
  });

  // The top body's administrator: the global settings (问题分类, 节假日) are in the menu only at the top body.
  it('switches the menu to English', async () => {
    await new LoginPage(b.page).goto();
    await new LoginPage(b.page).login('cityadmin', DEMO_PASSWORD);
    const layout = new Layout(b.page);
    await layout.waitForWorkbench('马志远');
    expect(await layout.menuLabels()).toEqual([
      '工作台',
      '领导接访日',
      '系统管理',
      '机构管理',
      '用户管理',
      '问题分类',
      '智能辅助',
      '节假日',
      '文书模板',
      '历史数据导入',
      '审计日志',
    ]);
    await layout.switchLanguage('English');
    await layout.menu.getByText('Workbench', { exact: true }).waitFor();
    expect(await layout.menuLabels()).toEqual([
      'Workbench',
      'Leader reception days',
      'Administration',
      'Bodies',
      'Users',
      'Categories',
      'Smart assistance',
      'Holidays',
      'Document templates',
      'Import history',
      'Audit log',
    ]);
    expect(await b.page.locator('html').getAttribute('lang')).toBe('en');
    await b.page.reload();
    await layout.menu.getByText('Audit log', { exact: true }).waitFor();
  });
});
