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
    await clocks.onEvents(db, { petitionId: p.id }, [{ name: 'received', orgId: dept.id }], new Date(ago(50)));
    const row = await clockRow(p.id, 'handle');
    expect(['due_soon', 'due_today']).toContain(row.grade);
    expect(await warnings(row.id)).toEqual([row.grade]);
    await clocks.onEvents(db, { petitionId: p.id }, [{ name: 'decision_delivered', orgId: dept.id }], new Date(ago(29)));
    expect(await warnings((await clockRow(p.id, 'review_request')).id)).toEqual([]);
  });
});

describe('the due date of a 交办 is the handling clock’s due time when earlier than the statute’s', () => {
  it('drives the clock: one due time, set by the assigning body, graded and warned; an extension does not pass it', async () => {
    const p = await register();
    const date = addDays(today(), 10);
    const assigned = (await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '请于限定日期前办结', dueDate: date }))
      .petition;
    expect(assigned.workflow.assignments.at(-1)).toMatchObject({ mode: 'assign', dueAt: endOfChinaDay(date).toISOString() });
    const received = (await act(handler, p.id, 'receive')).petition;
    expect(clock(received, 'handle')).toMatchObject({
      dueAt: endOfChinaDay(date).toISOString(),
      setBy: 'assigner',
      grade: 'normal',
      stoppedAt: null,
    });
    // Its last fifth and past its end, the sweep warns as for any clock, and the warning reaches the handling body.
    const row = await clockRow(p.id, 'handle');
    expect((await clocks.sweep(new Date(row.due_at.getTime() + 60_000))).warnings).toBeGreaterThanOrEqual(1);
    expect(await warnings(row.id)).toEqual(['overdue']);
    await dispatch();
    expect(await warningMessages(handler, p.number)).toHaveLength(1);

    // The body's own leader lengthens the statutory period; the assigning body's date stays the due time.
    await act(handler, p.id, 'requestExtension', { days: 20, reason: '需委托房屋安全鉴定。' });
    const extended = (await act(head, p.id, 'approveExtension', { approve: true, note: '同意' })).petition;
    expect(clock(extended, 'handle')).toMatchObject({ dueAt: endOfChinaDay(date).toISOString(), setBy: 'assigner' });
  });

  it('without a date the statute’s clock is the one deadline, and the assignment names none of its own', async () => {
    const p = await register();
    const assigned = (await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '请依法处理' })).petition;
    expect(assigned.workflow.assignments.at(-1).dueAt).toBeNull();
    const received = (await act(handler, p.id, 'receive')).petition;
    const cal = await calendar.calendar();
    const row = await clockRow(p.id, 'handle');
    expect(clock(received, 'handle')).toMatchObject({
      setBy: 'statute',
      dueAt: dueAt(cal, row.started_at, 60, 'calendar_day', { extendOverDaysOff: true }).dueAt.toISOString(),
    });
  });

  it('a date later than the statute’s is refused, naming the field; nothing is written', async () => {
    const p = await register();
    const res = await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '请依法处理', dueDate: addDays(today(), 120) }, 400);
    expect(res.error).toMatchObject({ code: 'assign_due_after_statute', details: { fields: [{ path: 'dueDate' }] } });
    const en = await registrar.request({
      method: 'POST',
      url: `/api/petitions/${p.id}/actions/assign`,
      headers: { 'accept-language': 'en' },
      payload: {
        version: (await detail(registrar, p.id)).version,
        toOrgId: dept.id,
        requirements: '请依法处理',
        dueDate: addDays(today(), 120),
      },
    });
    expect(en.json().error.message).toMatch(/outer limit/);
    const after = await detail(registrar, p.id);
    expect(after).toMatchObject({ status: 'registered', version: p.version });
    expect(after.workflow.assignments).toEqual([]);
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
