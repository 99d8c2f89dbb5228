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
