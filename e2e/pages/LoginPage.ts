import type { Page } from 'playwright-core';

/** /login and /change-password. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await this.page.getByLabel('用户名').waitFor();
  }

  async login(username: string, password: string): Promise<void> {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: '登录' }).click();
  }

  async changePassword(current: string, next: string): Promise<void> {
    await this.page.waitForURL('**/change-password');
    await this.page.getByLabel('当前密码').fill(current);
    await this.page.getByLabel('新密码', { exact: true }).fill(next);
    await this.page.getByLabel('确认新密码').fill(next);
    await this.page.getByRole('button', { name: '修改密码' }).click();
  }
}
