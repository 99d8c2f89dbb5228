import { describe, expect, it } from 'vitest';
import { useBrowser } from '../browser';

describe('API documentation', () => {
  const b = useBrowser();

  it('the Swagger UI renders the operations under the Content-Security-Policy', async () => {
    await b.page.goto('/api/docs/');
    await b.page.getByText('xinfang 信访事项办理系统 API').first().waitFor();
    await b.page.locator('.opblock-tag', { hasText: 'petitions' }).first().waitFor();
    expect(await b.page.locator('.opblock').count()).toBeGreaterThan(0);
  });
});
