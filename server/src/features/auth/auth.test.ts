import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgTree, buildUser, login, TEST_PASSWORD } from '../../test/factories.js';
import { createTestApp } from '../../test/app.js';

const { app, db } = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
beforeAll(async () => {
  tree = await buildOrgTree(db);
});

const loginReq = (username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('log-in', () => {
  it('opens a session with an httpOnly, SameSite=Lax cookie and returns the user with a CSRF token', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const res = await loginReq(u.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'xf_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const { user } = res.json();
    expect(user).toMatchObject({ username: u.username, org: { id: tree.bureau.id }, roles: ['registrar'], mustChangePassword: false });
    expect(user.csrfToken).toMatch(/^[\w-]{20,}$/);
    const row = await db.selectFrom('sessions').selectAll().where('user_id', '=', u.id).executeTakeFirstOrThrow();
    expect(row.id).not.toBe(cookie.value); // only the hash is stored
  });

  it('accepts the username in any letter case', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    expect((await loginReq(u.username.toUpperCase(), TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('answers wrong passwords and unknown users with the same generic message', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const wrong = await loginReq(u.username, 'nope-nope-1');
    const unknown = await loginReq('nobody_here', 'nope-nope-1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error).toEqual({ code: 'invalid_credentials', message: '用户名或密码错误。', details: {} });
  });

  it('locks the account for 15 minutes after 5 failures in a row, even for the right password', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    for (let i = 1; i <= 4; i++) expect((await loginReq(u.username, `wrong-${i}-x`)).statusCode).toBe(401);
    const fifth = await loginReq(u.username, 'wrong-5-x');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('account_locked');
    const right = await loginReq(u.username, TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().error.details.retryAfterMinutes).toBeGreaterThanOrEqual(14);
    const row = await db.selectFrom('users').select(['locked_until', 'failed_logins']).where('id', '=', u.id).executeTakeFirstOrThrow();
    const minutes = (row.locked_until!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const events = await db.selectFrom('audit_events').select('action').where('object_id', '=', String(u.id)).orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual([
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.account_locked',
    ]);
  });

  it('lets the user in again once the lock has passed, and a success resets the count', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    for (let i = 0; i < 5; i++) await loginReq(u.username, 'wrong-pass-1');
    await db
      .updateTable('users')
      .set({ locked_until: sql`now() - interval '1 minute'` })
      .where('id', '=', u.id)
      .execute();
    expect((await loginReq(u.username, TEST_PASSWORD)).statusCode).toBe(200);
    const row = await db.selectFrom('users').select(['failed_logins', 'locked_until']).where('id', '=', u.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('refuses deactivated accounts with the generic message', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    await db.updateTable('users').set({ active: false }).where('id', '=', u.id).execute();
    expect((await loginReq(u.username, TEST_PASSWORD)).json().error.code).toBe('invalid_credentials');
  });

  it('validates the body: missing fields and unknown fields are named', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '', extra: 1 } });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .error.details.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(['extra', 'password', 'username']);
  });
});

describe('sessions', () => {
  it('answers 401 without a session and after log-out', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const s = await login(app, u.username);
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await s.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    const after = await s.request({ method: 'GET', url: '/api/auth/me' });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const s = await login(app, u.username);
    const missing = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf_invalid');
    const forged = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(forged.json().error.code).toBe('csrf_invalid');
  });

  it('does not accept an expired session', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const s = await login(app, u.username);
    await db
      .updateTable('sessions')
      .set({ expires_at: sql`now() - interval '1 second'` })
      .where('user_id', '=', u.id)
      .execute();
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('slides the expiry of a session in use', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const s = await login(app, u.username);
    await db
      .updateTable('sessions')
      .set({ expires_at: sql`now() + interval '1 minute'` })
      .where('user_id', '=', u.id)
      .execute();
    await s.request({ method: 'GET', url: '/api/auth/me' });
    const row = await db.selectFrom('sessions').select('expires_at').where('user_id', '=', u.id).executeTakeFirstOrThrow();
    expect(row.expires_at.getTime() - Date.now()).toBeGreaterThan(11 * 3600_000);
  });
});

describe('password change', () => {
  it('forces a change at first log-in: other routes answer 403 until it is done', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['admin'], mustChange: true });
    const s = await login(app, u.username);
    const me = await s.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json().user.mustChangePassword).toBe(true);
    const blocked = await s.request({ method: 'GET', url: '/api/orgs' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    const weak = await s.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short1' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('password_too_weak');
    expect(weak.json().error.details.fields[0].path).toBe('newPassword');
    const badCurrent = await s.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'wrong-one-1', newPassword: 'NewPassw0rd-1' },
    });
    expect(badCurrent.json().error.code).toBe('password_incorrect');
    const same = await s.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
    });
    expect(same.json().error.code).toBe('password_unchanged');
    const ok = await s.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'NewPassw0rd-1' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.mustChangePassword).toBe(false);
    expect((await s.request({ method: 'GET', url: '/api/orgs' })).statusCode).toBe(200);
    expect((await loginReq(u.username, 'NewPassw0rd-1')).statusCode).toBe(200);
    const event = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'user.password_changed')
      .where('object_id', '=', String(u.id))
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(event)).not.toContain('argon2'); // no hashes in the trail
  });

  it('ends the other sessions of the user', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const a = await login(app, u.username);
    const b = await login(app, u.username);
    await a.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Another-pass-2' },
    });
    expect((await a.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await b.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });
});
