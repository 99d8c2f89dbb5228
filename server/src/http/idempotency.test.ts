import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { buildOrgTree, loginAs, petitionInput } from '../test/factories.js';
import { pruneIdempotencyKeys } from './idempotency.js';

const { app, db } = await createTestApp();
const tree = await buildOrgTree(db);
const registrar = await loginAs(app, db, tree.bureau, ['registrar']);

const register = (key: string | undefined, body = petitionInput(), headers: Record<string, string> = {}) =>
  registrar.request({
    method: 'POST',
    url: '/api/petitions',
    payload: body,
    headers: key === undefined ? headers : { ...headers, 'idempotency-key': key },
  });
const numberOf = (res: { json: () => unknown }) => (res.json() as { petition: { number: string } }).petition.number;
const petitionsTitled = async (title: string) =>
  (await db.selectFrom('petitions').select('number').where('title', '=', title).execute()).map((p) => p.number);

describe('a write sent again under its Idempotency-Key', () => {
  it('registers once: the repeat gets the first answer, same number and query code', async () => {
    const key = randomUUID();
    const body = petitionInput({ title: '幂等登记：重发一次' });
    const first = await register(key, body);
    expect(first.statusCode, first.body).toBe(201);
    const again = await register(key, body);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await petitionsTitled(body.title)).toEqual([numberOf(first)]);
    // The answer carries the query code, shown once: it is kept sealed, and the write's transaction marked the key.
    const row = await db.selectFrom('idempotency_keys').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ user_id: registrar.userId, written: true, status: 201 });
    const code = (first.json() as { queryCode: string }).queryCode;
    expect(row.body!.includes(Buffer.from(code))).toBe(false);
  });

  it('runs one of two concurrent requests; the other gets its answer (or is told it is in progress)', async () => {
    const key = randomUUID();
    const body = petitionInput({ title: '幂等登记：同时两次' });
    const answers = await Promise.all([register(key, body), register(key, body)]);
    const created = await petitionsTitled(body.title);
    expect(created).toHaveLength(1);
    for (const res of answers) {
      if (res.statusCode === 201) expect(numberOf(res)).toBe(created[0]);
      else expect(res.json()).toMatchObject({ error: { code: 'idempotency_in_progress' } });
    }
    expect(answers.map((r) => r.statusCode)).toContain(201);
  });

  it('waits for the first request still running and replays its answer', async () => {
    const key = randomUUID();
    const body = petitionInput({ title: '幂等登记：等待第一次' });
    const first = await register(key, body);
    // Take the answer away as if the first request were still running; it comes back a moment later.
    const { status, body: stored } = await db
      .selectFrom('idempotency_keys')
      .select(['status', 'body'])
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    await db.updateTable('idempotency_keys').set({ status: null }).where('key', '=', key).execute();
    setTimeout(() => void db.updateTable('idempotency_keys').set({ status, body: stored }).where('key', '=', key).execute(), 400);
    const again = await register(key, body);
    expect(again.statusCode).toBe(201);
    expect(numberOf(again)).toBe(numberOf(first));
    expect(await petitionsTitled(body.title)).toHaveLength(1);
  });

  it('refuses the same key with another body (422, the header at fault, in the caller’s language), writing nothing', async () => {
    const key = randomUUID();
    expect((await register(key, petitionInput({ title: '幂等登记：原来的' }))).statusCode).toBe(201);
    const other = await register(key, petitionInput({ title: '幂等登记：另一份' }), { 'accept-language': 'en' });
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({
      error: {
        code: 'idempotency_key_reused',
        message: expect.stringContaining('different request') as string,
        details: { fields: [{ path: 'Idempotency-Key', in: 'header' }] },
      },
    });
    expect(await petitionsTitled('幂等登记：另一份')).toEqual([]);
    const malformed = await register('short', petitionInput({ title: '幂等登记：坏的键' }));
    expect(malformed.json()).toMatchObject({ error: { code: 'idempotency_key_invalid' } });
    expect(await petitionsTitled('幂等登记：坏的键')).toEqual([]);
  });

  it('keys are per user: another user’s key of the same value is another action', async () => {
    const key = randomUUID();
    const other = await loginAs(app, db, tree.bureau, ['registrar']);
    const body = petitionInput({ title: '幂等登记：两个用户' });
    expect((await register(key, body)).statusCode).toBe(201);
    const res = await other.request({ method: 'POST', url: '/api/petitions', payload: body, headers: { 'idempotency-key': key } });
    expect(res.statusCode).toBe(201);
    expect(await petitionsTitled(body.title)).toHaveLength(2);
  });

  it('a refusal whose transaction rolled back is kept unwritten and replayed; without the header nothing changes', async () => {
    const key = randomUUID();
    const bad = petitionInput({ title: '幂等登记：被拒', categoryId: 2147483000 });
    const first = await register(key, bad);
    expect(first.statusCode).toBeGreaterThanOrEqual(400);
    expect(first.statusCode).toBeLessThan(500);
    expect(await db.selectFrom('idempotency_keys').select(['written', 'status']).where('key', '=', key).executeTakeFirst()).toEqual({
      written: false,
      status: first.statusCode,
    });
    const body = petitionInput({ title: '幂等登记：无键' });
    expect((await register(undefined, body)).statusCode).toBe(201);
    expect((await register(undefined, body)).statusCode).toBe(201);
    expect(await petitionsTitled(body.title)).toHaveLength(2);
  });

  it('keeps answers a day, then prunes them', async () => {
    const key = randomUUID();
    expect((await register(key, petitionInput({ title: '幂等登记：过期' }))).statusCode).toBe(201);
    await db
      .updateTable('idempotency_keys')
      .set({ created_at: sql<Date>`now() - interval '25 hours'` })
      .where('key', '=', key)
      .execute();
    expect(await pruneIdempotencyKeys(db)).toBe(1);
    expect(await db.selectFrom('idempotency_keys').select('key').where('key', '=', key).executeTakeFirst()).toBeUndefined();
  });
});
