import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { buildOrgTree, loginAs, petitionInput } from '../test/factories.js';

const { app, db } = await createTestApp();
// A query the schemas would never let through: the database's own refusal must still be a 4xx without SQL.
app.get('/api/test/cast', { config: { access: { public: true } } }, async () => {
  await sql`select ${'not a number'}::int`.execute(db);
});
const tree = await buildOrgTree(db);
const admin = await loginAs(app, db, tree.county, ['admin']);
const registrar = await loginAs(app, db, tree.bureau, ['registrar']);
/** Every role: each request reaches its validation rather than stopping at a permission. */
const everyone = await loginAs(app, db, tree.county, ['admin', 'registrar', 'handler', 'supervisor', 'leader', 'auditor']);
const en = { 'accept-language': 'en' };

const multipart = (boundary: string, body: string) => ({
  payload: Buffer.from(body),
  headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
});

describe('bad input answers 4xx with a code and the field at fault', () => {
  it('ids beyond the column: integer ids above 2^31−1, bigint ids above 2^53−1, are 400 naming the parameter', async () => {
    for (const url of ['/api/orgs/99999999999', '/api/users/2147483648', '/api/petitions/9007199254740993', '/api/orgs/-1']) {
      const res = await everyone.request({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.details.fields[0]).toMatchObject({ path: 'id', in: 'params' });
    }
    // A bigint id past the integer range is a real id that is merely missing.
    expect((await registrar.request({ method: 'GET', url: '/api/petitions/99999999999' })).json().error.code).toBe('petition_not_found');
    const body = await admin.request({ method: 'PATCH', url: `/api/users/${admin.userId}`, payload: { orgId: 2 ** 31 } });
    expect(body.statusCode).toBe(400);
    expect(body.json().error.details.fields[0]).toMatchObject({ path: 'orgId', in: 'body' });
    const query = await admin.request({ method: 'GET', url: '/api/audit/events?orgId=99999999999' });
    expect(query.json().error.details.fields[0]).toMatchObject({ path: 'orgId', in: 'querystring' });
  });

  it('NUL and lone surrogates in any text are 400 naming the field, in both languages, and nothing is written', async () => {
    const users = await db.selectFrom('users').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    for (const username of ['a\u0000b', '\ud800', 'x\udc00y']) {
      const res = await admin.request({
        method: 'POST',
        url: '/api/users',
        payload: { username, displayName: '测试', orgId: tree.county.id, roles: ['registrar'] },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation_failed', details: { fields: [{ path: 'username', in: 'body' }] } });
      expect(res.json().error.details.fields[0].message).toMatch(/空字符/);
    }
    const nested = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      headers: en,
      payload: petitionInput({ petitioners: [{ name: '王\u0000建华', phone: '13812345678' }] }),
    });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().error.details.fields[0]).toMatchObject({ path: 'petitioners.0.name', message: expect.stringMatching(/NUL/) });
    const query = await registrar.request({ method: 'GET', url: '/api/petitions?q=%00' });
    expect(query.json().error.details.fields[0]).toMatchObject({ path: 'q', in: 'querystring' });
    const key = await admin.request({ method: 'PATCH', url: `/api/orgs/${tree.county.id}`, payload: { 'na\u0000me': 'x' } });
    expect(key.statusCode).toBe(400);
    // A correct pair (an emoji) is text like any other.
    const emoji = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput({ title: '反映问题 😀' }) });
    expect(emoji.statusCode, emoji.body).toBe(201);
    expect(await db.selectFrom('users').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).toEqual(users);
  });

  it('impossible dates and absurd ranges are 400 on every date parameter', async () => {
    const bad = [
      '/api/stats/overview?from=2026-02-30&to=2026-03-31',
      '/api/stats/overview?from=0001-01-01&to=9999-12-31',
      '/api/stats/overview?from=2026-03-01&to=2026-02-01',
      '/api/stats/series?from=1900-01-01&to=2100-12-31&granularity=day',
      '/api/petitions?from=2026-02-30',
      '/api/petitions?from=0001-01-01&to=9999-12-31',
      '/api/petitions?statFrom=2026-02-29',
      '/api/petitions/export?to=2026-13-01',
      '/api/audit/events?from=2026-04-31',
      '/api/audit/events?from=-271821-04-20',
    ];
    for (const url of bad) {
      const res = await everyone.request({ method: 'GET', url });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
      expect(res.json().error.details.fields[0].in, url).toBe('querystring');
    }
    const preview = await registrar.request({
      method: 'POST',
      url: '/api/calendar/preview',
      payload: { start: '+275760-09-13T00:00:00Z', length: 1, unit: 'hour' },
    });
    expect(preview.json().error.details.fields[0]).toMatchObject({ path: 'start', in: 'body' });
    const received = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ receivedAt: '2026-02-30T10:00:00+08:00' }),
    });
    expect(received.json().error.details.fields[0]).toMatchObject({ path: 'receivedAt' });
    expect((await everyone.request({ method: 'GET', url: '/api/stats/overview?from=2024-02-29&to=2024-03-31' })).statusCode).toBe(200);
  });

  it('a duplicate external id is 409 external_id_taken, and the first petition stays as it was', async () => {
    const first = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput({ externalId: 'EXT-1' }) });
    expect(first.statusCode).toBe(201);
    const again = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput({ externalId: 'EXT-1' }) });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'external_id_taken', details: { fields: [{ path: 'externalId' }] } });
    const rows = await db.selectFrom('petitions').select('id').where('external_id', '=', 'EXT-1').execute();
    expect(rows).toHaveLength(1);
  });

  it('a multipart upload cut off before its end is 400 upload_incomplete, for staff and on the portal', async () => {
    const cut = multipart('xyz', '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89PNG\r\n\x1a\n0000');
    const staff = await registrar.request({ method: 'POST', url: '/api/attachments', ...cut });
    expect(staff.statusCode, staff.body).toBe(400);
    expect(staff.json().error.code).toBe('upload_incomplete');
    const portal = await app.inject({ method: 'POST', url: '/api/public/attachments', ...cut });
    expect(portal.statusCode, portal.body).toBe(400);
    expect(portal.json().error.code).toBe('upload_incomplete');
    const noBoundary = await registrar.request({
      method: 'POST',
      url: '/api/attachments',
      payload: 'abc',
      headers: { 'content-type': 'multipart/form-data' },
    });
    expect(noBoundary.statusCode).toBe(400);
    const nulName = multipart('b', '--b\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.txt"\r\n\r\nhello\r\n--b--\r\n');
    const named = await registrar.request({ method: 'POST', url: '/api/attachments', ...nulName });
    expect(named.json().error.details.fields[0]).toMatchObject({ path: 'file' });
    expect(await db.selectFrom('attachments').select('id').execute()).toEqual([]);
  });

  it('a NUL in a cell of a body or holiday import is a bad row naming its column', async () => {
    const form = (name: string, filename: string, content: string) =>
      multipart('c', `--c\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\n\r\n${content}\r\n--c--\r\n`);
    const orgs = await admin.request({
      method: 'POST',
      url: '/api/orgs/import',
      ...form('file', 'orgs.csv', `机构名称,机构类别,上级机构\n某\u0000局,职能部门,${tree.county.name}\n`),
    });
    expect(orgs.statusCode).toBe(400);
    expect(orgs.json().error).toMatchObject({ code: 'import_invalid', details: { rows: [{ row: 2, field: '机构名称' }] } });
    const holidays = await admin.request({
      method: 'POST',
      url: '/api/calendar/years/2033/import',
      ...form('file', 'days.csv', '日期,类型,名称\n2033-01-01,放假,元\u0000旦\n'),
    });
    expect(holidays.statusCode).toBe(400);
    expect(holidays.json().error).toMatchObject({ code: 'import_invalid', details: { rows: [{ row: 2, field: 'name' }] } });
  });

  it('what the database refuses as data is a 4xx without SQL, never a 500', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/cast' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', details: { reason: 'value_not_storable' } });
    expect(res.body).not.toMatch(/select|integer|syntax/i);
  });
});
