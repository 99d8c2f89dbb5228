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

  /**
   * Records a reception on the first published slot offered (leaders and place come from it), one visitor and one
   * assigned matter; returns the petition number of the success note's query code.
   */
  async recordOnFirstSlot(visitor: { name: string; idNumber: string; phone: string }, raised: string, m: RecordedMatter): Promise<string> {
    await this.main.getByRole('button', { name: '登记接访记录' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await dialog.getByLabel('接访安排', { exact: true }).click();
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first().click();
    await dialog
      .locator('.ant-select')
      .filter({ has: this.page.getByLabel('接访领导', { exact: true }) })
      .locator('.ant-select-selection-item')
      .first()
      .waitFor();
    await dialog.getByLabel('姓名', { exact: true }).fill(visitor.name);
    await dialog.getByLabel('身份证号码', { exact: true }).fill(visitor.idNumber);
    await dialog.getByLabel('联系电话', { exact: true }).fill(visitor.phone);
    await dialog.getByLabel('反映的问题', { exact: true }).fill(raised);
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
}
