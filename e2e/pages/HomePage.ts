import type { Locator, Page } from 'playwright-core';

const SCREENS = ['registrar', 'handler', 'head', 'supervisor', 'leader'];

/** 工作台's first screens (/): one panel per role, its figures and short lists, each opening its list. */
export class HomePage {
  constructor(private readonly page: Page) {}

  /** The panel of a role's screen (registrar, handler, head, supervisor, leader), once shown. */
  async panel(screen: string): Promise<Locator> {
    const panel = this.page.getByTestId(`home-${screen}`);
    await panel.waitFor();
    return panel;
  }

  /** The screens shown, top to bottom. */
  async screens(): Promise<string[]> {
    const panels = this.page.locator(SCREENS.map((s) => `[data-testid="home-${s}"]`).join(', '));
    await panels.first().waitFor();
    return panels.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('home-'.length)));
  }

  /** A figure's number once loaded, and the list it opens. */
  async figure(id: string): Promise<{ value: number; href: string }> {
    const value = this.page.getByTestId(`figure-${id}-value`);
    await value.filter({ hasText: /^\d+$/ }).waitFor();
    const href = await this.page.getByTestId(`figure-${id}`).getAttribute('href');
    return { value: Number(await value.innerText()), href: href ?? '' };
  }

  /** The count an inbox list's title gives (待受理分办（3）), once loaded. */
  async listCount(testId: string): Promise<number> {
    const title = this.page.getByTestId(testId).locator('.ant-card-head-title');
    await title.filter({ hasText: /[（(]\d+[）)]/ }).waitFor();
    return Number(/[（(](\d+)[）)]/.exec(await title.innerText())![1]);
  }

  /** The petition numbers a short list shows (its card `testId`), top to bottom, once it has loaded. */
  async listNumbers(testId: string): Promise<string[]> {
    const card = this.page.getByTestId(testId);
    await card.locator('.ant-list-item a, .ant-empty-description').first().waitFor();
    return (await card.locator('.ant-list-item a').allInnerTexts()).map((s) => s.trim());
  }

  /** 各承办人办理时限: per handler, the name and each figure with the list it opens, once loaded. */
  async byHandler(): Promise<{ name: string; overdue: number; overdueHref: string; dueSoon: number; dueSoonHref: string }[]> {
    const card = this.page.getByTestId('home-by-handler');
    await card.locator('tr.ant-table-row, .ant-empty-description').first().waitFor();
    return card.locator('tr.ant-table-row').evaluateAll((rows) =>
      rows.map((tr) => {
        const [name, overdue, dueSoon] = Array.from(tr.querySelectorAll('td'));
        const link = (td: Element | undefined) => td?.querySelector('a');
        return {
          name: name?.textContent?.trim() ?? '',
          overdue: Number(link(overdue)?.textContent),
          overdueHref: link(overdue)?.getAttribute('href') ?? '',
          dueSoon: Number(link(dueSoon)?.textContent),
          dueSoonHref: link(dueSoon)?.getAttribute('href') ?? '',
        };
      }),
    );
  }
}
