import type { Locator, Page } from 'playwright-core';

/** The work list (/petitions), drawn without antd: its table and its rows once the list has answered. */
export class WorkList {
  constructor(private readonly page: Page) {}

  get table(): Locator {
    return this.page.getByTestId('petition-list');
  }

  /** The rows (not the empty line), once no read of the list is under way (the state line is empty then). */
  async rows(): Promise<Locator> {
    await this.page.locator('[data-testid="list-state"][data-fetching="false"]').waitFor({ state: 'attached' });
    return this.table.locator('tbody tr[data-row-key]');
  }

  /** Each row's cells' text, in column order. */
  async cells(): Promise<string[][]> {
    return (await this.rows()).evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent!.trim())));
  }
}
