import { addDays, chinaDate, type Role } from '@xinfang/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { actorOfUser } from '../../auth/actor.js';
import type { Org } from '../../db/types.js';
import { createTestApp } from '../../test/app.js';
import { buildOrg, buildOrgTree, buildUser, login, loginAs, registerPetition, type Session } from '../../test/factories.js';
import { createCalendarService } from '../deadlines/index.js';
import { createNotificationsService } from '../notifications/index.js';
import { createDutyService } from './reception.duty.js';

const { app, db, config } = await createTestApp();
const tree = await buildOrgTree(db);
const admin = await loginAs(app, db, tree.county, ['admin']);
const otherAdmin = await loginAs(app, db, tree.other, ['admin']);
// The dispatcher as the job runs it: each swap step's messages are delivered when a test says so.
const notifications = createNotificationsService({ db, config });
const duty = createDutyService({ db, calendar: createCalendarService({ db }), notifications });
/** The titles of a user's in-app messages, newest first, after the outbox is dispatched. */
async function inbox(s: Session) {
  await notifications.dispatch({ budgetMs: 5000 });
  return ((await s.request({ method: 'GET', url: '/api/messages' })).json().items as { title: string; body: string; link: string }[]).map(
    (m) => `${m.title}｜${m.body}｜${m.link}`,
  );
}

/** A township with two leaders, two middle managers and three desk officers (registrars), each able to log in. */
async function township(name: string) {
  const org = await buildOrg(db, { parent: tree.county, kind: 'township', name });
  const person = (roles: Role[]) => buildUser(db, { org, roles });
  const leaders = [await person(['leader']), await person(['leader'])];
  const managers = [await person(['supervisor']), await person(['supervisor'])];
  const officers = [await person(['registrar']), await person(['registrar']), await person(['registrar'])];
  return { org, leaders, managers, officers };
}
type Town = Awaited<ReturnType<typeof township>>;
const settingsOf = (t: Town, extra: Record<string, unknown> = {}) => ({
  rotation: { leader: t.leaders.map((u) => u.id), manager: t.managers.map((u) => u.id), officer: t.officers.map((u) => u.id) },
  officersPerShift: 1,
  roundTheClock: true,
  dayStart: '08:30',
  dayEnd: '17:30',
  ...extra,
});
async function setUp(t: Town) {
  const res = await admin.request({ method: 'PUT', url: `/api/duty/settings/${t.org.id}`, payload: settingsOf(t) });
  expect(res.statusCode, res.body).toBe(200);
}
function actorFor(user: { id: number; username: string }, org: Org, roles: Role[]) {
  return actorOfUser(
    { id: user.id, username: user.username, display_name: user.username, org_id: org.id, org_path: org.path, org_name: org.name, roles },
    { ip: '127.0.0.1', requestId: 'test' },
  );
}
const errorOf = (res: { json: () => { error: { code: string; details: { fields?: { path: string }[] } } } }) => {
  const { code, details } = res.json().error;
  return { code, field: details.fields?.[0]?.path };
};
const today = chinaDate(new Date());
// Far enough ahead that every shift of the range is in the future whatever the hour.
const ahead = addDays(today, 10);

