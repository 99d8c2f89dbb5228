import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { buildOrgTree, loginAs, type Session } from '../test/factories.js';

const { app, db } = await createTestApp();
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let admin: Session & { userId: number };
let auditor: Session & { userId: number };

beforeAll(async () => {
  tree = await buildOrgTree(db);
  admin = await loginAs(app, db, tree.county, ['admin']);
  auditor = await loginAs(app, db, tree.county, ['auditor']);
  const otherAdmin = await loginAs(app, db, tree.other, ['admin']);
  await admin.request({ method: 'POST', url: '/api/orgs', payload: { parentId: tree.county.id, kind: 'department', name: '审计测试局' } });
  await otherAdmin.request({
    method: 'POST',
    url: '/api/orgs',
    payload: { parentId: tree.other.id, kind: 'department', name: '别县的局' },
  });
});

type Event = { seq: number; action: string; objectLabel: string | null; actorUsername: string; orgName: string | null };
const list = async (s: Session, query = '') =>
  (await s.request({ method: 'GET', url: `/api/audit/events${query}` })).json() as { items: Event[]; nextBefore: number | null };

describe('audit trail browser', () => {
  it('shows events of the auditor’s scope only, newest first, with the object’s name', async () => {
    const { items } = await list(auditor);
    const created = items.filter((e) => e.action === 'org.created');
    expect(created.map((e) => e.objectLabel)).toEqual(['审计测试局']);
    expect(items.map((e) => e.seq)).toEqual([...items.map((e) => e.seq)].sort((a, b) => b - a));
    expect(items.some((e) => e.orgName === '别县的局')).toBe(false);
  });

  it('filters by actor, action, object and time, and pages by keyset', async () => {
    const byActor = await list(auditor, `?actorId=${admin.userId}&action=org.created`);
    expect(byActor.items).toHaveLength(1);
    const orgId = (await db.selectFrom('orgs').select('id').where('name', '=', '审计测试局').executeTakeFirstOrThrow()).id;
    const byObject = await list(auditor, `?objectType=org&objectId=${orgId}`);
    expect(byObject.items.map((e) => e.action)).toEqual(['org.created']);
    const future = await list(auditor, `?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
    expect(future.items).toEqual([]);
    const page1 = await list(auditor, '?limit=2');
    expect(page1.items).toHaveLength(2);
    const page2 = await list(auditor, `?limit=2&before=${page1.nextBefore}`);
    expect(page2.items[0]!.seq).toBeLessThan(page1.items[1]!.seq);
  });

  it('verifies the chain and records that it did', async () => {
    const res = await auditor.request({ method: 'POST', url: '/api/audit/verify' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, firstBroken: null });
    expect((await list(auditor, '?action=audit.verified')).items[0]!.actorUsername).toBe(
      (await db.selectFrom('users').select('username').where('id', '=', auditor.userId).executeTakeFirstOrThrow()).username,
    );
  });

  it('is closed to roles without audit rights, and validates its filters', async () => {
    const registrar = await loginAs(app, db, tree.county, ['registrar']);
    expect((await registrar.request({ method: 'GET', url: '/api/audit/events' })).statusCode).toBe(403);
    expect((await registrar.request({ method: 'POST', url: '/api/audit/verify' })).statusCode).toBe(403);
    const bad = await auditor.request({ method: 'GET', url: '/api/audit/events?from=yesterday' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('from');
  });
});
