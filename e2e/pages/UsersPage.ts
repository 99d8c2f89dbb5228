import type { Page } from 'playwright-core';
import { chooseOption } from './Layout';

/** 用户管理. */
export class UsersPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/admin/users');
    await this.page.locator('.ant-table').waitFor();
  }

  /** Creates a user and returns the one-time password shown once. */
  async create(user: { username: string; displayName: string; org: string; role: string }): Promise<string> {
    await this.page.getByRole('button', { name: '新建用户' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill(user.username);
    await dialog.getByLabel('姓名').fill(user.displayName);
    await chooseOption(dialog, this.page, '所属机构', user.org, true);
    await chooseOption(dialog, this.page, '角色', user.role);
    await dialog.getByText('新建用户').first().click(); // close the role list
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const password = this.page.getByTestId('one-time-password');
    await password.waitFor();
    await this.page.getByText('请将此一次性密码告知用户，首次登录须修改；关闭后无法再次查看').waitFor();
    const text = (await password.innerText()).trim();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: /关\s*闭/ })
      .first()
      .click();
    return text;
  }
}
