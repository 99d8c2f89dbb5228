import type { Locator, Page } from 'playwright-core';

/** 审计日志. */
export class AuditPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/audit');
    await this.page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  }

  /** The row of the newest event with this action label that mentions the text. */
  row(actionLabel: string, text: string): Locator {
    return this.page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: actionLabel }).filter({ hasText: text }).first();
  }

  async verify(): Promise<string> {
    await this.page.getByRole('button', { name: '校验哈希链' }).click();
    const status = this.page.getByRole('status').filter({ hasText: /完整|篡改/ });
    await status.waitFor();
    return (await status.innerText()).trim();
  }
}
