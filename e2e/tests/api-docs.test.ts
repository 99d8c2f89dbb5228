import { describe, expect, it } from 'vitest';
import { useBrowser } from '../browser';

describe('API documentation', () => {
  const b = useBrowser();

  it('the Swagger UI renders the operations under the Content-Security-Policy', async () => {
    await b.page.goto('/api/docs/');
    await b.page.getByText('xinfang 信访事项办理系统 API').first().waitFor();
    // Every group is listed, closed (the API has some 150 operations); a group opens to its operations.
    const reception = b.page.locator('.opblock-tag', { hasText: 'reception' }).first();
    await b.page.locator('.opblock-tag', { hasText: 'petitions' }).first().waitFor();
    await reception.click();
    await b.page.locator('.opblock', { hasText: '/api/reception/places' }).first().waitFor();
    expect(await b.page.locator('.opblock').count()).toBeGreaterThan(0);
  });
});
