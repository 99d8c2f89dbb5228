import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrgTree, buildUser, login, loginAs, TEST_PASSWORD, type Session } from '../../test/factories.js';

const { app, db } = await createTestApp();
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let admin: Session & { userId: number };

beforeAll(async () => {
  tree = await buildOrgTree(db);
  admin = await loginAs(app, db, tree.county, ['admin']);
});

const loginReq = (username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('creating accounts', () => {
  it('creates a user with a one-time password who must change it at first log-in', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'zhang.wei2',
        displayName: '张伟',
        orgId: tree.department.id,
        roles: ['handler', 'leader'],
        phone: '13812345678',
        email: '',
      },
    });
    expect(res.statusCode).toBe(201);
    const { user, temporaryPassword } = res.json();
    expect(user).toMatchObject({
      username: 'zhang.wei2',
      org: { id: tree.department.id },
      roles: ['handler', 'leader'],
      mustChangePassword: true,
      email: null,
      active: true,
    });
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{12}$/);
    const s = await login(app, 'zhang.wei2', temporaryPassword);
    expect((await s.request({ method: 'GET', url: '/api/orgs' })).json().error.code).toBe('password_change_required');
    const event = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'user.created')
      .where('object_id', '=', String(user.id))
      .executeTakeFirstOrThrow();
    expect(event.after).toMatchObject({ username: 'zhang.wei2', roles: ['handler', 'leader'], orgId: tree.department.id });
    expect(JSON.stringify(event)).not.toContain(temporaryPassword);
  });

  it('validates each field and refuses a taken username in any case', async () => {
    const bad = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: '张 伟', displayName: '', orgId: tree.department.id, roles: [], phone: '555', email: 'x@' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['displayName', 'email', 'phone', 'roles', 'username']);
    const badRole = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'someone1', displayName: '某人', orgId: tree.department.id, roles: ['superuser'] },
    });
    expect(badRole.json().error.details.fields[0].path).toBe('roles.0');
    await buildUser(db, { org: tree.bureau, roles: ['registrar'], username: 'taken_name' });
    const taken = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'TAKEN_NAME', displayName: '某人', orgId: tree.bureau.id, roles: ['registrar'] },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'username_taken', details: { fields: [{ path: 'username' }] } });
    const weak = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'weakpw', displayName: '某人', orgId: tree.bureau.id, roles: ['registrar'], password: '123' },
    });
    expect(weak.json().error.details.fields[0].path).toBe('password');
  });

  it('cannot place a user in a body outside the administrator’s scope', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'outsider', displayName: '外人', orgId: tree.otherDepartment.id, roles: ['handler'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('orgId');
  });

  it('only administrators create users', async () => {
    const auditor = await loginAs(app, db, tree.county, ['auditor']);
    const res = await auditor.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'nope1', displayName: '某人', orgId: tree.bureau.id, roles: ['registrar'] },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('reading accounts', () => {
  it('lists users of the actor’s body and below, with filters and paging', async () => {
    const u1 = await buildUser(db, { org: tree.village, roles: ['registrar'], username: 'village_clerk' });
    await buildUser(db, { org: tree.otherDepartment, roles: ['registrar'], username: 'other_clerk' });
    const all = (await admin.request({ method: 'GET', url: '/api/users?status=all&pageSize=200' })).json();
    const names = all.items.map((u: { username: string }) => u.username);
    expect(names).toContain('village_clerk');
    expect(names).not.toContain('other_clerk');
    const byOrg = (await admin.request({ method: 'GET', url: `/api/users?orgId=${tree.village.id}` })).json();
    expect(byOrg.items.map((u: { id: number }) => u.id)).toEqual([u1.id]);
    const byRole = (await admin.request({ method: 'GET', url: '/api/users?role=registrar&q=village' })).json();
    expect(byRole.total).toBe(1);
    const paged = (await admin.request({ method: 'GET', url: '/api/users?status=all&pageSize=1&page=2' })).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBe(all.total);
  });

  it('answers 404 for a user of another body', async () => {
    const other = await buildUser(db, { org: tree.otherDepartment, roles: ['handler'] });
    expect((await admin.request({ method: 'GET', url: `/api/users/${other.id}` })).statusCode).toBe(404);
    const leader = await loginAs(app, db, tree.township, ['leader']);
    const mine = await buildUser(db, { org: tree.bureau, roles: ['handler'] });
    expect((await leader.request({ method: 'GET', url: `/api/users/${mine.id}` })).statusCode).toBe(404);
  });

  it('registrars and handlers cannot list users', async () => {
    for (const role of ['registrar', 'handler', 'supervisor'] as const) {
      const s = await loginAs(app, db, tree.county, [role]);
      expect((await s.request({ method: 'GET', url: '/api/users' })).statusCode, role).toBe(403);
    }
  });
});

describe('changing accounts', () => {
  it('changes roles and body, signs the user out, and records only what changed', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const s = await login(app, u.username);
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/users/${u.id}`,
      payload: { roles: ['registrar', 'supervisor'], orgId: tree.township.id },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ roles: ['registrar', 'supervisor'], org: { id: tree.township.id } });
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const event = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'user.updated')
      .where('object_id', '=', String(u.id))
      .executeTakeFirstOrThrow();
    expect(event.before).toEqual({ roles: ['registrar'], orgId: tree.bureau.id });
    expect(event.after).toEqual({ roles: ['registrar', 'supervisor'], orgId: tree.township.id });
  });

  it('deactivates (ending sessions) and reactivates; never oneself', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const s = await login(app, u.username);
    expect((await admin.request({ method: 'POST', url: `/api/users/${u.id}/deactivate` })).json().user.active).toBe(false);
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await loginReq(u.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await admin.request({ method: 'POST', url: `/api/users/${u.id}/reactivate` })).json().user.active).toBe(true);
    expect((await loginReq(u.username, TEST_PASSWORD)).statusCode).toBe(200);
    const self = await admin.request({ method: 'POST', url: `/api/users/${admin.userId}/deactivate` });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('self_deactivation');
    const demote = await admin.request({ method: 'PATCH', url: `/api/users/${admin.userId}`, payload: { roles: ['auditor'] } });
    expect(demote.json().error.code).toBe('self_demotion');
  });

  it('三员分立: never administrator and auditor on one account, nor an administrator granting themselves the auditor role', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'both.roles', displayName: '两职', orgId: tree.bureau.id, roles: ['admin', 'auditor'] },
    });
    expect(created.statusCode).toBe(409);
    expect(created.json().error).toMatchObject({ code: 'role_separation', details: { fields: [{ path: 'roles' }] } });
    expect(await db.selectFrom('users').select('id').where('username', '=', 'both.roles').executeTakeFirst()).toBeUndefined();

    const auditor = await buildUser(db, { org: tree.bureau, roles: ['auditor'] });
    const grant = await admin.request({ method: 'PATCH', url: `/api/users/${auditor.id}`, payload: { roles: ['auditor', 'admin'] } });
    expect(grant.json().error.code).toBe('role_separation');
    const self = await admin.request({ method: 'PATCH', url: `/api/users/${admin.userId}`, payload: { roles: ['admin', 'auditor'] } });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('role_separation');
    expect((await admin.request({ method: 'GET', url: `/api/users/${admin.userId}` })).json().user.roles).toEqual(['admin']);

    // An account holding both from before the rule keeps them until changed, and every change must resolve it.
    const old = await buildUser(db, { org: tree.bureau, roles: ['admin', 'auditor'] });
    const rename = await admin.request({ method: 'PATCH', url: `/api/users/${old.id}`, payload: { displayName: '改名' } });
    expect(rename.json().error.code).toBe('role_separation');
    const fix = await admin.request({ method: 'PATCH', url: `/api/users/${old.id}`, payload: { roles: ['auditor'], displayName: '改名' } });
    expect(fix.statusCode).toBe(200);
    expect(fix.json().user).toMatchObject({ roles: ['auditor'], displayName: '改名' });
  });

  it('resets a password: a new one-time password, the old one stops working, a change is forced', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const res = await admin.request({ method: 'POST', url: `/api/users/${u.id}/reset-password` });
    expect(res.statusCode).toBe(200);
    const { temporaryPassword, user } = res.json();
    expect(user.mustChangePassword).toBe(true);
    expect((await loginReq(u.username, TEST_PASSWORD)).statusCode).toBe(401);
    const s = await login(app, u.username, temporaryPassword);
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).json().user.mustChangePassword).toBe(true);
  });

  it('unlocks a locked account', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    for (let i = 0; i < 5; i++) await loginReq(u.username, 'wrong-pass-9');
    const locked = (await admin.request({ method: 'GET', url: `/api/users/${u.id}` })).json().user;
    expect(locked.lockedUntil).not.toBeNull();
    expect(locked.abilities.unlock).toBe(true);
    const res = await admin.request({ method: 'POST', url: `/api/users/${u.id}/unlock` });
    expect(res.json().user.lockedUntil).toBeNull();
    expect((await loginReq(u.username, TEST_PASSWORD)).statusCode).toBe(200);
  });
});
