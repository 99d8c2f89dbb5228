import type { Locator, Page, Response } from 'playwright-core';
import { chooseOption } from './Layout';

const isPost = (r: Response, path: RegExp) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname);

/** 矛盾纠纷排查报告 (/disputes/summaries): the body's own report and the area's filers. */
export class DisputeSummariesPage {
  constructor(private readonly page: Page) {}

  /** Opens it from the 矛盾纠纷 area's links (the register first). */
  async openFromRegister(): Promise<void> {
    await this.page.goto('/disputes');
    await this.page.getByTestId('disputes-nav').getByRole('link', { name: '排查报告' }).click();
    await this.page.getByRole('heading', { level: 1, name: '矛盾纠纷排查报告' }).waitFor();
  }

  get own(): Locator {
    return this.page.getByTestId('own-summary');
  }

  /** The figures shown in the body's own report (the draft's or the filed one's), by label. */
  async figures(): Promise<Record<string, number>> {
    const box = this.own.getByTestId('summary-figures');
    await box.waitFor();
    const found: Record<string, number> = {};
    for (const key of ['found', 'settled', 'escalated', 'open']) {
      found[key] = Number(await box.getByTestId(`figure-${key}`).locator('dd').innerText());
    }
    return found;
  }

  /** Clicks 报送 (or 报送零报告) and gives the server's answer. */
  async file(): Promise<Response> {
    const answered = this.page.waitForResponse((r) => isPost(r, /^\/api\/dispute-summaries$/));
    await this.own.getByTestId('file-summary').click();
    return answered;
  }

  get filed(): Locator {
    return this.own.getByTestId('filed-summary');
  }

  /** The filers table's row of a body. */
  filer(name: string): Locator {
    return this.page.getByTestId('filers').locator('tbody tr').filter({ hasText: name });
  }

  get missing(): Locator {
    return this.page.getByTestId('filers-missing');
  }
}

/** 分析会议 (/disputes/meetings): the banner, the body's own decisions, the meetings. */
export class DisputeMeetingsPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/disputes/meetings');
    await this.page.getByRole('heading', { level: 1, name: '矛盾纠纷分析会议' }).waitFor();
    await this.page.getByTestId('my-tasks').locator('.ant-skeleton').waitFor({ state: 'detached' });
  }

  get monthlyDue(): Locator {
    return this.page.getByTestId('monthly-due');
  }

  get myTasks(): Locator {
    return this.page.getByTestId('my-tasks');
  }

  /** 报告办结 on one of the body's decisions: the note, 确定, and the server's answer. */
  async reportDone(title: string, note: string): Promise<Response> {
    await this.myTasks.getByTestId('meeting-task').filter({ hasText: title }).getByTestId('task-done').click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: title });
    await dialog.getByLabel('办理结果', { exact: true }).fill(note);
    const answered = this.page.waitForResponse((r) => isPost(r, /^\/api\/dispute-meetings\/tasks\/\d+\/done$/));
    await dialog.getByRole('button', { name: '确定' }).click();
    return answered;
  }

  async record(): Promise<void> {
    await this.page.getByTestId('record-meeting').click();
    await this.page.getByRole('heading', { level: 1, name: '登记会议' }).waitFor();
  }
}

export interface Decision {
  org: string;
  title: string;
  dueOn: string;
}

/** 登记会议 (/disputes/meetings/new). */
export class MeetingFormPage {
  constructor(private readonly page: Page) {}

  get form(): Locator {
    return this.page.locator('form#meeting');
  }

  get carriedOver(): Locator {
    return this.page.getByTestId('carried-over');
  }

  async fill(label: string, value: string): Promise<void> {
    await this.form.getByLabel(label, { exact: true }).fill(value);
  }

  /** Adds a body present and picks it (searching the tree by its name). */
  async addPresent(org: string): Promise<void> {
    const rows = this.form.getByTestId('presentOrgIds-rows');
    const n = (await rows.locator('.ant-form-item').count()) + 1;
    await rows.getByRole('button', { name: '添加参会单位' }).click();
    await chooseOption(rows, this.page, `参会单位 ${n}`, org, true);
  }

  /** Adds a dispute discussed, found in the register by words of its title. */
  async addDispute(title: string): Promise<void> {
    const rows = this.form.getByTestId('disputeIds-rows');
    const n = (await rows.locator('.ant-form-item').count()) + 1;
    await rows.getByRole('button', { name: '添加矛盾纠纷' }).click();
    const input = rows.getByLabel(`矛盾纠纷 ${n}`, { exact: true });
    await input.fill(title);
    await this.page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: title })
      .click();
    await rows.locator('.ant-select').filter({ hasText: title }).waitFor();
  }

  /** Adds a decision row and fills it. */
  async addDecision(d: Decision): Promise<void> {
    const n = await this.form.getByTestId('task-row').count();
    await this.form.getByRole('button', { name: '添加议定事项' }).click();
    const row = this.form.getByTestId('task-row').nth(n);
    await chooseOption(row, this.page, '承办单位', d.org, true);
    await row.getByLabel('议定事项', { exact: true }).fill(d.title);
    await row.getByLabel('办理期限', { exact: true }).fill(d.dueOn);
  }

  /** 保存会议记录, and the server's answer. */
  async submit(): Promise<Response> {
    const answered = this.page.waitForResponse((r) => isPost(r, /^\/api\/dispute-meetings$/));
    await this.form.getByTestId('save-meeting').click();
    return answered;
  }
}

/** A meeting (/disputes/meetings/:id). */
export class MeetingDetailPage {
  constructor(private readonly page: Page) {}

  async goto(id: number): Promise<void> {
    await this.page.goto(`/disputes/meetings/${id}`);
    await this.section('meeting-tasks').waitFor();
  }

  section(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  task(title: string): Locator {
    return this.section('meeting-tasks').getByTestId('meeting-task').filter({ hasText: title });
  }
}
