import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './Layout';

/** 值班表 (the tab of /reception): the rotation, the month's roster, swap requests. */
export class DutyRosterPage {
  constructor(private readonly page: Page) {}

  get main(): Locator {
    return this.page.locator('main');
  }

  async openTab(): Promise<void> {
    await this.main.getByRole('tab', { name: '值班表' }).click();
    await this.main.getByTestId('duty-roster').waitFor();
  }

  /** Sets the rotation of one duty role (the people in order) and closes the list. */
  async rotation(role: '带班领导' | '值班中层' | '值日员', names: string[]): Promise<void> {
    for (const name of names) {
      await chooseOption(this.main, this.page, role, name);
      await this.page.keyboard.press('Escape');
    }
  }

  async saveSettings(): Promise<void> {
    await this.main.getByRole('button', { name: '保存轮值设置' }).click();
    await this.page.getByText('已保存', { exact: true }).waitFor();
  }

  async chooseMonth(month: string): Promise<void> {
    await chooseOption(this.main, this.page, '月份', month);
  }

  /** Generates the month shown and waits for its rows. */
  async generate(): Promise<void> {
    await this.main.getByRole('button', { name: '生成值班表' }).click();
    await this.page.getByText(/^已生成 \d+ 个班次$/).waitFor();
    await this.rows.first().waitFor();
  }

  /** The roster's rows, one a day: date, shift, leader, manager, officers. */
  get rows(): Locator {
    return this.main.getByTestId('duty-roster').locator('.ant-table-tbody tr.ant-table-row');
  }

  row(date: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: date, exact: true }) });
  }

  /** The swap requests' rows. */
  get swaps(): Locator {
    return this.main.getByTestId('duty-swaps').locator('.ant-table-tbody tr.ant-table-row');
  }

  /** Approves the swap asked on this date, and waits for it to say so. */
  async approve(date: string): Promise<void> {
    const row = this.swaps.filter({ hasText: date });
    await row.getByRole('button', { name: /^批\s*准$/ }).click();
    await row.getByText('已批准', { exact: true }).waitFor();
  }
}
