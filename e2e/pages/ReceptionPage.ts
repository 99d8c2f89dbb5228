import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './Layout';

/** 领导接访日 (staff): the quarter plan of the chosen body, its rule check and its publication. */
export class ReceptionPage {
  constructor(private readonly page: Page) {}

  get main(): Locator {
    return this.page.locator('main');
  }

  /** The receptions of the grid, each a button named by day, hours and leaders. */
  get slots(): Locator {
    return this.main.locator('.ant-table-tbody').getByRole('button');
  }

  /** The rule check's lines (violations), or its one "no violation" sentence. */
  get check(): Locator {
    return this.main.locator('.ant-card').filter({ hasText: '规则检查' });
  }

  /** Generates the quarter shown at the place shown, and waits for its grid. */
  async generate(): Promise<void> {
    await this.main.getByRole('button', { name: '生成计划' }).click();
    await this.main.getByText('草稿，未公布', { exact: true }).waitFor();
  }

  /** Publishes: the dialog (which names the violations to confirm, if any), then the version shown. */
  async publish(): Promise<Locator> {
    await this.main.getByRole('button', { name: /^公\s*布$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await dialog.getByRole('button', { name: /^公\s*布$/ }).click();
    await this.main.getByText(/^已公布第 1 版/).waitFor();
    return dialog;
  }

  /** Shows another body's plan (the body picker above the tabs). */
  async chooseBody(name: string): Promise<void> {
    await chooseOption(this.main, this.page, '机构', name, true);
  }
}
