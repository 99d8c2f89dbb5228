import type { Locator, Page } from 'playwright-core';

/** 历史数据导入 (/petitions/import): file, mapping, dry run or import, the job card with progress and bad rows. */
export class ImportPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/petitions/import');
    await this.page.getByRole('button', { name: '导入演示数据' }).waitFor();
  }

  /** Chooses a file from memory; the mapping form appears with the guessed columns. */
  async chooseFile(name: string, content: string): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
    await this.page.locator('form#importMapping').waitFor();
  }

  async dryRun(): Promise<number> {
    return this.startJob('/api/petitions/imports', () => this.page.getByRole('button', { name: '试运行' }).click());
  }

  async importDemo(): Promise<number> {
    return this.startJob('/api/petitions/imports/demo', () => this.page.getByRole('button', { name: '导入演示数据' }).click());
  }

  /** Clicks, waits for the job to be queued (202) and for its card to show; returns the job id. */
  private async startJob(url: string, click: () => Promise<void>): Promise<number> {
    const queued = this.page.waitForResponse((r) => new URL(r.url()).pathname === url && r.request().method() === 'POST');
    await click();
    const res = await queued;
    if (res.status() !== 202) throw new Error(`import not queued: ${res.status()} ${await res.text()}`);
    const { job } = (await res.json()) as { job: { id: number } };
    await this.job.getByText(`任务 ${job.id}`, { exact: true }).waitFor();
    return job.id;
  }

  /** The card of the job started last. */
  get job(): Locator {
    return this.page.getByTestId('import-job');
  }

  /** Waits until the job shown is finished (已完成 or 失败) and returns its summary line. */
  async waitForFinished(timeoutMs = 45_000): Promise<string> {
    await this.job.getByText(/^(已完成|失败)$/).waitFor({ timeout: timeoutMs });
    return (await this.job.getByTestId('import-summary').innerText()).trim();
  }

  async percent(): Promise<number> {
    return Number(await this.job.getByRole('progressbar').getAttribute('aria-valuenow'));
  }

  /** The bad rows as [row, field, message]. */
  async errorRows(): Promise<string[][]> {
    const rows = this.job.locator('.ant-table-tbody tr.ant-table-row');
    const out: string[][] = [];
    for (const r of await rows.all()) out.push((await r.locator('td').allInnerTexts()).map((s) => s.trim()));
    return out;
  }
}
