import type { Locator, Page, Response } from 'playwright-core';
import { chooseOption } from './Layout';

/** A button's accessible name, whether or not antd spaces out two Chinese characters. */
const named = (label: string) => new RegExp(`^${[...label].join('\\s*')}$`);

/** The form of one workflow action, opened from the actions bar (a modal titled with the action's name). */
export class ActionDialog {
  constructor(
    private readonly page: Page,
    readonly dialog: Locator,
  ) {}

  async fill(label: string, value: string | number): Promise<void> {
    await this.dialog.getByLabel(label, { exact: true }).fill(String(value));
  }

  /** A Select or TreeSelect field (search: type the option to filter a long list or a tree). */
  async choose(label: string, option: string, search = false): Promise<void> {
    await chooseOption(this.dialog, this.page, label, option, search);
  }

  /**
   * Whether the picker `label` offers `option`: its name is typed and the list shows it, or shows nothing. Ask first
   * for a body that is offered: until the list has arrived it shows nothing either.
   */
  async offers(label: string, option: string): Promise<boolean> {
    const input = this.dialog.getByLabel(label, { exact: true });
    const popup = this.page.locator('.ant-tree-select-dropdown:not(.ant-select-dropdown-hidden)');
    await input.click();
    await input.fill(option);
    const hit = popup.locator(`[title="${option}"]`);
    await hit.or(popup.locator('.ant-empty')).first().waitFor();
    const offered = (await hit.count()) > 0;
    await input.fill('');
    return offered;
  }

  /** A radio choice (options and yes/no fields). */
  async pick(option: string): Promise<void> {
    await this.dialog.getByRole('radio', { name: option, exact: true }).check();
  }

  /** Clicks 提交 and waits for the server's answer to POST /api/petitions/:id/actions/<action>. */
  async submit(action: string): Promise<Response> {
    const answered = this.page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith(`/actions/${action}`),
    );
    await this.dialog.getByRole('button', { name: named('提交') }).click();
    return answered;
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: named('取消') }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}

/** The workflow on the petition detail (/petitions/:id): status, actions bar, action forms, history. */
export class WorkflowPage {
  constructor(private readonly page: Page) {}

  async goto(id: number): Promise<void> {
    await this.page.goto(`/petitions/${id}`);
    await this.page.getByTestId('petition-number').waitFor();
  }

  /** The sticky page header: number, status tag, flags, actions bar. */
  get header(): Locator {
    return this.page.getByTestId('page-header').filter({ has: this.page.getByTestId('petition-number') });
  }

  /** The status tag next to the number. */
  async status(): Promise<string> {
    return (await this.header.getByTestId('status-tag').innerText()).trim();
  }

  /** Waits until the status tag shows this status. */
  async waitForStatus(label: string): Promise<void> {
    await this.header
      .getByTestId('status-tag')
      .filter({ hasText: named(label) })
      .waitFor();
  }

  /** 当前办理机关 (set once the receiving body has received it). */
  async holder(): Promise<string> {
    return (await this.page.getByTestId('petition-holder').innerText()).trim();
  }

  /** 办理流转: the cells of the 转送/交办/协办 row to this body. */
  async assignment(toOrg: string): Promise<string[]> {
    const row = this.page.getByTestId('wf-assignments').locator('tr.ant-table-row').filter({ hasText: toOrg }).first();
    await row.waitFor();
    return (await row.locator('td').allInnerTexts()).map((s) => s.trim());
  }

  /** 办理操作: the group of action buttons (absent when the user may take no action). */
  get actionsBar(): Locator {
    return this.page.getByRole('group', { name: '办理操作' });
  }

  /** 更多操作: the menu button of the actions bar (absent when every action has a button). */
  get moreButton(): Locator {
    return this.actionsBar.getByRole('button', { name: /^更多操作/ });
  }

  /** The open 更多操作 menu (the drop-down's, not the side menu's). */
  get moreMenu(): Locator {
    return this.page.locator('.ant-dropdown:not(.ant-dropdown-hidden) [role="menu"]');
  }

  /** Opens 更多操作 and returns its menu. */
  async openMore(): Promise<Locator> {
    await this.moreButton.click();
    await this.moreMenu.waitFor();
    return this.moreMenu;
  }

  /**
   * The labels of the workflow actions offered now, the buttons' and then those in 更多操作 (opened and closed
   * again to read them); [] when there is no actions bar.
   */
  async actions(): Promise<string[]> {
    if ((await this.actionsBar.count()) === 0) return [];
    const labels = await this.actionsBar.locator('button[data-action]').allInnerTexts();
    if ((await this.moreButton.count()) > 0) {
      const menu = await this.openMore();
      labels.push(...(await menu.locator('[data-action]').allInnerTexts()));
      await this.page.keyboard.press('Escape');
      await menu.waitFor({ state: 'hidden' });
    }
    return labels.map((s) => s.replace(/\s+/g, ''));
  }