describe('generating a roster over National Day 2026 (calendar as chinese-days has it)', () => {
  it('puts day shifts on working days, the make-up Saturday included, 24-hour shifts on the holidays, and skips leave', async () => {
    const t = await township('国庆值班镇人民政府');
    await setUp(t);
    const [o1, o2, o3] = t.officers.map((o) => o.id);
    // The second officer is on leave 29–30 September, entered as the reception days' unavailability is.
    const leave = await admin.request({
      method: 'POST',
      url: '/api/reception/unavailability',
      payload: { leaderId: o2, from: '2026-09-29', to: '2026-09-30', kind: 'leave', note: '' },
    });
    expect(leave.statusCode, leave.body).toBe(201);
    const actor = actorFor({ id: admin.userId, username: 'admin' }, tree.county, ['admin']);
    const shifts = await duty.generate(actor, { orgId: t.org.id, from: '2026-09-28', to: '2026-10-11' }, new Date('2026-09-01T00:00:00Z'));
    const officers = shifts.filter((s) => s.role === 'officer');
    // Queue 1,2,3. 28th: 1. 29th, 30th: 2 away → 3, then 1. From 1 October: 2 (first since), 3, 1, 2, …
    expect(officers.map((s) => [s.date, s.kind, s.userId])).toEqual([
      ['2026-09-28', 'day', o1],
      ['2026-09-29', 'day', o3],
      ['2026-09-30', 'day', o1],
      ['2026-10-01', 'full', o2],
      ['2026-10-02', 'full', o3],
      ['2026-10-03', 'full', o1],
      ['2026-10-04', 'full', o2],
      ['2026-10-05', 'full', o3],
      ['2026-10-06', 'full', o1],
      ['2026-10-07', 'full', o2],
      ['2026-10-08', 'day', o3],
      ['2026-10-09', 'day', o1],
      ['2026-10-10', 'day', o2],
      ['2026-10-11', 'full', o3],
    ]);
    expect(officers[3]).toMatchObject({ startsAt: '2026-10-01 08:30', endsAt: '2026-10-02 08:30' });
    expect(officers[12]).toMatchObject({ startsAt: '2026-10-10 08:30', endsAt: '2026-10-10 17:30' });
    expect(
      shifts
        .filter((s) => s.role === 'leader')
        .map((s) => s.userId)
        .slice(0, 3),
    ).toEqual([t.leaders[0]!.id, t.leaders[1]!.id, t.leaders[0]!.id]);

    // Generating again replaces the shifts (retired, kept) and continues nobody's turn twice.
    const again = await duty.generate(actor, { orgId: t.org.id, from: '2026-10-08', to: '2026-10-11' }, new Date('2026-09-01T00:00:00Z'));
    expect(again.filter((s) => s.role === 'officer').map((s) => s.userId)).toEqual([o3, o1, o2, o3]);
    const kept = await db
      .selectFrom('duty_shifts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('org_id', '=', t.org.id)
      .executeTakeFirstOrThrow();
    expect(Number(kept.n)).toBe(14 * 3 + 4 * 3);
    const events = await db.selectFrom('duty_events').select('kind').where('org_id', '=', t.org.id).orderBy('id').execute();
    expect(events.map((e) => e.kind)).toEqual(['settings_updated', 'generated', 'generated']);

    // The month printed: a row a day, the 24-hour shift ending the next day, the names of those on duty.
    const file = await admin.request({ method: 'GET', url: `/api/duty/roster.xlsx?orgId=${t.org.id}&month=2026-10` });
    expect(file.statusCode, file.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('值班表')!;
    expect(sheet.getCell('A1').value).toBe('国庆值班镇人民政府 2026 年 10 月值班表');
    expect(sheet.getRow(2).values).toEqual([undefined, '日期', '星期', '班次', '带班领导', '值班中层', '值日员']);
    const name = (id: number) => `用户${[...t.leaders, ...t.managers, ...t.officers].find((u) => u.id === id)!.username}`;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '2026-10-01',
      '星期四',
      '24小时值班 08:30—次日 08:30',
      name(shifts.find((s) => s.date === '2026-10-01' && s.role === 'leader')!.userId),
      name(shifts.find((s) => s.date === '2026-10-01' && s.role === 'manager')!.userId),
      name(o2!),
    ]);
    expect((sheet.getRow(12).values as unknown[])[3]).toBe('日间值班 08:30—17:30');
    expect(sheet.rowCount).toBe(2 + 11);
  });
});

