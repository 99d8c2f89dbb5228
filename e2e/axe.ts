import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Waits until nothing on the page is opening or closing: no rc-motion phase class (antd's dialogs and menus fade
 * and zoom through them) and no finite animation running. axe reads colours as painted, so a dialog caught mid-fade
 * reads pale and fails the contrast check although it is fine once shown. Endless animations (spinners) are ignored.
 */
async function motionSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[class*="-appear"], [class*="-enter"], [class*="-leave"]') &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/** axe-core's serious and critical findings on what the page shows once still (or on `include` only): none is the bar. */
export async function seriousViolations(page: Page, include?: string) {
  await motionSettled(page);
  const axe = new AxeBuilder({ page });
  const results = await (include ? axe.include(include) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
