import { addDays, chinaDate } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, buildOrgTree, loginAs, type Session } from '../../test/factories.js';
import { createClocksService } from '../deadlines/index.js';
import { createNotificationsService } from '../notifications/index.js';

const { app, db, config } = await createTestApp();
const tree = await buildOrgTree(db);
const quietVillage = await buildOrg(db, { parent: tree.township, kind: 'village', name: '测试镇安宁村村民委员会' });
const village = await loginAs(app, db, tree.village, ['registrar', 'handler']);
const quiet = await loginAs(app, db, quietVillage, ['registrar', 'handler']);
const township = await loginAs(app, db, tree.township, ['registrar', 'handler']);
const clocks = createClocksService({ db });
const notifications = createNotificationsService({ db, config });
const today = chinaDate(new Date());

async function register(s: Session, title: string) {
  const res = await s.request({
    method: 'POST',
    url: '/api/disputes',
    payload: {
      kind: 'neighbour',
      title,
      facts: '邻里因排水发生争执。',
      regionCode: '370724101',
      address: '村南街',
      foundOn: today,
      parties: [{ name: '赵某', claim: '改道排水' }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().dispute as { id: number };
}
const errorOf = (res: { json: () => { error: { code: string; details: { fields?: { path: string }[] } } } }) => ({
  code: res.json().error.code,
  field: res.json().error.details.fields?.[0]?.path,
});

describe('日排查日报告', () => {
  it('counts from the register, files once, and shows the township who has not filed', async () => {
    await register(village, '排水纠纷一');
    await register(village, '排水纠纷二');
    const draft = (await village.request({ method: 'GET', url: `/api/dispute-summaries/draft?period=day&on=${today}` })).json();
    expect(draft).toMatchObject({ figures: { found: 2, settled: 0, escalated: 0, open: 2, zero: false }, filed: null });
    const filed = await village.request({ method: 'POST', url: '/api/dispute-summaries', payload: { period: 'day', on: today, note: '' } });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().summary).toMatchObject({ found: 2, open: 2, zero: false });
    const again = await village.request({ method: 'POST', url: '/api/dispute-summaries', payload: { period: 'day', on: today, note: '' } });
    expect(errorOf(again).code).toBe('dispute_summary_filed');

    // A village with nothing found files a 零报告.
    const zero = await quiet.request({ method: 'POST', url: '/api/dispute-summaries', payload: { period: 'day', on: today, note: '无' } });
    expect(zero.json().summary).toMatchObject({ found: 0, zero: true });

    const filers = (await township.request({ method: 'GET', url: `/api/dispute-summaries/filers?period=day&on=${today}` })).json();
    const byName = Object.fromEntries(
      (filers.items as { org: { name: string }; summary: { found: number } | null }[]).map((i) => [i.org.name, i.summary?.found ?? null]),
    );
    expect(byName).toEqual({ 测试镇人民政府: null, 测试村村民委员会: 2, 测试镇安宁村村民委员会: 0 });
    expect(filers.missing).toBe(1);
    // A week's summary is of a week starting Monday; nothing is filed for days to come.
    const notMonday = [1, 2, 3, 4, 5, 6].map((n) => addDays(today, -n)).find((d) => new Date(`${d}T12:00:00+08:00`).getUTCDay() !== 1)!;
    expect(
      errorOf(await village.request({ method: 'POST', url: '/api/dispute-summaries', payload: { period: 'week', on: notMonday } })),
    ).toEqual({
      code: 'validation_failed',
      field: 'on',
    });
    expect(
      errorOf(await village.request({ method: 'GET', url: `/api/dispute-summaries/draft?period=day&on=${addDays(today, 1)}` })).field,
    ).toBe('on');
  });
});

describe('动态分析会', () => {
  it('records decisions as tasks that warn when overdue, are reported done by their body, and carry over to the agenda', async () => {
    const d = await register(village, '两户院墙纠纷');
    const outside = await buildOrg(db, { kind: 'government', name: '外县人民政府' });
    const bad = await township.request({
      method: 'POST',
      url: '/api/dispute-meetings',
      payload: {
        heldOn: today,
        chair: '镇党委副书记',
        notes: '研判',
        tasks: [{ orgId: outside.id, title: '越界', dueOn: addDays(today, 3) }],
      },
    });
    expect(errorOf(bad)).toEqual({ code: 'validation_failed', field: 'tasks.0.orgId' });
    const late = await township.request({
      method: 'POST',
      url: '/api/dispute-meetings',
      payload: {
        heldOn: today,
        chair: '镇党委副书记',
        notes: '研判',
        tasks: [{ orgId: tree.village.id, title: '现场查看', dueOn: today }],
      },
    });
    expect(errorOf(late)).toEqual({ code: 'validation_failed', field: 'tasks.0.dueOn' });

    const res = await township.request({
      method: 'POST',
      url: '/api/dispute-meetings',
      payload: {
        kind: 'analysis',
        heldOn: today,
        chair: '镇党委副书记',
        presentOrgIds: [tree.village.id, quietVillage.id],
        disputeIds: [d.id],
        notes: '研判本月矛盾纠纷，院墙纠纷须现场勘界。',
        tasks: [
          { orgId: tree.village.id, title: '组织双方现场勘界', dueOn: addDays(today, 1) },
          { orgId: tree.township.id, title: '协调国土所出具界址意见', dueOn: addDays(today, 10) },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const meeting = res.json().meeting;
    expect(meeting.disputes.map((x: { id: number }) => x.id)).toEqual([d.id]);
    expect(meeting.present.map((o: { name: string }) => o.name)).toEqual(['测试村村民委员会', '测试镇安宁村村民委员会']);
    const villageTask = meeting.tasks[0];
    expect(villageTask.clock).toMatchObject({ key: 'meeting_task', stoppedAt: null });

    // The village is told of its task; two days on it is overdue and warned, with a link to the meeting.
    await clocks.sweep(new Date(Date.now() + 3 * 86_400_000));
    await notifications.dispatch({ budgetMs: 5000 });
    const messages = (await village.request({ method: 'GET', url: '/api/messages' })).json().items as { title: string; link: string }[];
    expect(messages.filter((m) => m.link === `/disputes/meetings/${meeting.id}`).map((m) => m.title)).toEqual(
      expect.arrayContaining(['议定事项：组织双方现场勘界', '时限预警（已超期）：会议议定事项']),
    );
    expect((await township.request({ method: 'GET', url: '/api/dispute-meetings' })).json().monthlyDue).toBe(false);

    // Only the owner body reports it done; then its clock stops and it leaves the agenda.
    const notOwner = await township.request({
      method: 'POST',
      url: `/api/dispute-meetings/tasks/${villageTask.id}/done`,
      payload: { note: '已勘界' },
    });
    expect(notOwner.statusCode).toBe(409);
    const done = await village.request({
      method: 'POST',
      url: `/api/dispute-meetings/tasks/${villageTask.id}/done`,
      payload: { note: '已组织勘界。' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().meeting.tasks[0].clock.stoppedAt).not.toBeNull();
    const again = await village.request({
      method: 'POST',
      url: `/api/dispute-meetings/tasks/${villageTask.id}/done`,
      payload: { note: '再报' },
    });
    expect(errorOf(again).code).toBe('meeting_task_done');
    const agenda = (await township.request({ method: 'GET', url: '/api/dispute-meetings/agenda' })).json().carriedOver as {
      title: string;
    }[];
    expect(agenda.map((t) => t.title)).toEqual(['协调国土所出具界址意见']);
    // Another village sees no task of its own and not this meeting's tasks as its own.
    expect((await quiet.request({ method: 'GET', url: '/api/dispute-meetings/tasks' })).json().items).toEqual([]);
  });
});
