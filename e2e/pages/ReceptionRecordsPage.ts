import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './Layout';

export interface RecordedMatter {
  title: string;
  content: string;
  org: string;
  dueDate: string;
  instruction: string;
}

/** 接访记录 (the tab of /reception): the list and the record form. */
export class ReceptionRecordsPage {
  constructor(private readonly page: Page) {}

  get main(): Locator {
    return this.page.locator('main');
  }

  get rows(): Locator {
    return this.main.getByRole('tabpanel').locator('tr.ant-table-row');
  }

  /** Shows the tab and waits for its table. */
  async open(): Promise<void> {
    await this.main.getByRole('tab', { name: '接访记录' }).click();
    await this.main.getByRole('tabpanel').locator('.ant-table').waitFor();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Opens the record form on a published slot, picked by its label (day, hours, body, place): it fills leaders and place. */
  async openOnSlot(slot: string): Promise<void> {
    await this.main.getByRole('button', { name: '登记接访记录' }).click();
    await this.dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await chooseOption(this.dialog, this.page, '接访安排', slot, true);
    await this.dialog
      .locator('.ant-select')
      .filter({ has: this.page.getByLabel('接访领导', { exact: true }) })
      .locator('.ant-select-selection-item')
      .first()
      .waitFor();
  }

  /** Chooses one of the slot's bookings or desk visits by name; answers the first visitor row and what was raised as filled. */
  async chooseArrival(name: string): Promise<{ name: string; phone: string; raised: string }> {
    const arrivals = this.dialog.getByTestId('record-arrivals');
    await arrivals.getByRole('button', { name: `选择 ${name} 为来访人` }).click();
    await arrivals.getByText('已选', { exact: true }).waitFor();
    return {
      name: await this.dialog.getByLabel('姓名', { exact: true }).first().inputValue(),
      phone: await this.dialog.getByLabel('联系电话', { exact: true }).first().inputValue(),
      raised: await this.dialog.getByLabel('反映的问题', { exact: true }).inputValue(),
    };
  }

  /** Types the first visitor's identity number and one assigned matter, saves; answers the new petition's number. */
  async saveWithMatter(idNumber: string, m: RecordedMatter): Promise<string> {
    const dialog = this.dialog;
    await dialog.getByLabel('身份证号码', { exact: true }).first().fill(idNumber);
    await dialog.getByLabel('事项标题', { exact: true }).fill(m.title);
    await dialog.getByLabel('信访内容', { exact: true }).fill(m.content);
    await chooseOption(dialog, this.page, '承办机构', m.org, true);
    await dialog.getByLabel('办理期限', { exact: true }).fill(m.dueDate);
    await dialog.getByLabel('领导处理意见（交办的作为领导批示）', { exact: true }).fill(m.instruction);
    await dialog.getByRole('button', { name: /^确\s*定$|^OK$/ }).click();
    const note = this.main.locator('.ant-alert-success');
    await note.getByText('接访记录已登记。').waitFor();
    const code = /^(\S+)：查询码 /.exec(await note.locator('li').first().innerText());
    if (!code) throw new Error('no query code shown');
    return code[1]!;
  }

  /** Opens 更正 on the row of the record that holds a petition number; answers the correction dialog. */
  async openCorrection(number: string): Promise<Locator> {
    await this.rows
      .filter({ hasText: number })
      .getByRole('button', { name: /^更\s*正$/ })
      .click();
    const dialog = this.page.getByRole('dialog', { name: '更正接访记录' });
    await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    return dialog;
  }

  /** Saves a correction; answers what the page then says: its success message, or the dialog's error. */
  async saveCorrection(dialog: Locator): Promise<string> {
    await dialog.getByRole('button', { name: /^确\s*定$|^OK$/ }).click();
    const said = this.page.locator('.ant-message-notice').or(dialog.locator('.ant-alert-error')).first();
    await said.waitFor();
    return said.innerText();
  }
}
