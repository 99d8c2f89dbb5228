import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';

const { app } = await createTestApp();
await app.ready();

describe('route access declarations', () => {
  it('every registered route declares whether it is public or what it needs', () => {
    const routes = app.routeTable;
    expect(routes.length).toBeGreaterThan(20);
    const undeclared = routes.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('only health, log-in, the API docs, the divisions and the petitioners’ portal (/api/public) are public under /api', () => {
    const pub = app.routeTable
      .filter((r) => r.url.startsWith('/api') && r.access && 'public' in r.access && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !r.includes('/api/docs') && !r.includes('/api/public/'));
    expect(pub.sort()).toEqual([
      'GET /api/health',
      'GET /api/regions',
      'GET /api/regions/:code',
      'GET /api/regions/search',
      'POST /api/auth/login',
    ]);
  });

  it('every non-public route answers 401 without a session', async () => {
    const guarded = app.routeTable.filter((r) => r.access && !('public' in r.access) && r.method !== 'HEAD');
    for (const r of guarded) {
      const url = r.url.replace(/:[a-zA-Z]+/g, '1');
      const res = await app.inject({ method: r.method as 'GET', url });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });

  it('a route without a declaration stops the server from starting', async () => {
    const { app: other } = await createTestApp();
    other.get('/api/undeclared', async () => 'x');
    await expect(other.ready()).rejects.toThrow(/without an access declaration: GET \/api\/undeclared/);
  });
});
