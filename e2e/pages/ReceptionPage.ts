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

/** 接待窗口 (the reception desk tab): a body's day, its slots and bookings, check-in. */
export class ReceptionDeskPage {
  constructor(private readonly page: Page) {}

  get main(): Locator {
    return this.page.locator('main');
  }

  /** The desk's tab panel (the other tabs' panels stay in the page once shown). */
  get panel(): Locator {
    return this.main.getByRole('tabpanel', { name: '接待窗口' });
  }

  /** Opens the tab and shows the day of a body (picked by name) on a date. */
  async open(body: string, date: string): Promise<void> {
    await this.main.getByRole('tab', { name: '接待窗口' }).click();
    await chooseOption(this.panel, this.page, '机构', body, true);
    await this.panel.getByLabel('日期').fill(date);
  }

  /** The row of a booking by its number, once the day's list shows it. */
  async booking(number: string): Promise<Locator> {
    const row = this.panel.locator('.ant-table-row').filter({ hasText: number });
    await row.waitFor();
    return row;
  }

  /** Clicks 到访 on a booking's row; answers the message the page then shows (success or the server's refusal). */
  async checkIn(number: string): Promise<string> {
    await (await this.booking(number)).getByRole('button', { name: /^到\s*访$/ }).click();
    const notice = this.page.locator('.ant-message-notice').last();
    await notice.waitFor();
    return notice.innerText();
  }

  /** Opens the reception record a booking's visit is on, from its row's link; answers the dialog showing it. */
  async openRecord(number: string): Promise<Locator> {
    await (await this.booking(number)).getByRole('button', { name: /^接访记录 #\d+$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByText('反映的问题', { exact: true }).waitFor();
    return dialog;
  }
}
