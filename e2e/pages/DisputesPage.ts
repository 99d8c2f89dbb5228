import type { Locator, Page, Response } from 'playwright-core';
import { chooseOption } from './Layout';

/** 矛盾纠纷台账 (/disputes): filters and the rows. */
export class DisputeListPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/disputes');
    await this.page.getByRole('heading', { level: 1, name: '矛盾纠纷台账' }).waitFor();
  }

  row(title: string): Locator {
    return this.page.getByTestId('dispute-row').filter({ hasText: title });
  }

  /** Ticks 待本单位办理 and waits for the list the filter gives. */
  async awaitingOnly(): Promise<void> {
    const answered = this.page.waitForResponse((r) => r.url().includes('/api/disputes?') && r.url().includes('awaiting=true'));
    await this.page.getByRole('checkbox', { name: '待本单位办理' }).check();
    await answered;
  }
}

export interface PartyFields {
  name: string;
  phone?: string;
  claim: string;
}

/** 矛盾纠纷登记 (/disputes/new). */
export class DisputeFormPage {
  constructor(private readonly page: Page) {}

  get form(): Locator {
    return this.page.locator('form#dispute');
  }

  party(i: number): Locator {
    return this.form.getByTestId('party').nth(i);
  }

  async fill(label: string, value: string): Promise<void> {
    await this.form.getByLabel(label, { exact: true }).fill(value);
  }

  async choose(label: string, option: string, search = false): Promise<void> {
    await chooseOption(this.form, this.page, label, option, search);
  }

  async fillParty(i: number, p: PartyFields): Promise<void> {
    const row = this.party(i);
    await row.getByLabel('姓名或名称', { exact: true }).fill(p.name);
    if (p.phone) await row.getByLabel('联系电话', { exact: true }).fill(p.phone);
    await row.getByLabel('诉求', { exact: true }).fill(p.claim);
  }

  value(label: string): Promise<string> {
    return this.form.getByLabel(label, { exact: true }).inputValue();
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: '提交登记' }).click();
  }
}

/** One action's dialog on the dispute detail. */
export class DisputeActionDialog {
  constructor(
    private readonly page: Page,
    readonly dialog: Locator,
    private readonly action: string,
  ) {}

  async fill(label: string, value: string): Promise<void> {
    await this.dialog.getByLabel(label, { exact: true }).fill(value);
  }

  async choose(label: string, option: string): Promise<void> {
    await chooseOption(this.dialog, this.page, label, option);
  }

  checkbox(name: string): Locator {
    return this.dialog.getByRole('checkbox', { name, exact: true });
  }

  /** Clicks 确定 and waits for the server's answer to POST /api/disputes/:id/<action>; the dialog then closes. */
  async submit(): Promise<Response> {
    const answered = this.page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith(`/${this.action}`),
    );
    await this.dialog.getByRole('button', { name: '确定' }).click();
    return answered;
  }
}

/** A dispute (/disputes/:id): header, status, action buttons and their dialogs, sections. */
export class DisputeDetailPage {
  constructor(private readonly page: Page) {}

  async waitForNumber(): Promise<string> {
    return (await this.page.getByTestId('dispute-number').innerText()).trim();
  }

  async waitForStatus(status: string): Promise<void> {
    await this.page.getByTestId('page-header').getByTestId('dispute-status').filter({ hasText: status }).waitFor();
  }

  section(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  async actions(): Promise<string[]> {
    return (await this.page.getByTestId('page-header').getByRole('button').allInnerTexts()).map((s) => s.trim());
  }

  /** Opens the action's dialog from its button (`action` is its name in the API, `label` the button's). */
  async open(label: string, action: string): Promise<DisputeActionDialog> {
    await this.page.getByTestId('page-header').getByRole('button', { name: label, exact: true }).click();
    const dialog = this.page.getByRole('dialog').filter({ has: this.page.getByText(label, { exact: true }) });
    await dialog.waitFor();
    return new DisputeActionDialog(this.page, dialog, action);
  }
}
