import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCK_AFTER_FAILURES } from './auth.service.js';
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
    expect(wrong.json().error).toEqual({
      code: 'invalid_credentials',
      message: '用户名或密码错误，或账户因连续登录失败已临时锁定（连续 5 次错误锁定 15 分钟）。',
      details: {},
    });
  });

  it('locks the account for 15 minutes after 5 failures in a row, even for the right password, without saying so', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    for (let i = 1; i <= 5; i++) expect((await loginReq(u.username, `wrong-${i}-x`)).statusCode).toBe(401);
    const right = await loginReq(u.username, TEST_PASSWORD);
    expect(right.statusCode).toBe(401);
    expect(right.json().error.code).toBe('invalid_credentials');
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
      'auth.login_refused',
    ]);
  });

  it('checks at most 5 passwords per lock window, however many log-ins arrive at once', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const answers = await Promise.all(Array.from({ length: 25 }, (_, i) => loginReq(u.username, `wrong-${i}-x`)));
    const checked = await db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', String(u.id))
      .where('action', 'in', ['auth.login_failed', 'auth.account_locked'])
      .execute();
    expect(checked).toHaveLength(LOCK_AFTER_FAILURES);
    expect(answers.every((r) => r.statusCode === 401)).toBe(true);
    const row = await db.selectFrom('users').select(['failed_logins', 'locked_until']).where('id', '=', u.id).executeTakeFirstOrThrow();
    expect(row.failed_logins).toBe(LOCK_AFTER_FAILURES);
    expect(row.locked_until!.getTime()).toBeGreaterThan(Date.now());
  });

  it('lets a right password through a concurrent burst only within the first 5 attempts, and a late one never clears the lock', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const passwords = [...Array.from({ length: 24 }, (_, i) => `wrong-${i}-x`), TEST_PASSWORD];
    const answers = await Promise.all(passwords.map((p) => loginReq(u.username, p)));
    const events = await db.selectFrom('audit_events').select('action').where('object_id', '=', String(u.id)).orderBy('seq').execute();
    const checked = events.filter((e) => e.action !== 'auth.login_refused');
    const row = await db.selectFrom('users').select(['failed_logins', 'locked_until']).where('id', '=', u.id).executeTakeFirstOrThrow();
    if (answers.at(-1)!.statusCode === 200) {
      // The right password took one of the first five attempts; the count then started again from zero.
      expect(checked.findIndex((e) => e.action === 'auth.login')).toBeLessThan(LOCK_AFTER_FAILURES);
      expect(checked.length).toBeLessThanOrEqual(2 * LOCK_AFTER_FAILURES);
    } else {
      expect(checked).toHaveLength(LOCK_AFTER_FAILURES);
      expect(row.locked_until!.getTime()).toBeGreaterThan(Date.now());
    }
    expect(answers.filter((r) => r.statusCode === 200).length).toBeLessThanOrEqual(1);
  });

  it('answers an unknown user, a wrong password and a locked account alike, in the same time', async () => {
    const wrong = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const locked = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await loginReq(locked.username, 'wrong-pass-1');
    const cases = { unknown: 'nobody_at_all', wrong: wrong.username, locked: locked.username };
    const times: Record<string, number[]> = { unknown: [], wrong: [], locked: [] };
    const bodies = new Set<string>();
    for (let round = 0; round < 11; round++) {
      // The wrong-password account must not lock itself during the measurement.
      await db.updateTable('users').set({ failed_logins: 0 }).where('id', '=', wrong.id).execute();
      for (const [name, username] of Object.entries(cases)) {
        const started = performance.now();
        const res = await loginReq(username, 'wrong-pass-2');
        times[name]!.push(performance.now() - started);
        bodies.add(`${res.statusCode} ${res.body}`);
      }
    }
    expect([...bodies]).toHaveLength(1);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const reference = median(times.wrong!);
    // Before the same work was done in every case, a locked account answered in a third of the time.
    for (const name of ['unknown', 'locked']) {
      expect(median(times[name]!) / reference, name).toBeGreaterThan(0.6);
      expect(median(times[name]!) / reference, name).toBeLessThan(1.6);
    }
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
    expect(row.expires_at.getTime() - Date.now()).toBeGreaterThan(1.9 * 3600_000);
  });

  it('ends a session 12 hours after log-in however active it is, and never slides past that', async () => {
    const u = await buildUser(db, { org: tree.bureau, roles: ['registrar'] });
    const s = await login(app, u.username);
    await db
      .updateTable('sessions')
      .set({ created_at: sql`now() - interval '11 hours 30 minutes'`, expires_at: sql`now() + interval '1 minute'` })
      .where('user_id', '=', u.id)
      .execute();
    expect((await s.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    const row = await db.selectFrom('sessions').select('expires_at').where('user_id', '=', u.id).executeTakeFirstOrThrow();
    const left = row.expires_at.getTime() - Date.now();
    expect(left).toBeGreaterThan(29 * 60_000);
    expect(left).toBeLessThanOrEqual(30 * 60_000);
    // Used a moment ago, idle expiry hours away: still over once the absolute lifetime has passed.
    await db
      .updateTable('sessions')
      .set({ created_at: sql`now() - interval '12 hours 1 second'`, expires_at: sql`now() + interval '1 hour'`, last_seen_at: sql`now()` })
      .where('user_id', '=', u.id)
      .execute();
    const after = await s.request({ method: 'GET', url: '/api/auth/me' });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
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
