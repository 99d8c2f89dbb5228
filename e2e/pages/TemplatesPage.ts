import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './Layout';

/** 文书模板: a body's templates, the source of the one in force, saving and withdrawing the body's own. */
export class TemplatesPage {
  constructor(private readonly page: Page) {}

  get main(): Locator {
    return this.page.locator('main');
  }

  get body(): Locator {
    return this.main.getByLabel('模板正文', { exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin/templates');
    await this.body.waitFor();
  }

  /** The tag saying where the template in force comes from (本机构模板, 沿用：…, 系统默认模板). */
  source(text: string): Locator {
    return this.main.locator('.ant-card-extra .ant-tag').getByText(text, { exact: true });
  }

  async chooseBody(name: string): Promise<void> {
    await chooseOption(this.main, this.page, '机构', name, true);
  }

  async appendAndSave(line: string): Promise<void> {
    await this.body.fill(`${await this.body.inputValue()}\n${line}`);
    await this.main.getByRole('button', { name: '保存', exact: true }).click();
  }

  async withdraw(): Promise<void> {
    await this.main.getByRole('button', { name: '撤销本机构模板' }).click();
    await this.page.locator('.ant-popconfirm').getByRole('button', { name: '确定', exact: true }).click();
  }
}
