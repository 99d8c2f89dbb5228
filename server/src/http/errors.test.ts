import { OUTCOMES, ORG_KIND_ZH } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorCatalogue } from '../errors.js';
import { TEMPLATES, render } from '../features/notifications/notifications.templates.js';
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

  it('the checks of zod speak Chinese: types in words, enumerations by their labels, no codes', async () => {
    const res = await admin.request({ method: 'POST', url: '/api/orgs', payload: { parentId: 'x', kind: 'ministry', name: '测试局' } });
    const fields = Object.fromEntries(
      (res.json().error.details.fields as { path: string; message: string }[]).map((f) => [f.path, f.message]),
    );
    expect(fields.parentId).toBe('应为数字');
    expect(fields.kind).toBe(
      `应为以下之一：${Object.values(ORG_KIND_ZH)
        .map((l) => `“${l}”`)
        .join('、')}`,
    );
    expect(z.enum(OUTCOMES).safeParse('maybe').error!.issues[0]!.message).toBe('应为以下之一：“予以支持”、“解释说明”、“不予支持”');
    // An impossible date is named as such, not as "期望 date，实际接收 Date".
    expect(z.date().safeParse(new Date('2026-02-30x')).error!.issues[0]!.message).toBe('日期无效，请填写实际存在的日期');
    expect(z.object({ a: z.string() }).safeParse({}).error!.issues[0]!.message).toBe('必填');
    expect(z.string().max(5).safeParse('一二三四五六').error!.issues[0]!.message).toBe('最多5个字');
  });

  it('no message ends a sentence twice (“。。”): the catalogue and the notice templates', () => {
    const texts = [
      ...Object.values(errorCatalogue).flatMap((e) => [e.zh, e.en]),
      ...Object.values(TEMPLATES).flatMap((t) => [t.subject, t.body]),
    ];
    expect(texts.filter((t) => /[。！？]。|\.\./.test(t))).toEqual([]);
    // A reason typed with its own full stop does not get a second one.
    expect(render('staff.returned', { reason: '不属于本单位职责。' }).body).toMatch(/理由：不属于本单位职责。请重新确定办理机关。$/);
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
