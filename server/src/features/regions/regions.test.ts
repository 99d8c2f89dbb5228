import { describe, expect, it } from 'vitest';
import { buildOrgTree, buildUser, login } from '../../test/factories.js';
import { createTestApp } from '../../test/app.js';
import { placeName } from './villages.js';

const { app, db } = await createTestApp();

const search = async (query: Record<string, string>) => {
  const res = await app.inject({ method: 'GET', url: '/api/regions/search', query });
  expect(res.statusCode).toBe(200);
  return (res.json() as { items: { code: string; name: string; fullName: string; parentCode: string | null }[] }).items;
};

describe('region search', () => {
  it('finds a division by the pinyin initials of its name, polyphones read as place names', async () => {
    expect((await search({ q: 'lqx' })).map((r) => r.fullName)).toEqual(
      expect.arrayContaining(['山西省大同市灵丘县', '山东省潍坊市临朐县']),
    );
    expect((await search({ q: 'lqx', near: '370700' }))[0]).toMatchObject({ code: '370724', fullName: '山东省潍坊市临朐县' });
    expect((await search({ q: 'CQS' })).map((r) => r.name)).toContain('重庆市');
  });

  it('finds a division by any part of its written name, the division before the towns below it', async () => {
    const items = await search({ q: '临朐' });
    expect(items[0]!.code).toBe('370724');
    expect(items.slice(1).every((r) => r.code.startsWith('370724'))).toBe(true);
  });

  it('puts the one near the registering body first among the many of the same name', async () => {
    const anywhere = await search({ q: '城关' });
    expect(anywhere.length).toBe(20);
    const near = await search({ q: '城关', near: '370724' });
    expect(near[0]).toMatchObject({ code: '370724001', fullName: '山东省潍坊市临朐县城关街道' });
    expect((await search({ q: 'cgjd', near: '370724' }))[0]!.code).toBe('370724001');
  });

  it('without text offers the region itself, then those below it, then those beside it; the provinces without one', async () => {
    const items = await search({ q: '', near: '370724' });
    expect(items[0]!.code).toBe('370724');
    expect(items[1]!.code).toMatch(/^370724\d{3}$/);
    expect(items.map((r) => r.code)).toContain('370702');
    expect((await search({})).map((r) => r.name)).toContain('北京市');
  });

  it('refuses a near that is not a region code', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/regions/search', query: { q: '临朐', near: 'x' } });
    expect(res.statusCode).toBe(400);
  });
});

describe('villages and residents’ committees (12-digit codes)', () => {
  it('are below their township, written as places, and found near it by name or initials', async () => {
    const below = await app.inject({ method: 'GET', url: '/api/regions', query: { parent: '370724101' } });
    expect(below.statusCode).toBe(200);
    expect(below.json().items).toContainEqual({
      code: '370724101265',
      name: '五井东村',
      parentCode: '370724101',
      fullName: '山东省潍坊市临朐县五井镇五井东村',
      hasChildren: false,
    });
    const one = await app.inject({ method: 'GET', url: '/api/regions/370724101265' });
    expect(one.json().ancestry.map((r: { code: string }) => r.code)).toEqual(['370000', '370700', '370724', '370724101', '370724101265']);
    expect((await app.inject({ method: 'GET', url: '/api/regions/370724' })).json().region.hasChildren).toBe(true);
    expect((await app.inject({ method: 'GET', url: '/api/regions/370724101' })).json().region.hasChildren).toBe(true);
    expect((await app.inject({ method: 'GET', url: '/api/regions/370724101999' })).json().error.code).toBe('region_code_unknown');

    expect((await search({ q: '五井东', near: '370724101' }))[0]!.code).toBe('370724101265');
    expect((await search({ q: 'wjdc', near: '370724101267' }))[0]!.code).toBe('370724101265');
    const around = await search({ q: '', near: '370724101265' });
    expect(around[0]!.code).toBe('370724101265');
    expect(around.slice(1).every((r) => r.parentCode === '370724101')).toBe(true);
  });

  it('are named as places, not as their committees', () => {
    expect(placeName('五井东村村民委员会')).toBe('五井东村');
    expect(placeName('北庄村村委会')).toBe('北庄村');
    expect(placeName('张家庄村民委员会')).toBe('张家庄村');
    expect(placeName('多福巷社区居委会')).toBe('多福巷社区');
    expect(placeName('城南居民委员会')).toBe('城南社区');
  });
});

describe('the current user', () => {
  it("carries the body's region, where the registration form's pickers open", async () => {
    const tree = await buildOrgTree(db);
    await db.updateTable('orgs').set({ region_code: '370724' }).where('id', '=', tree.bureau.id).execute();
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const s = await login(app, u.username);
    const me = await s.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json().user.org).toMatchObject({ id: tree.bureau.id, regionCode: '370724' });
    const other = await login(app, (await buildUser(db, { org: tree.department, roles: ['handler'] })).username);
    expect((await other.request({ method: 'GET', url: '/api/auth/me' })).json().user.org.regionCode).toBeNull();
  });
});
