import type { Locator, Page } from 'playwright-core';
import { WorkList } from './WorkList';

/** A bar of a horizontal bar chart: the value written at its end, and a click on the bar itself. */
export interface Bar {
  value: number;
  click(): Promise<void>;
}

/** 统计概览 (/stats): figure cards and ECharts charts drawn as SVG; and the work list a figure opens. */
export class StatsPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/stats');
    await this.page.getByRole('heading', { name: '统计概览' }).waitFor();
  }

  /** A chart card by its test id (by-channel, by-type, by-category, by-region, overdue-bodies, trend). */
  card(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /**
   * The bar of the category named `name` in a horizontal bar chart, once the chart has settled (two equal readings:
   * ECharts animates and redraws on resize). The category's axis label and its bar share a row: the bar is the SVG
   * path crossing the label's middle right of it, and its value is the number written at its end.
   */
  async bar(testId: string, name: string): Promise<Bar> {
    const svg = this.card(testId).locator('svg');
    const read = () =>
      svg.evaluate((root, label) => {
        const rect = (el: Element) => el.getBoundingClientRect();
        const texts = Array.from(root.querySelectorAll('text'));
        const axis = texts.find((t) => t.textContent === label);
        if (!axis) return null;
        const a = rect(axis);
        const middle = a.top + a.height / 2;
        const paths = Array.from(root.querySelectorAll('path'));
        const index = paths.findIndex((p) => {
          const b = rect(p);
          return b.left > a.right && b.width > 0 && b.height > 4 && b.height < 40 && b.top <= middle && b.bottom >= middle;
        });
        const written = texts.find((t) => rect(t).left > a.right && Math.abs(rect(t).top + rect(t).height / 2 - middle) < 4);
        if (index < 0 || !written) return null;
        const b = rect(paths[index]!);
        return { index, value: Number(written.textContent), at: [b.left, b.top, b.width, b.height].map(Math.round).join() };
      }, name);
    let last = await read();
    for (let i = 0; i < 40; i++) {
      await this.page.waitForTimeout(250);
      const now = await read();
      if (now && last && now.index === last.index && now.at === last.at && now.value === last.value) {
        return { value: now.value, click: () => svg.locator('path').nth(now.index).click() };
      }
      last = now;
    }
    throw new Error(`no settled bar for ${name} in ${testId}: ${JSON.stringify(last)}`);
  }

  /** The drill-down tag of the work list (统计：… · … · … 至 …). */
  get statFilter(): Locator {
    return this.page.getByTestId('stat-filter');
  }

  /** Once the work list has answered: the number and 信访形式 of each row. */
  async listRows(): Promise<{ number: string; channel: string }[]> {
    return (await new WorkList(this.page).cells()).map((cells) => ({ number: cells[0]!, channel: cells[2]! }));
  }
}
