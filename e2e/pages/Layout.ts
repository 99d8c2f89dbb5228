import type { Locator, Page } from 'playwright-core';

/** The signed-in frame: header, side menu, workbench greeting. */
export class Layout {
  constructor(private readonly page: Page) {}

  get header(): Locator {
    return this.page.locator('header');
  }

  get main(): Locator {
    return this.page.locator('main');
  }

  get menu(): Locator {
    return this.page.locator('nav.xf-nav');
  }

  /** Waits for the workbench greeting of this user. */
  async waitForWorkbench(displayName: string): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === '/');
    await this.main.getByRole('heading', { name: displayName }).waitFor();
  }

  async open(label: string): Promise<void> {
    await this.menu.getByText(label, { exact: true }).click();
  }

  async menuLabels(): Promise<string[]> {
    return (await this.menu.locator('.xf-nav-label').allInnerTexts()).map((s) => s.trim());
  }

  /** Opens the bell's message with this title and follows its link. */
  async openMessage(title: string): Promise<void> {
    await this.header.getByRole('button', { name: /^站内消息/ }).click();
    const drawer = this.page.getByRole('dialog', { name: '站内消息' });
    await drawer.locator('.ant-list-item').filter({ hasText: title }).getByRole('button', { name: '查看', exact: true }).click();
    await drawer.waitFor({ state: 'hidden' });
  }

  async switchLanguage(label: '中文' | 'English'): Promise<void> {
    await this.header.getByRole('button', { name: label }).click();
  }

  async logout(): Promise<void> {
    await this.header.getByRole('button', { name: /退出登录|Log out/ }).click();
    await this.page.waitForURL('**/login');
  }
}

/** Picks an option in an antd Select/TreeSelect opened from the field with this label, once, and checks the field shows it. */
export async function chooseOption(scope: Locator, page: Page, label: string, option: string, search = false): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  const popup = page.locator(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden), .ant-tree-select-dropdown:not(.ant-select-dropdown-hidden)',
  );
  await input.click();
  if (search) await input.fill(option);
  await popup.locator(`[title="${option}"]`).last().click();
  // The select around the input shows the choice (its value, or a tag in a multiple select). A locator given to `has`
  // is looked up inside each candidate, so it starts from the page.
  const select = scope.locator('.ant-select').filter({ has: page.getByLabel(label, { exact: true }) });
  await select.filter({ hasText: option }).waitFor();
}