describe('bad input', () => {
  it('refuses an unknown body, a stranger, an empty rotation, a range over a year or not ahead, in Chinese and English', async () => {
    const t = await township('错误输入镇人民政府');
    const stranger = await buildUser(db, { org: tree.department, roles: ['registrar'] });
    const put = (orgId: number, payload: object, lang?: string) =>
      admin.request({ method: 'PUT', url: `/api/duty/settings/${orgId}`, payload, headers: lang ? { 'accept-language': lang } : {} });

    const unknown = await put(999_999, settingsOf(t));
    expect([unknown.statusCode, errorOf(unknown)]).toEqual([400, { code: 'duty_body_unknown', field: 'orgId' }]);
    expect(unknown.json().error.message).toContain('机构不存在');
    const elsewhere = await otherAdmin.request({ method: 'PUT', url: `/api/duty/settings/${t.org.id}`, payload: settingsOf(t) });
    expect(errorOf(elsewhere)).toEqual({ code: 'duty_body_unknown', field: 'orgId' });

    const withStranger = settingsOf(t);
    withStranger.rotation.officer = [t.officers[0]!.id, stranger.id];
    const notOfBody = await put(t.org.id, withStranger, 'en');
    expect([notOfBody.statusCode, errorOf(notOfBody)]).toEqual([400, { code: 'duty_person_not_of_body', field: 'rotation.officer.1' }]);
    expect(notOfBody.json().error.message).toBe('The person is not active staff of that body.');

    const empty = settingsOf(t);
    empty.rotation.manager = [];
    expect(errorOf(await put(t.org.id, empty))).toEqual({ code: 'duty_rotation_empty', field: 'rotation.manager' });
    expect(errorOf(await put(t.org.id, settingsOf(t, { officersPerShift: 4 })))).toEqual({
      code: 'duty_rotation_empty',
      field: 'rotation.officer',
    });
    expect(await db.selectFrom('duty_settings').selectAll().where('org_id', '=', t.org.id).execute()).toEqual([]);

    const generate = (payload: object) => admin.request({ method: 'POST', url: '/api/duty/generate', payload });
    const missing = await generate({ orgId: t.org.id, from: ahead, to: addDays(ahead, 6) });
    expect([missing.statusCode, errorOf(missing).code]).toEqual([409, 'duty_settings_missing']);
    await setUp(t);
    const long = await generate({ orgId: t.org.id, from: ahead, to: addDays(ahead, 366) });
    expect([long.statusCode, errorOf(long)]).toEqual([400, { code: 'duty_range_too_long', field: 'to' }]);
    const started = await generate({ orgId: t.org.id, from: today, to: addDays(today, 6) });
    expect([started.statusCode, errorOf(started)]).toEqual([400, { code: 'duty_range_not_ahead', field: 'from' }]);
    const backwards = await generate({ orgId: t.org.id, from: addDays(ahead, 6), to: ahead });
    expect(errorOf(backwards)).toEqual({ code: 'validation_failed', field: 'to' });
    expect(await db.selectFrom('duty_shifts').selectAll().where('org_id', '=', t.org.id).execute()).toEqual([]);
  });
});

