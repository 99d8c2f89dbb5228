import type { Page, Response } from 'playwright-core';

/** 网上信访 我要写信: the form, its error summary, "check your answers" and sending. */
export class PortalSubmitPage {
  constructor(private readonly page: Page) {}

  /** The id of the element that has the focus. */
  focused(): Promise<string | undefined> {
    return this.page.evaluate(() => document.activeElement?.id);
  }

  async place(province: string, city: string, county: string, township?: string): Promise<void> {
    await this.page.getByLabel('省（自治区、直辖市）').selectOption({ label: province });
    await this.page.getByLabel('市（地区、州）').selectOption({ label: city });
    await this.page.getByLabel('县（市、区）').selectOption({ label: county });
    if (township) await this.page.getByLabel('乡镇（街道）').selectOption({ label: township });
  }

  /** 继续 on the form: the form's own checks, then "check your answers". */
  async continue(): Promise<void> {
    await this.page.getByRole('button', { name: '继续', exact: true }).click();
  }

  /** The error summary the failed attempt shows, which must have the focus; its links' words. */
  async errorSummary(): Promise<string[]> {
    const summary = this.page.getByTestId('error-summary');
    await summary.waitFor();
    if (!(await summary.evaluate((el) => el === document.activeElement))) throw new Error('the error summary does not have the focus');
    return summary.getByRole('link').allInnerTexts();
  }

  /** Follows an error's link in the summary; answers the id of the field that then has the focus. */
  async followError(message: string): Promise<string | undefined> {
    await this.page.getByTestId('error-summary').getByRole('link', { name: message }).click();
    return this.focused();
  }

  /** On "check your answers": the answer shown for a field. */
  async answer(fieldId: string): Promise<string> {
    await this.page.getByRole('heading', { level: 1, name: '请核对您填写的内容' }).waitFor();
    return (await this.page.getByTestId(`answer-${fieldId}`).innerText()).trim();
  }

  /** 修改 beside an answer: back on the form; answers the id of the field that then has the focus. */
  async change(label: string): Promise<string | undefined> {
    await this.page.getByRole('link', { name: new RegExp(`^修改\\s*${label}$`) }).click();
    await this.page.getByRole('heading', { level: 1, name: '我要写信' }).waitFor();
    return this.focused();
  }

  /** 确认提交 on "check your answers": the server's answer (the proof-of-work may take a while first). */
  async send(): Promise<Response> {
    const answer = this.page.waitForResponse((r) => r.url().endsWith('/api/public/petitions') && r.request().method() === 'POST', {
      timeout: 120_000,
    });
    await this.page.getByRole('button', { name: '确认提交' }).click();
    return answer;
  }
}
