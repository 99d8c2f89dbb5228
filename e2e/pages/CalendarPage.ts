import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './Layout';

/** 节假日: the year's days, entering a year, the deadline calculator. */
export class CalendarPage {
  constructor(private readonly page: Page) {}

  get main(): Locator {
    return this.page.locator('main');
  }

  /** The warning about years without holiday data, if shown. */
  get missingAlert(): Locator {
    return this.main.locator('.ant-alert').filter({ hasText: '节假日数据' });
  }

  /** The table of the year shown. */
  get days(): Locator {
    return this.main.locator('.ant-table-tbody .ant-table-row');
  }

  async waitForYear(year: number): Promise<void> {
    await this.main.locator('.ant-card-head-title').getByText(`${year} 年放假和调休安排`, { exact: true }).waitFor();
  }

  /** Shows a year: picks it in 年份 unless it is already shown. */
  async chooseYear(year: number): Promise<void> {
    const title = this.main.locator('.ant-card-head-title').getByText(`${year} 年放假和调休安排`, { exact: true });
    if ((await title.count()) === 0) await chooseOption(this.main, this.page, '年份', `${year} 年`, true);
    await title.waitFor();
  }

  private async typeDate(input: Locator, value: string): Promise<void> {
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }

  /** Enters the year shown: the notice and the days, in order (each { date, name }, all 放假). */
  async enterYear(notice: string, days: { date: string; name: string }[]): Promise<void> {
    await this.main.getByRole('button', { name: /录入本年安排|替换本年安排/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('通知文号或标题').fill(notice);
    for (const [i, d] of days.entries()) {
      if (i > 0) await dialog.getByRole('button', { name: '添加一天' }).click();
      await this.typeDate(dialog.getByLabel(`日期 ${i + 1}`), d.date);
      await dialog.getByLabel(`名称 ${i + 1}`).fill(d.name);
    }
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Opens the editor of the year shown (录入 or 替换本年安排) and returns the dialog. */
  async openEditor(): Promise<Locator> {
    await this.main.getByRole('button', { name: /录入本年安排|替换本年安排/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('通知文号或标题').waitFor();
    // The dialog zooms in: a click while it still moves lands beside its target (seen: 添加一天 hit a row's name).
    await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    return dialog;
  }

  /**
   * In the open editor: 添加一天 (pre-filled with the day after the last row), then the date typed over it and the
   * field left by Tab, not Enter, as a clerk does; then the name.
   */
  async addTypedDay(dialog: Locator, row: number, date: string, name: string): Promise<void> {
    await dialog.getByRole('button', { name: '添加一天' }).click();
    const input = dialog.getByLabel(`日期 ${row}`);
    await input.click();
    await input.fill(date);
    await input.press('Tab');
    await dialog.getByLabel(`名称 ${row}`).fill(name);
  }

  /** In the open editor: every day 从…至… as 放假 under one name, added at once. */
  async addRange(dialog: Locator, from: string, to: string, name: string): Promise<void> {
    for (const [label, value] of [
      ['从', from],
      ['至', to],
    ] as const) {
      const input = dialog.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(value);
      await input.press('Tab');
    }
    await dialog.getByLabel('连续多天的名称').fill(name);
    await dialog.getByRole('button', { name: '添加起止日期内每一天' }).click();
  }

  /** Saves the open editor and waits for it to close. */
  async saveEditor(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** 期限试算: returns the due time as shown and whether it is marked 暂定. */
  async preview(start: string, length: number, unit: '日' | '工作日' | '小时'): Promise<{ due: string; provisional: boolean }> {
    const card = this.main.locator('.ant-card').filter({ hasText: '期限试算' });
    await this.typeDate(card.getByLabel('起算时间（北京时间）'), start);
    await card.getByLabel('时长').fill(String(length));
    await chooseOption(card, this.page, '单位', unit);
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/calendar/preview'));
    await card.getByRole('button', { name: /试\s*算/ }).click();
    await answered;
    const due = card.getByTestId('due-at');
    await due.waitFor();
    return {
      due: (await due.innerText()).trim(),
      provisional: (await card.locator('.ant-tag').getByText('暂定', { exact: true }).count()) > 0,
    };
  }
}
