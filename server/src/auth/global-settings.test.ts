import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { buildOrg, loginAs } from '../test/factories.js';

// The holiday calendar and the problem taxonomy hold for every body: only the top body's administrators write them.
const { app, db } = await createTestApp();
const province = await buildOrg(db, { kind: 'government', name: '测试省人民政府' });
const county = await buildOrg(db, { parent: province, kind: 'government', name: '甲县人民政府' });
const township = await buildOrg(db, { parent: county, kind: 'township', name: '甲镇人民政府' });
const top = await loginAs(app, db, province, ['admin']);
const countyAdmin = await loginAs(app, db, county, ['admin']);
const townshipAdmin = await loginAs(app, db, township, ['admin']);
const registrar = await loginAs(app, db, province, ['registrar']);

const year = { notice: '国务院办公厅关于2031年部分节假日安排的通知', days: [{ date: '2031-01-01', kind: 'holiday', name: '元旦' }] };
const category = (await top.request({ method: 'POST', url: '/api/categories', payload: { parentId: null, name: '测试一级分类' } })).json()
  .category as { id: number };
const globalWrites = [
  { method: 'PUT', url: '/api/calendar/years/2031', payload: year },
  { method: 'POST', url: '/api/categories', payload: { parentId: null, name: '乡镇新增分类' } },
  { method: 'PATCH', url: `/api/categories/${category.id}`, payload: { name: '乡镇改名' } },
  { method: 'POST', url: `/api/categories/${category.id}/deactivate` },
] as const;

describe('global settings', () => {
  it('refuses a township or county administrator every write with a code that says why', async () => {
    for (const admin of [townshipAdmin, countyAdmin]) {
      for (const write of globalWrites) {
        const res = await admin.request(write);
        expect(res.statusCode, `${write.method} ${write.url}`).toBe(403);
        expect(res.json().error.code).toBe('global_setting_top_body_only');
      }
    }
    expect((await db.selectFrom('calendar_years').select('year').where('year', '=', 2031).execute()).length).toBe(0);
    const row = await db.selectFrom('categories').select(['name', 'active']).where('id', '=', category.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ name: '测试一级分类', active: true });
  });

  it('lets the top body administrator write them', async () => {
    for (const write of globalWrites) {
      const res = await top.request(write);
      expect(res.statusCode, `${write.method} ${write.url}: ${res.body}`).toBeLessThan(300);
    }
  });

  it('gives the permissions (and so the menu) only at the top body; others still read', async () => {
    const permissions = async (s: typeof top) => (await s.request({ method: 'GET', url: '/api/auth/me' })).json().user.permissions;
    expect(await permissions(top)).toEqual(expect.arrayContaining(['calendar.manage', 'category.manage', 'template.manage']));
    const below = await permissions(townshipAdmin);
    expect(below).toContain('template.manage');
    expect(below).not.toContain('calendar.manage');
    expect(below).not.toContain('category.manage');
    expect((await townshipAdmin.request({ method: 'GET', url: '/api/categories' })).statusCode).toBe(200);
    expect((await townshipAdmin.request({ method: 'GET', url: '/api/calendar/years/2031' })).statusCode).toBe(200);
  });

  it('answers a role without the permission at all the plain 403', async () => {
    const res = await registrar.request(globalWrites[0]);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });
});