describe('swaps with approval', () => {
  it('changes the roster only once the colleague accepted and a leader of the body approved; every step an event', async () => {
    const t = await township('换班镇人民政府');
    await setUp(t);
    const generated = await admin.request({
      method: 'POST',
      url: '/api/duty/generate',
      payload: { orgId: t.org.id, from: ahead, to: addDays(ahead, 13) },
    });
    expect(generated.statusCode, generated.body).toBe(200);
    const shifts: { id: number; role: string; userId: number; date: string }[] = generated.json().shifts;
    const [o1, o2, o3] = await Promise.all(t.officers.map((o) => login(app, o.username)));
    const [a, b, c] = t.officers.map((o) => o.id) as [number, number, number];
    const mine = shifts.find((s) => s.role === 'officer' && s.userId === a)!;
    const theirs = shifts.find((s) => s.role === 'officer' && s.userId === b)!;
    const swap = (s: Session, payload: Record<string, unknown>) => s.request({ method: 'POST', url: '/api/duty/swaps', payload });

    // Bad requests first: with oneself, someone else's shift, a colleague of another body.
    expect(errorOf(await swap(o1!, { shiftId: mine.id, colleagueId: a, reason: '家中有事' }))).toEqual({
      code: 'duty_swap_self',
      field: 'colleagueId',
    });
    const notOwn = await swap(o1!, { shiftId: theirs.id, colleagueId: c, reason: '家中有事' });
    expect([notOwn.statusCode, errorOf(notOwn)]).toEqual([403, { code: 'duty_swap_not_own', field: 'shiftId' }]);
    const outsider = await buildUser(db, { org: tree.township, roles: ['registrar'] });
    expect(errorOf(await swap(o1!, { shiftId: mine.id, colleagueId: outsider.id, reason: '家中有事' }))).toEqual({
      code: 'duty_person_not_of_body',
      field: 'colleagueId',
    });

    const asked = await swap(o1!, { shiftId: mine.id, colleagueId: b, counterShiftId: theirs.id, reason: '家中有事' });
    expect(asked.statusCode, asked.body).toBe(200);
    const id = asked.json().swap.id as number;
    expect(asked.json().swap).toMatchObject({ state: 'requested', shiftId: mine.id, counterShiftId: theirs.id });
    expect(errorOf(await swap(o1!, { shiftId: mine.id, colleagueId: c, reason: '再换' })).code).toBe('duty_swap_pending');

    // Only the colleague answers; a leader decides only what was accepted.
    const leader = await login(app, t.leaders[0]!.username);
    expect(errorOf(await leader.request({ method: 'POST', url: `/api/duty/swaps/${id}/approve`, payload: {} })).code).toBe(
      'duty_swap_state',
    );
    const notColleague = await o3!.request({ method: 'POST', url: `/api/duty/swaps/${id}/accept` });
    expect([notColleague.statusCode, errorOf(notColleague).code]).toEqual([403, 'duty_swap_not_colleague']);
    // The colleague asked is told, in-app, with a link to the roster; no one else.
    expect(await inbox(o2!)).toEqual([
      expect.stringMatching(/^换班请求：.+值日员｜.+请您替换.+值日员的值班，与其.+的值班互换，理由：家中有事。.+｜\/reception\?tab=duty$/),
    ]);
    expect(await inbox(o3!)).toEqual([]);
    const accepted = await o2!.request({ method: 'POST', url: `/api/duty/swaps/${id}/accept` });
    expect(accepted.json().swap.state).toBe('accepted');
    // Then the body's leaders, who decide it.
    for (const l of t.leaders) expect(await inbox(await login(app, l.username))).toEqual([expect.stringMatching(/^换班待审批：/)]);
    const rosterNow = async () =>
      (await admin.request({ method: 'GET', url: `/api/duty/roster?orgId=${t.org.id}&from=${ahead}&to=${addDays(ahead, 13)}` })).json();
    expect((await rosterNow()).shifts.find((s: { id: number }) => s.id === mine.id).userId).toBe(a);

    // A party to the swap may not decide it (not even a leader), nor a leader of another body.
    const countyLeader = await loginAs(app, db, tree.county, ['leader']);
    const foreign = await countyLeader.request({ method: 'POST', url: `/api/duty/swaps/${id}/approve`, payload: {} });
    expect([foreign.statusCode, errorOf(foreign).code]).toEqual([403, 'duty_swap_not_entitled']);
    const party = await o1!.request({ method: 'POST', url: `/api/duty/swaps/${id}/approve`, payload: {} });
    expect(party.statusCode).toBe(403);

    const approved = await leader.request({ method: 'POST', url: `/api/duty/swaps/${id}/approve`, payload: { note: '同意' } });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().swap).toMatchObject({ state: 'approved', decidedBy: { id: t.leaders[0]!.id }, note: '同意' });
    // Both parties hear the decision.
    for (const p of [o1!, o2!]) expect((await inbox(p))[0]).toMatch(/^换班审批结果：.+已批准，值班表已随之调整。意见：同意｜/);
    const after = (await rosterNow()).shifts as { id: number; date: string; role: string; userId: number }[];
    expect(after.find((s) => s.date === mine.date && s.role === 'officer')!.userId).toBe(b);
    expect(after.find((s) => s.date === theirs.date && s.role === 'officer')!.userId).toBe(a);
    // Nothing deleted: the old shifts are retired and their successors name them.
    const old = await db.selectFrom('duty_shifts').selectAll().where('id', 'in', [mine.id, theirs.id]).execute();
    expect(old.every((s) => s.removed_at !== null)).toBe(true);
    const successors = await db
      .selectFrom('duty_shifts')
      .select(['replaces_id', 'user_id'])
      .where('replaces_id', 'in', [mine.id, theirs.id])
      .orderBy('replaces_id')
      .execute();
    expect(successors).toEqual(
      [
        { replaces_id: mine.id, user_id: b },
        { replaces_id: theirs.id, user_id: a },
      ].sort((x, y) => x.replaces_id - y.replaces_id),
    );
    const events = await db.selectFrom('duty_events').select('kind').where('swap_id', '=', id).orderBy('id').execute();
    expect(events.map((e) => e.kind)).toEqual(['swap_requested', 'swap_accepted', 'swap_approved']);
    const audit = await db
      .selectFrom('audit_events')
      .select('action')
      .where('object_type', '=', 'duty_swap')
      .where('object_id', '=', String(id))
      .execute();
    expect(audit.map((e) => e.action).sort()).toEqual(['duty.swap_accepted', 'duty.swap_approved', 'duty.swap_requested']);

    // A refused swap leaves the roster alone; a shift already past cannot be swapped.
    const second = (
      await swap(o3!, { shiftId: shifts.find((s) => s.role === 'officer' && s.userId === c)!.id, colleagueId: a, reason: '调休' })
    ).json().swap.id;
    await o1!.request({ method: 'POST', url: `/api/duty/swaps/${second}/accept` });
    const refused = await leader.request({ method: 'POST', url: `/api/duty/swaps/${second}/refuse`, payload: { note: '人手不足' } });
    expect(refused.json().swap.state).toBe('refused');
    const past = await db
      .insertInto('duty_shifts')
      .values({
        org_id: t.org.id,
        duty_date: '2026-01-05',
        role: 'officer',
        kind: 'day',
        starts_at: new Date('2026-01-05T00:30:00Z'),
        ends_at: new Date('2026-01-05T09:30:00Z'),
        user_id: a,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const tooLate = await swap(o1!, { shiftId: past.id, colleagueId: b, reason: '补换' });
    expect([tooLate.statusCode, errorOf(tooLate)]).toEqual([409, { code: 'duty_swap_past', field: 'shiftId' }]);
  });
});

describe('shift ownership of new matters', () => {
  it('puts a matter registered on a shift in its desk officer’s 本班次登记 until it is routed, and nothing without a roster', async () => {
    const t = await township('值日登记镇人民政府');
    await setUp(t);
    const shifts = (
      await admin.request({ method: 'POST', url: '/api/duty/generate', payload: { orgId: t.org.id, from: ahead, to: addDays(ahead, 2) } })
    ).json().shifts as { id: number; role: string; userId: number; startsAt: string }[];
    const first = shifts.find((s) => s.role === 'officer')!;
    const [registrar, other] = await Promise.all([login(app, t.officers[1]!.username), login(app, t.officers[2]!.username)]);
    const owner = await login(app, t.officers.find((o) => o.id === first.userId)!.username);
    // Registered "during" the first shift: the registration time is set one hour into it.
    const { petition } = await registerPetition(registrar!);
    const onShift = new Date(new Date(`${first.startsAt.replace(' ', 'T')}:00+08:00`).getTime() + 3_600_000);
    await db.updateTable('petitions').set({ created_at: onShift }).where('id', '=', petition.id).execute();

    const inbox = (s: typeof owner) => s.request({ method: 'GET', url: '/api/duty/mine' }).then((r) => r.json());
    expect((await inbox(owner)).matters).toEqual([expect.objectContaining({ id: petition.id, status: 'registered', shiftId: first.id })]);
    expect((await inbox(owner)).shifts.map((s: { id: number }) => s.id)).toContain(first.id);
    const someoneElse = first.userId === t.officers[2]!.id ? registrar! : other!;
    expect((await inbox(someoneElse)).matters).toEqual([]);
    const owners = await registrar!.request({ method: 'GET', url: `/api/duty/petitions/${petition.id}/owners` });
    expect(owners.json().items).toEqual([expect.objectContaining({ userId: first.userId, shiftId: first.id })]);

    // Routed: no longer the shift's.
    const { version } = await db.selectFrom('petitions').select('version').where('id', '=', petition.id).executeTakeFirstOrThrow();
    const accepted = await registrar!.request({
      method: 'POST',
      url: `/api/petitions/${petition.id}/actions/accept`,
      payload: { version },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await inbox(owner)).matters).toEqual([]);
    expect((await registrar!.request({ method: 'GET', url: `/api/duty/petitions/${petition.id}/owners` })).json().items).toEqual([]);

    // A body without a roster: nobody owns its matters.
    const county = await loginAs(app, db, tree.bureau, ['registrar']);
    const { petition: elsewhere } = await registerPetition(county);
    expect((await county.request({ method: 'GET', url: `/api/duty/petitions/${elsewhere.id}/owners` })).json().items).toEqual([]);
    // And a matter the reader may not see is not found.
    expect((await otherAdmin.request({ method: 'GET', url: `/api/duty/petitions/${elsewhere.id}/owners` })).statusCode).toBe(403);
  });
});

describe('the leader’s calendar (我的日程)', () => {
  it('gives a month of the leader’s published reception slots, duty shifts and days off, nothing of drafts', async () => {
    const t = await township('日程镇人民政府');
    await setUp(t);
    // Everything on one day, so the month asked holds it all whatever today is.
    const day = addDays(ahead, 1);
    const month = day.slice(0, 7);
    await admin.request({ method: 'POST', url: '/api/duty/generate', payload: { orgId: t.org.id, from: day, to: day } });
    const leader = t.leaders[0]!;
    await admin.request({
      method: 'POST',
      url: '/api/reception/unavailability',
      payload: { leaderId: leader.id, from: day, to: day, kind: 'meeting', note: '县委会议' },
    });
    const placeRow = await db
      .insertInto('reception_places')
      .values({ org_id: t.org.id, name: '镇综治中心', address: '镇政府院内', hours: '工作日' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const plan = (version: number, quarter: number) =>
      db
        .insertInto('reception_plans')
        .values({ org_id: t.org.id, year: 2090 + version, quarter, version, created_by: admin.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
    const slot = (planId: number, day: string) =>
      db
        .insertInto('reception_slots')
        .values({
          plan_id: planId,
          starts_at: new Date(`${day}T08:30:00+08:00`),
          ends_at: new Date(`${day}T12:00:00+08:00`),
          place_id: placeRow.id,
          mode: 'in_person',
          capacity: 10,
          leader_ids: [leader.id],
        })
        .execute();
    await slot((await plan(1, 1)).id, day);
    await slot((await plan(0, 2)).id, day); // a draft: not shown
    const session = await login(app, leader.username);
    const res = await session.request({ method: 'GET', url: `/api/duty/calendar?month=${month}` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.receptions).toEqual([
      expect.objectContaining({
        date: addDays(ahead, 1),
        startsAt: `${addDays(ahead, 1)} 08:30`,
        placeName: '镇综治中心',
        orgName: '日程镇人民政府',
      }),
    ]);
    expect(body.shifts.map((s: { date: string; role: string }) => [s.date, s.role])).toEqual([[day, 'leader']]);
    expect(body.unavailability).toEqual([expect.objectContaining({ from: day, kind: 'meeting', note: '县委会议' })]);
    const bad = await session.request({ method: 'GET', url: '/api/duty/calendar?month=2026-13' });
    expect([bad.statusCode, errorOf(bad).field]).toEqual([400, 'month']);
  });
});
