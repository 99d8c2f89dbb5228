import { addDays, chinaDate, endOfChinaDay } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, loginAs, petitionInput, validIdNumber, type Session } from '../../test/factories.js';
import { act, detail, type Json } from '../../test/workflow.js';
import { createCalendarService, createClocksService, dueAt } from '../deadlines/index.js';
import { createStatsService } from '../stats/index.js';

// When clocks start, what ends them, and what a 交办's own due date does (docs/WORKFLOW.md § Deadlines).
const { app, db, jobs } = await createTestApp({ NOTIFY_DISPATCH_DELAY_MS: '0' });
const clocks = createClocksService({ db });
const calendar = createCalendarService({ db });
const stats = createStatsService({ db });

const county = await buildOrg(db, { kind: 'government', name: '时限县人民政府' });
const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '时限县信访局' });
const dept = await buildOrg(db, { parent: county, kind: 'department', name: '时限县住房和城乡建设局' });
const registrar = await loginAs(app, db, bureau, ['registrar']);
const handler = await loginAs(app, db, dept, ['handler']);
const head = await loginAs(app, db, dept, ['leader']);
const leader = await loginAs(app, db, county, ['leader']);

const today = () => chinaDate(new Date());
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
let person = 0;

async function register(overrides: Record<string, unknown> = {}): Promise<Json> {
  person++;
  const res = await registrar.request({
    method: 'POST',
    url: '/api/petitions',
    payload: petitionInput({
      petitioners: [{ name: '孙时限', phone: '13700000000', idNumber: validIdNumber(300 + person) }],
      ...overrides,
    }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().petition;
}

const clock = (p: Json, key: string): Json => (p.clocks as Json[]).filter((c) => c.key === key).at(-1)!;
const clockRow = (petitionId: number, key: string) =>
  db.selectFrom('petition_clocks').selectAll().where('petition_id', '=', petitionId).where('key', '=', key).executeTakeFirstOrThrow();
const warnings = async (clockId: number) =>
  (await db.selectFrom('clock_warnings').select('grade').where('clock_id', '=', clockId).orderBy('grade').execute()).map((w) => w.grade);

async function warningMessages(s: Session, number: string): Promise<Json[]> {
  const res = await s.request({ method: 'GET', url: '/api/messages?limit=100' });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as Json[]).filter((m) => m.template === 'staff.deadline_warning' && String(m.body).includes(number));
}

async function dispatch() {
  await jobs.enqueue('notifications.dispatch', {});
  await jobs.idle();
}

describe('a clock that starts late warns at once (docs/WORKFLOW.md § Deadlines)', () => {
  it('a letter received long ago and registered today is overdue at once: one warning, one message, 曾超期 once', async () => {
    await stats.refresh();
    const overview = async () =>
      (
        await leader.request({ method: 'GET', url: `/api/stats/overview?orgId=${county.id}&from=${addDays(today(), -60)}&to=${today()}` })
      ).json().workflow;
    const before = await overview();
    const p = await register({
      channel: 'letter',
      receivedAt: ago(35),
      petitioners: [{ name: '孙来信', address: '时限县城关街道2号', idNumber: validIdNumber(399) }],
    });
    expect(clock(p, 'decide')).toMatchObject({ grade: 'overdue' });
    const row = await clockRow(p.id, 'decide');
    expect(row.grade).toBe('overdue');
    expect(await warnings(row.id)).toEqual(['overdue']);

    await dispatch();
    expect(await warningMessages(registrar, p.number)).toHaveLength(1);
    // The sweep finds the grade already recorded: it raises nothing again, and no second message follows.
    expect((await clocks.sweep()).warnings).toBe(0);
    await dispatch();
    expect(await warningMessages(registrar, p.number)).toHaveLength(1);
    expect(await warnings(row.id)).toEqual(['overdue']);

    await stats.refresh();
    const after = await overview();
    expect(after.overdue_ever.value).toBe(before.overdue_ever.value + 1);
    expect(after.overdue_now.value).toBe(before.overdue_now.value + 1);
  });

  it('a clock that starts due soon warns at once as due soon, and later once as overdue', async () => {
    // Thirteen of fifteen days gone: less than a fifth left.
    const p = await register({ receivedAt: ago(13) });
    const row = await clockRow(p.id, 'decide');
    expect(['due_soon', 'due_today']).toContain(row.grade);
    expect(await warnings(row.id)).toEqual([row.grade]);
    expect((await clocks.sweep()).warnings).toBe(0);
    await clocks.sweep(new Date(row.due_at.getTime() + 60_000));
    expect(await warnings(row.id)).toEqual([row.grade, 'overdue'].sort());
  });

  it('whatever event starts it: a handling clock started fifty days back warns at once, the petitioner’s window never', async () => {
    const p = await register();
    await clocks.onEvents(db, p.id, [{ name: 'received', orgId: dept.id }], new Date(ago(50)));
    const row = await clockRow(p.id, 'handle');
    expect(['due_soon', 'due_today']).toContain(row.grade);
    expect(await warnings(row.id)).toEqual([row.grade]);
    await clocks.onEvents(db, p.id, [{ name: 'decision_delivered', orgId: dept.id }], new Date(ago(29)));
    expect(await warnings((await clockRow(p.id, 'review_request')).id)).toEqual([]);
  });
});

describe('a hearing’s days are not counted, first and last included (条例 Art. 36)', () => {
  async function heard(from: string, to: string) {
    const p = await register();
    await act(registrar, p.id, 'forward', { toOrgId: dept.id, note: '请依法处理' });
    await act(handler, p.id, 'receive');
    await act(handler, p.id, 'record', { kind: 'hearing', occurredOn: today(), note: '举行听证', hearingFrom: from, hearingTo: to });
    return clockRow(p.id, 'handle');
  }
  // A pause of n days ends the 60-day clock where a clock of 60 + n days ends.
  const expected = async (started: Date, days: number) =>
    dueAt(await calendar.calendar(), started, 60 + days, 'calendar_day', { extendOverDaysOff: true }).dueAt;

  it('a hearing over five days adds five', async () => {
    const row = await heard(addDays(today(), 3), addDays(today(), 7));
    expect(row.due_at).toEqual(await expected(row.started_at, 5));
  });

  it('a one-day hearing adds one', async () => {
    const row = await heard(addDays(today(), 2), addDays(today(), 2));
    expect(row.due_at).toEqual(await expected(row.started_at, 1));
  });
});
