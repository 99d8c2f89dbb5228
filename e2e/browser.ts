import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { chromiumLaunchOptions } from './chromium';

const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

/** A phone-sized context (390×844, touch) instead of the desktop default. */
export interface BrowserOptions {
  viewport?: { width: number; height: number };
  mobile?: boolean;
}

/** Launches Debian's chromium for a test file; a fresh context (no cookies) per test; a screenshot on failure. */
export function useBrowser(options: BrowserOptions = {}) {
  const state = {} as { browser: Browser; context: BrowserContext; page: Page; baseUrl: string; cspViolations: string[] };
  beforeAll(async () => {
    state.baseUrl = inject('baseUrl');
    state.browser = await chromium.launch(chromiumLaunchOptions);
  });
  beforeEach(async () => {
    state.context = await state.browser.newContext({
      baseURL: state.baseUrl,
      viewport: options.viewport ?? { width: 1400, height: 900 },
      ...(options.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    });
    state.context.setDefaultTimeout(15_000);
    // Chromium reports what the Content-Security-Policy blocked on the console: any such report fails the test.
    state.cspViolations = [];
    state.context.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) state.cspViolations.push(m.text());
    });
    state.page = await state.context.newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') {
      mkdirSync(screenshots, { recursive: true });
      const name = ctx.task.name.replace(/[^\w\u4e00-\u9fff-]+/g, '_');
      await state.page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true }).catch(() => undefined);
    }
    await state.context.close();
    if (state.cspViolations.length) throw new Error(`Content-Security-Policy violations:\n${state.cspViolations.join('\n')}`);
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return state;
}

export const DEMO_PASSWORD = 'Xinfang@2026';