  /** Clicks an action's button, or its item in 更多操作, and returns its form. */
  async open(label: string): Promise<ActionDialog> {
    const button = this.actionsBar.getByRole('button', { name: named(label) });
    if ((await button.count()) > 0) await button.click();
    else await (await this.openMore()).getByRole('menuitem', { name: named(label) }).click();
    const dialog = this.page.getByRole('dialog').filter({ has: this.page.locator('.ant-modal-title', { hasText: named(label) }) });
    await dialog.waitFor();
    return new ActionDialog(this.page, dialog);
  }

  /**
   * Runs an action through its form: opens it, fills it, submits, checks the server accepted it (200) and waits for
   * the form to close. `action` is the API name (docs/WORKFLOW.md), `label` the button's words.
   */
  async run(action: string, label: string, fill: (d: ActionDialog) => Promise<void> = async () => undefined): Promise<void> {
    const d = await this.open(label);
    await fill(d);
    const res = await d.submit(action);
    if (res.status() !== 200) throw new Error(`${action} refused: ${res.status()} ${await res.text()}`);
    await d.dialog.waitFor({ state: 'hidden' });
  }

  /** The error messages shown at the top of the page (antd message). */
  get errorMessage(): Locator {
    return this.page.locator('.ant-message-error');
  }

  /** 事项日志: the event kind tags, oldest first. */
  async historyKinds(): Promise<string[]> {
    const card = this.page.locator('.ant-card').filter({ has: this.page.locator('.ant-card-head-title', { hasText: '事项日志' }) });
    return (await card.locator('.ant-timeline-item .ant-tag').allInnerTexts()).map((s) => s.trim());
  }
}

/** 待办事项 (/inbox): one tab per kind of step, each a table of petitions. */
export class InboxPage {
  constructor(private readonly page: Page) {}

  async waitForLoaded(): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === '/inbox');
    // The page header: its h1 and, beside it, the count of everything waiting.
    await this.page
      .getByTestId('page-header')
      .filter({ has: this.page.getByRole('heading', { name: '待办事项', level: 1 }) })
      .getByText(/共 \d+ 件/)
      .waitFor();
  }

  /** Shows a section (its tab, e.g. 'receive' = 待签收) and returns the row of this petition number. */
  async row(section: string, number: string): Promise<Locator> {
    await this.page.getByTestId(`inbox-tab-${section}`).click();
    const panel = this.page.getByRole('tabpanel');
    const row = panel.locator('tr.ant-table-row').filter({ hasText: number });
    await row.waitFor();
    return row;
  }

  /** The section's count as its tab writes it: 待受理分办（12） → 12. */
  async tabCount(section: string): Promise<number> {
    const text = await this.page.getByTestId(`inbox-tab-${section}`).innerText();
    const m = /[（(](\d+)[）)]/.exec(text);
    if (!m) throw new Error(`no count in the tab: ${text}`);
    return Number(m[1]);
  }

  /**
   * Shows a section and loads all of it, one page per click on 加载更多 (each click checked: the table grows);
   * returns the petition numbers of its rows, in order, and each row's grade tag ('' without an open clock).
   */
  async loadAll(section: string): Promise<{ number: string; grade: string }[]> {
    await this.page.getByTestId(`inbox-tab-${section}`).click();
    const panel = this.page.getByRole('tabpanel');
    const rows = panel.locator('tr.ant-table-row');
    const more = panel.getByRole('button', { name: /加载更多/ });
    await panel.locator('.ant-table').waitFor();
    while (await more.isVisible()) {
      const before = await rows.count();
      await more.click();
      await this.page.waitForFunction(
        ([n, id]) => document.querySelectorAll(`[data-testid="inbox-table-${id}"] tr.ant-table-row`).length > n,
        [before, section] as const,
      );
    }
    return rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        number: tr.querySelector('td a')?.textContent?.trim() ?? '',
        grade: tr.querySelector('[data-testid="deadline-grade"]')?.textContent?.trim() ?? '',
      })),
    );
  }

  /** Opens the petition from a section by its number link. */
  async open(section: string, number: string): Promise<void> {
    const row = await this.row(section, number);
    await row.getByRole('link', { name: number, exact: true }).click();
    await this.page.getByTestId('petition-number').filter({ hasText: number }).waitFor();
  }
}
