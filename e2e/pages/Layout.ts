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
    return this.page.locator('nav .ant-menu');
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
    return (await this.menu.locator('.ant-menu-title-content').allInnerTexts()).map((s) => s.trim());
  }

  async switchLanguage(label: '中文' | 'English'): Promise<void> {
    await this.header.getByRole('button', { name: label }).click();
  }

  async logout(): Promise<void> {
    await this.header.getByRole('button', { name: /退出登录|Log out/ }).click();
    await this.page.waitForURL('**/login');
  }
}

/** Picks an option in an antd Select/TreeSelect opened from the field with this label. */
export async function chooseOption(scope: Locator, page: Page, label: string, option: string, search = false): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  const popup = page.locator(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden), .ant-tree-select-dropdown:not(.ant-select-dropdown-hidden)',
  );
  const field = scope.locator('.ant-form-item').filter({ has: input });
  const tree = (await field.locator('.ant-tree-select').count()) > 0;
  // A filtered tree can re-render under the click and drop it: while the field shows no value, choose again.
  for (let attempt = 0; attempt < 3; attempt++) {
    await input.click();
    if (search) await input.fill(option);
    await popup.locator(`[title="${option}"]`).last().click();
    if (!tree) return;
    try {
      await field.locator('.ant-select-content-has-value').first().waitFor({ state: 'attached', timeout: 2000 });
      // Leave the field, as the next step will, and check the value is still there afterwards.
      await input.evaluate((el) => (el as HTMLElement).blur());
      await field.locator('.ant-select-content-has-value').first().waitFor({ state: 'attached', timeout: 2000 });
      return;
    } catch {
      // no value yet: open the list and choose again
    }
  }
}
