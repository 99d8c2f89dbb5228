import type { Download, Locator, Page } from 'playwright-core';
import { chooseOption } from './Layout';

/** 合规情况 (the tab of /reception): a body's leaders' reception days kept, the matters raised, the exports. */
export class ReceptionCompliancePage {
  constructor(private readonly page: Page) {}

  get panel(): Locator {
    return this.page.locator('main').getByRole('tabpanel', { name: '合规情况' });
  }

  /** Opens the tab for a body (picked by name) and waits for the report's title. */
  async open(body: string): Promise<void> {
    await this.page.locator('main').getByRole('tab', { name: '合规情况' }).click();
    await chooseOption(this.panel, this.page, '机构', body, true);
    await this.panel.getByRole('heading', { name: new RegExp(`^${body}`) }).waitFor();
  }

  /** The first row of a table under its heading (接访计划执行情况, 反映事项办理情况) naming a leader. */
  row(table: string, leader: string): Locator {
    return this.panel
      .locator('.ant-table')
      .nth(table === '接访计划执行情况' ? 0 : 1)
      .locator('tr.ant-table-row')
      .filter({ hasText: leader })
      .first();
  }

  /** Follows a count of a leader's row to the work list (a matter figure: 反映事项, 交办…). */
  async drillMatters(leader: string, figure: string): Promise<void> {
    await this.row('反映事项办理情况', leader)
      .getByRole('link', { name: new RegExp(`^查看 ${leader} ${figure} 的`) })
      .click();
    await this.page.waitForURL(/\/petitions\?/);
  }

  /** Downloads the report in Excel. */
  async downloadExcel(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.panel.getByRole('link', { name: '导出 Excel' }).click(),
    ]);
    return download;
  }
}
