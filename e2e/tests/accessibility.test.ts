import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

describe('accessibility (axe-core)', () => {
  const b = useBrowser();

  it('login page and workbench have no serious or critical violations', async () => {
    const login = new LoginPage(b.page);
    await login.goto();
    expect(await seriousViolations(b.page)).toEqual([]);
    await login.login('auditor', DEMO_PASSWORD);
    await new Layout(b.page).waitForWorkbench('赵敏');
    await b.page.locator('.ant-list-item').first().waitFor();
    expect(await seriousViolations(b.page)).toEqual([]);
  });
});
