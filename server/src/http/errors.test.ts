import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { buildOrgTree, loginAs } from '../test/factories.js';

const { app, db } = await createTestApp({ BODY_LIMIT_BYTES: '2048' });
app.get('/api/test/boom', { config: { access: { public: true } } }, async () => {
  throw new Error('connection to 10.1.2.3 failed: password for user secret_db_user');
});
const tree = await buildOrgTree(db);
const admin = await loginAs(app, db, tree.county, ['admin']);

describe('error responses', () => {
  it('malformed JSON is 400 invalid_json', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/orgs',
      headers: { 'content-type': 'application/json' },
      payload: '{"parentId": 1,',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'invalid_json', message: '请求内容不是有效的 JSON。', details: {} } });
  });

  it('a body over the limit is 413 payload_too_large', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/orgs',
      payload: { parentId: tree.county.id, kind: 'department', name: '局'.repeat(3000) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('validation errors name each field at fault, in Chinese by default and English on request', async () => {
    const payload = { parentId: 'x', kind: 'department', name: '测试局' };
    const zh = await admin.request({ method: 'POST', url: '/api/orgs', payload });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error).toMatchObject({ code: 'validation_failed', details: { fields: [{ path: 'parentId', in: 'body' }] } });
    expect(zh.json().error.details.fields[0].message).toMatch(/[\u4e00-\u9fa5]/);
    const en = await admin.request({ method: 'POST', url: '/api/orgs', payload, headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.json().error.message).toBe('Some fields are invalid; see the details.');
    expect(en.json().error.details.fields[0].message).toMatch(/expected number/i);
  });

  it('unknown fields are refused and named', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/orgs',
      payload: { parentId: tree.county.id, kind: 'department', name: '测试局', isAdmin: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields).toEqual([{ path: 'isAdmin', in: 'body', message: '不允许的字段' }]);
  });

  it('query parameters are validated too', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/users?pageSize=100000' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0]).toMatchObject({ path: 'pageSize', in: 'querystring' });
  });

  it('unknown errors are 500 with a request id and no internals', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.error.code).toBe('internal_error');
    expect(body.error.details.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body).not.toMatch(/10\.1\.2\.3|secret_db_user|stack|Error:/);
  });

  it('unknown API paths are 404 in the same shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/no/such/thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

describe('health and API docs', () => {
  it('reports version and database state', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'same-origin' });
    expect(res.json()).toMatchObject({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/), database: { ok: true } });
  });

  it('serves the OpenAPI document and the browsable UI', async () => {
    const json = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(json.statusCode).toBe(200);
    const doc = json.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/orgs', '/api/users', '/api/audit/events']));
    const ui = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/html/);
  });
});
