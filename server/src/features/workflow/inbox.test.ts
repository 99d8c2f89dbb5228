import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrgTree, loginAs, petitionInput, type Session } from '../../test/factories.js';
import type { Json } from '../../test/workflow.js';

const { app, db } = await createTestApp();
const tree = await buildOrgTree(db);
const registrar: Session = await loginAs(app, db, tree.bureau, ['registrar']);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The order the 分办 section must give: the ids by due time (overdue first), then those without a clock by registration. */
let expected: number[] = [];

const get = async (url: string) => {
  const res = await registrar.request({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Json;
};

beforeAll(async () => {
  // 60 matters waiting for the bureau's routing decision, received over the last 60 days, oldest first.
  const ids: number[] = [];
  for (let i = 0; i < 60; i++) {
    const res = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ receivedAt: new Date(Date.now() - (60 - i) * DAY).toISOString(), title: `待分办事项第${i + 1}件` }),
    });
    expect(res.statusCode, res.body).toBe(201);
    ids.push((res.json() as { petition: { id: number } }).petition.id);
  }
  // Mixed clocks: the ten oldest have no open duty (stopped), ten are overdue, the rest come due later the older
  // they are, so today's registrations are the most urgent of those still running.
  const now = Date.now();
  const due = new Map<number, number>();
  for (const [i, id] of ids.entries()) {
    if (i < 10) {
      await db.updateTable('petition_clocks').set({ stopped_at: new Date(), stop_event: 'test' }).where('petition_id', '=', id).execute();
      continue;
    }
    const at = i < 20 ? now - (i + 1) * HOUR : now + (70 - i) * 6 * HOUR;
    due.set(id, at);
    await db
      .updateTable('petition_clocks')
      .set({ due_at: new Date(at) })
      .where('petition_id', '=', id)
      .where('stopped_at', 'is', null)
      .execute();
  }
  const running = [...due].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  expected = [...running, ...ids.slice(0, 10)];
});

describe('待办 sections by urgency', () => {
  it('starts each section with the overdue, then the soonest due, and gives its true size', async () => {
    const inbox = await get('/api/inbox');
    const route = inbox.sections.route as Json[];
    expect(inbox.totals.route).toBe(60);
    expect(route).toHaveLength(50);
    expect(route.map((p) => p.id)).toEqual(expected.slice(0, 50));
    // The overdue come first, each row carrying its due time and grade.
    expect(route.slice(0, 10).map((p) => p.deadline.grade)).toEqual(Array(10).fill('overdue'));
    expect(route[10]!.deadline.grade).not.toBe('overdue');
    expect(inbox.nextCursors.route).toEqual(expect.any(String));
    expect(inbox.totals.handle).toBe(0);
    expect(inbox.nextCursors.handle).toBeNull();
  });

  it('pages through a whole section, every row exactly once, in that order', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await get(`/api/inbox/route?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.total).toBe(60);
      seen.push(...(page.items as Json[]).map((p) => p.id as number));
      cursor = page.nextCursor as string | null;
      pages++;
    } while (cursor && pages < 20);
    expect(pages).toBe(9);
    expect(seen).toEqual(expected);
  });

  it('refuses a cursor of another sort and an unknown section', async () => {
    const listCursor = Buffer.from(JSON.stringify([0, Date.now(), 1])).toString('base64url');
    const res = await registrar.request({ method: 'GET', url: `/api/inbox/route?cursor=${listCursor}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', details: { fields: [{ path: 'cursor' }] } });
    expect((await registrar.request({ method: 'GET', url: '/api/inbox/nothing' })).statusCode).toBe(400);
  });

  it('sorts the work list by due time too, with the same pager', async () => {
    const first = await get('/api/petitions?sort=dueAt&order=asc&limit=30');
    const second = await get(`/api/petitions?sort=dueAt&order=asc&limit=30&cursor=${first.nextCursor}`);
    const all = [...(first.items as Json[]), ...(second.items as Json[])].map((p) => p.id);
    expect(all).toEqual(expected);
  });

  it('counts what the work list shows, with the same filters', async () => {
    expect((await get('/api/petitions/count')).total).toBe(60);
    const overdue = await get('/api/petitions?deadline=overdue&limit=200');
    expect((await get('/api/petitions/count?deadline=overdue')).total).toBe(overdue.items.length);
    expect(overdue.items).toHaveLength(10);
    const res = await registrar.request({ method: 'GET', url: '/api/petitions/count?deadline=late' });
    expect(res.statusCode).toBe(400);
  });
});
