import type { Page } from 'playwright-core';
import { chooseOption } from './Layout';

/** 机构管理. */
export class OrgsPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/admin/orgs');
    await this.page.locator('.ant-tree').waitFor();
  }

  async select(name: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: '搜索机构' }).fill(name);
    await this.page.locator('.ant-tree-title').getByText(name, { exact: true }).click();
    await this.page.locator('.ant-card-head-title').getByText(name, { exact: true }).waitFor();
  }

  async createChild(parent: string, child: { kind: string; name: string; code?: string }): Promise<void> {
    await this.select(parent);
    await this.page.getByRole('button', { name: '新建下级机构' }).click();
    const dialog = this.page.getByRole('dialog');
    await chooseOption(dialog, this.page, '机构类型', child.kind);
    await dialog.getByLabel('机构名称').fill(child.name);
    if (child.code) await dialog.getByLabel('机构编码').fill(child.code);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await this.page.locator('.ant-card-head-title').getByText(child.name, { exact: true }).waitFor();
  }
}
