import { describe, expect, it } from 'vitest';
import { checkpointStore } from '../audit/audit.checkpoints.js';
import { auditService } from '../audit/audit.service.js';
import { buildApp } from '../app.js';
import { testConfig } from '../test/app.js';
import { createTestDatabase } from '../test/db.js';
import { DEMO_PASSWORD, DEMO_USERS, firstStart } from './seed.js';

describe('first start', () => {
  it('creates the demo bodies and accounts once, each creation audited', async () => {
    const { db } = await createTestDatabase();
    const result = await firstStart(db, true);
    expect(result.kind).toBe('demo');
    expect((await firstStart(db, true)).kind).toBe('existing');
    const orgs = await db.selectFrom('orgs').select(['name', 'kind', 'code']).execute();
    const names = orgs.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining(['潍坊市人民政府', '潍坊市信访局', '临朐县信访局', '昌乐县信访局', '临朐县住房和城乡建设局']),
    );
    for (const d of [
      '住房和城乡建设局',
      '人力资源和社会保障局',
      '自然资源局',
      '民政局',
      '教育和体育局',
      '卫生健康局',
      '生态环境局临朐分局',
      '公安局',
    ]) {
      expect(
        names.some((n) => n.includes(d)),
        d,
      ).toBe(true);
    }
    expect(orgs.filter((o) => o.kind === 'township')).toHaveLength(3);
    expect(orgs.filter((o) => o.kind === 'village').length).toBeGreaterThanOrEqual(3);
    const config = testConfig();
    expect(await auditService.verify(db, checkpointStore(config.dataDir, undefined))).toMatchObject({
      ok: true,
      count: orgs.length + DEMO_USERS.length,
    });

    const app = await buildApp({ config, db });
    for (const u of DEMO_USERS) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u.username, password: DEMO_PASSWORD } });
      expect(res.statusCode, u.username).toBe(200);
      expect(res.json().user.mustChangePassword).toBe(false);
    }
    const handler = await db
      .selectFrom('users')
      .innerJoin('orgs', 'orgs.id', 'users.org_id')
      .select('orgs.name')
      .where('username', '=', 'handler')
      .executeTakeFirstOrThrow();
    expect(handler.name).toBe('临朐县住房和城乡建设局');
    await app.close();
  });

  it('without demo data, creates one top body and an administrator with a one-time password', async () => {
    const { db } = await createTestDatabase();
    const result = await firstStart(db, false);
    if (result.kind !== 'bootstrap') throw new Error(`expected bootstrap, got ${result.kind}`);
    const app = await buildApp({ config: testConfig(), db });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: result.password } });
    expect(res.json().user).toMatchObject({ mustChangePassword: true, roles: ['admin'] });
    expect(await db.selectFrom('users').select('id').execute()).toHaveLength(1);
    await app.close();
  });
});
