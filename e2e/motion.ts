import type { Page } from 'playwright-core';

/**
 * Waits until nothing on the page is opening or closing: no rc-motion phase class (antd's dialogs and menus fade
 * and zoom through them) and no finite animation running. axe reads colours as painted, so a dialog caught mid-fade
 * reads pale and fails the contrast check although it is fine once shown. Endless animations (spinners) are ignored.
 */
export async function motionSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[class*="-appear"], [class*="-enter"], [class*="-leave"]') &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}
