import { chinaDate, comingQuarters, type Role } from '@xinfang/domain';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { actorOfUser } from '../../auth/actor.js';
import type { Org } from '../../db/types.js';
import { createTestApp } from '../../test/app.js';
import { buildOrg, buildOrgTree, buildUser, loginAs } from '../../test/factories.js';
import { createCalendarService } from '../deadlines/index.js';
import { createReceptionPlansService } from './reception.plans.js';

const { app, db } = await createTestApp();
const tree = await buildOrgTree(db);
const admin = await loginAs(app, db, tree.county, ['admin']);
const bureau = await loginAs(app, db, tree.bureau, ['supervisor']);
const otherAdmin = await loginAs(app, db, tree.other, ['admin']);

/** An actor as the routes would make it, for the service called with a fixed "now". */
function actorFor(user: { id: number; username: string; orgId: number }, org: Org, roles: Role[]) {
  return actorOfUser(
    { id: user.id, username: user.username, display_name: user.username, org_id: org.id, org_path: org.path, org_name: org.name, roles },
    { ip: '127.0.0.1', requestId: 'test' },
  );
}
const leader = async (org: Org, username: string) => (await buildUser(db, { org, roles: ['leader'], username })).id;
async function place(orgId: number, name = '信访接待中心') {
  const res = await admin.request({
    method: 'POST',
    url: '/api/reception/places',
    payload: {
      orgId,
      name,
      address: '城关镇人民路 1 号',
      hours: '工作日 8:30—12:00',
      accessibility: '一楼，有无障碍坡道',
      mapUrl: 'https://map.example/1',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().place.id as number;
}
const fieldOf = (res: { json: () => { error: { code: string; details: { fields: { path: string }[] } } } }) =>
  res.json().error.details.fields[0]!.path;

// The HTTP tests plan the second coming quarter: whatever today is, it lies ahead and its deadline has not passed.
const [, ahead] = comingQuarters(chinaDate(new Date()));

describe('reception rules and places (administrator)', () => {
  it('gives the default rules, lets the top body’s administrator change one, audited, and refuses bad input', async () => {
    const rules = (await bureau.request({ method: 'GET', url: '/api/reception/rules' })).json().items;
    expect(rules.find((r: { level: string }) => r.level === 'county')).toMatchObject({
      cadence: 'weekdays',
      weekdays: [2, 4],
      publishLeadDays: 3,
    });
    const body = {
      cadence: 'weekly',
      weekdays: [1],
      perWeek: 2,
      startTime: '14:30',
      endTime: '17:30',
      capacity: 8,
      publishLeadDays: 5,
      leaderRoles: ['leader'],
    };
    const changed = await admin.request({ method: 'PUT', url: '/api/reception/rules/department', payload: body });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().rule).toMatchObject({ level: 'department', perWeek: 2, startTime: '14:30' });
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'reception.rule_updated').executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ perWeek: 1 });
    expect(audit.after).toMatchObject({ perWeek: 2 });
    // Put the default back for the other tests.
    await admin.request({
      method: 'PUT',
      url: '/api/reception/rules/department',
      payload: { ...body, perWeek: 1, weekdays: [3], startTime: '08:30', endTime: '12:00', capacity: 10, publishLeadDays: 3 },
    });

    const backwards = await admin.request({ method: 'PUT', url: '/api/reception/rules/county', payload: { ...body, endTime: '14:00' } });
    expect(backwards.statusCode).toBe(400);
    expect(fieldOf(backwards)).toBe('endTime');
    const notTop = await loginAs(app, db, tree.department, ['admin']);
    const refused = await notTop.request({ method: 'PUT', url: '/api/reception/rules/county', payload: body });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('global_setting_top_body_only');
  });

  it('keeps places per body, offers a body its own and those above, and refuses an unknown body or a bad map link', async () => {
    const hall = await place(tree.county.id, '县信访接待中心');
    const own = await place(tree.township.id, '镇综治中心');
    const listed = (await bureau.request({ method: 'GET', url: `/api/reception/places?orgId=${tree.township.id}` })).json().items;
    expect(listed.map((p: { id: number }) => p.id)).toEqual([own, hall]);

    const updated = await admin.request({
      method: 'PUT',
      url: `/api/reception/places/${own}`,
      payload: { orgId: tree.township.id, name: '镇综治中心', address: '镇政府院内', hours: '工作日', accessibility: '', mapUrl: null },
    });
    expect(updated.json().place).toMatchObject({ address: '镇政府院内', mapUrl: null });
    const badLink = await admin.request({
      method: 'POST',
      url: '/api/reception/places',
      payload: { orgId: tree.county.id, name: '甲', address: '乙', hours: '丙', mapUrl: 'javascript:alert(1)' },
    });
    expect(fieldOf(badLink)).toBe('mapUrl');
    const elsewhere = await otherAdmin.request({
      method: 'POST',
      url: '/api/reception/places',
      payload: { orgId: tree.county.id, name: '甲', address: '乙', hours: '丙' },
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(fieldOf(elsewhere)).toBe('orgId');
    expect((await otherAdmin.request({ method: 'POST', url: `/api/reception/places/${own}/remove` })).statusCode).toBe(404);
  });
});

describe('generating a plan from the calendar (Q1 2027, Spring Festival)', () => {
  it('plans every working day of a township, the make-up Saturday included, around a leader’s leave', async () => {
    const town = await buildOrg(db, { parent: tree.county, kind: 'township', name: '春节镇人民政府' });
    const [a, b] = [await leader(town, 'chun_a'), await leader(town, 'chun_b')];
    const townPlace = await place(town.id);
    // The 2027 arrangement entered for this test: 元旦 1–3 January, Spring Festival 5–13 February, Saturday 20 February worked.
    const days = [
      ...['01', '02', '03'].map((d) => ({ date: `2027-01-${d}`, kind: 'holiday', name: '元旦' })),
      ...['05', '06', '07', '08', '09', '10', '11', '12', '13'].map((d) => ({ date: `2027-02-${d}`, kind: 'holiday', name: '春节' })),
      { date: '2027-02-20', kind: 'workday', name: '春节' },
    ];
    const entered = await admin.request({
      method: 'PUT',
      url: '/api/calendar/years/2027',
      payload: { notice: '测试用 2027 年安排', days },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    const leave = await bureau.request({
      method: 'POST',
      url: '/api/reception/unavailability',
      payload: { leaderId: a, from: '2027-02-19', to: '2027-02-22', kind: 'leave' },
    });
    expect(leave.statusCode, leave.body).toBe(201);

    const plans = createReceptionPlansService({ db, calendar: createCalendarService({ db }) });
    const user = await buildUser(db, { org: tree.bureau, roles: ['supervisor'] });
    const actor = actorFor(user, tree.bureau, ['supervisor']);
    const now = new Date('2026-12-06T10:00:00+08:00');
    const plan = await plans.generate(actor, { orgId: town.id, year: 2027, quarter: 1, placeId: townPlace }, now);
    // 20 + 15 + 23 working days; b receives alone from 19 to 22 February, the make-up Saturday among them.
    expect(plan.slots).toHaveLength(58);
    expect(plan.calendarKnown).toBe(true);
    const on = (d: string) => plan.slots.find((s) => s.date === d);
    expect(on('2027-01-01')).toBeUndefined();
    expect(on('2027-02-08')).toBeUndefined();
    expect(['2027-02-19', '2027-02-20', '2027-02-22'].map((d) => on(d)?.leaderIds)).toEqual([[b], [b], [b]]);
    expect(on('2027-01-04')).toMatchObject({ startTime: '08:30', endTime: '12:00', capacity: 10, mode: 'in_person', placeId: townPlace });
    expect(plan.violations).toEqual([]);
    expect(plan.deadline).toBe('2026-12-28');

    // Published a day after the deadline: late, and so it needs the confirmation.
    const late = new Date('2026-12-29T10:00:00+08:00');
    await expect(plans.publish(actor, plan.id, { confirmViolations: false, reason: null }, late)).rejects.toMatchObject({
      code: 'reception_violations_unconfirmed',
      details: { violations: [{ kind: 'published_late', date: '2026-12-29', deadline: '2026-12-28' }] },
    });
    const published = await plans.publish(actor, plan.id, { confirmViolations: true, reason: null }, late);
    expect(published.version).toBe(1);
    const version = await db.selectFrom('reception_plan_versions').selectAll().where('plan_id', '=', plan.id).executeTakeFirstOrThrow();
    expect(version.violations).toEqual([{ kind: 'published_late', date: '2026-12-29', deadline: '2026-12-28' }]);
    // A slot is never planned in the past, even inside the plan's quarter.
    const slot = {
      date: '2027-01-05',
      startTime: '14:30',
      endTime: '17:00',
      placeId: townPlace,
      leaderIds: [a],
      capacity: 5,
      mode: 'in_person' as const,
      meetingUrl: null,
      reason: '补充一次',
    };
    await expect(plans.addSlot(actor, plan.id, slot, new Date('2027-01-10T10:00:00+08:00'))).rejects.toMatchObject({
      details: { fields: [{ path: 'date', message: '不能安排已经过去的时间' }] },
    });
    // A published plan is changed slot by slot, not generated again.
    await expect(plans.generate(actor, { orgId: town.id, year: 2027, quarter: 1, placeId: townPlace }, now)).rejects.toMatchObject({
      code: 'reception_plan_published',
    });
  });
});

describe('a plan from generation to its public schedule', () => {
  it('generates, refuses bad slots, publishes, logs changes after publication and republishes them as a new version', async () => {
    const dept = await buildOrg(db, { parent: tree.county, kind: 'department', name: '县民政局' });
    const [a, b] = [await leader(dept, 'mz_a'), await leader(dept, 'mz_b')];
    const deptPlace = await place(dept.id, '民政局接待室');
    const generate = (payload: Record<string, unknown>) =>
      bureau.request({
        method: 'POST',
        url: '/api/reception/plans/generate',
        payload: { orgId: dept.id, ...ahead, placeId: deptPlace, ...payload },
      });

    // Bad input: a quarter not coming, an unknown body, a body that holds no reception days, a place of another county.
    const thisQuarter = await generate({ year: ahead!.year - 1 });
    expect([thisQuarter.statusCode, fieldOf(thisQuarter)]).toEqual([400, 'quarter']);
    expect(fieldOf(await generate({ orgId: 2_000_000 }))).toBe('orgId');
    expect(fieldOf(await generate({ orgId: tree.village.id }))).toBe('orgId');
    const foreign = await otherAdmin.request({
      method: 'POST',
      url: '/api/reception/places',
      payload: { orgId: tree.otherDepartment.id, name: '另县', address: '乙', hours: '丙' },
    });
    expect(fieldOf(await generate({ placeId: foreign.json().place.id }))).toBe('placeId');

    const generated = await generate({});
    expect(generated.statusCode, generated.body).toBe(200);
    const plan = generated.json().plan;
    expect(plan.version).toBe(0);
    expect(plan.slots.length).toBeGreaterThanOrEqual(12);
    expect(plan.leaders.map((l: { id: number }) => l.id)).toEqual([a, b]);
    // Taken in turn: a, b, a, …
    expect(plan.slots.slice(0, 3).map((s: { leaderIds: number[] }) => s.leaderIds[0])).toEqual([a, b, a]);
    const [first, second] = plan.slots;
    const slot = (overrides: Record<string, unknown>) => ({
      date: first.date,
      startTime: '14:30',
      endTime: '17:00',
      placeId: deptPlace,
      leaderIds: [a],
      capacity: 5,
      mode: 'in_person',
      meetingUrl: null,
      reason: null,
      ...overrides,
    });
    const add = (payload: Record<string, unknown>) =>
      bureau.request({ method: 'POST', url: `/api/reception/plans/${plan.id}/slots`, payload });
    const past = await add(slot({ date: '2020-01-07' }));
    expect(fieldOf(past)).toBe('date');
    expect(fieldOf(await add(slot({ capacity: 0 })))).toBe('capacity');
    expect(fieldOf(await add(slot({ leaderIds: [admin.userId] })))).toBe('leaderIds.0');
    expect(fieldOf(await add(slot({ startTime: '10:00', endTime: '11:00', leaderIds: [first.leaderIds[0]] })))).toBe('leaderIds');
    expect(fieldOf(await add(slot({ mode: 'video' })))).toBe('meetingUrl');
    const video = await add(slot({ mode: 'video', meetingUrl: 'https://meeting.example/room/1' }));
    expect(video.statusCode, video.body).toBe(200);
    expect(video.json().plan.slots).toHaveLength(plan.slots.length + 1);

    // Drafts never reach the public.
    const publicSchedule = async () => (await app.inject({ method: 'GET', url: `/api/public/reception/${dept.id}` })).json();
    expect((await publicSchedule()).slots).toEqual([]);
    expect((await app.inject({ method: 'GET', url: '/api/public/reception' })).json().items).not.toContainEqual(
      expect.objectContaining({ orgId: dept.id }),
    );

    // Removing the second week's reception leaves that week short: publishing shows it and asks for confirmation.
    const removed = await bureau.request({ method: 'POST', url: `/api/reception/slots/${second.id}/remove`, payload: {} });
    expect(removed.json().plan.violations).toContainEqual(expect.objectContaining({ kind: 'week_short', planned: 0, required: 1 }));
    const publish = (payload: Record<string, unknown>) =>
      bureau.request({ method: 'POST', url: `/api/reception/plans/${plan.id}/publish`, payload });
    const unconfirmed = await publish({});
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json().error.code).toBe('reception_violations_unconfirmed');
    expect(unconfirmed.json().error.details.violations[0]).toMatchObject({ kind: 'week_short' });
    const v1 = await publish({ confirmViolations: true });
    expect(v1.statusCode, v1.body).toBe(200);
    expect(v1.json().plan).toMatchObject({ version: 1, unpublished: false, changes: [] });
    const shown = await publicSchedule();
    expect(shown.slots).toHaveLength(plan.slots.length);
    expect(shown.slots[0]).toMatchObject({
      id: first.id,
      placeName: '民政局接待室',
      leaders: [`用户mz_${first.leaderIds[0] === a ? 'a' : 'b'}`],
    });
    // The video slot is shown, its meeting link is not (nor in the feed): it is for those booked.
    expect(shown.slots.find((s: { mode: string }) => s.mode === 'video')).not.toHaveProperty('meetingUrl');
    expect(JSON.stringify(shown)).not.toContain('meeting.example');

    // After publication a change needs its reason, is logged, and stays private until republished.
    const move = slot({ date: first.date, startTime: '09:00', endTime: '11:30', leaderIds: first.leaderIds, capacity: first.capacity });
    const noReason = await bureau.request({ method: 'PUT', url: `/api/reception/slots/${first.id}`, payload: move });
    expect(fieldOf(noReason)).toBe('reason');
    const moved = await bureau.request({
      method: 'PUT',
      url: `/api/reception/slots/${first.id}`,
      payload: { ...move, reason: '领导临时参加防汛会议，推迟半小时' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().plan).toMatchObject({
      unpublished: true,
      changes: [{ slotId: first.id, kind: 'changed', publishedVersion: null }],
    });
    expect((await publicSchedule()).slots[0]).toMatchObject({ id: first.id, startTime: first.startTime });
    expect(fieldOf(await publish({ confirmViolations: true }))).toBe('reason');
    const v2 = await publish({ confirmViolations: true, reason: '调整一次接访时间' });
    expect(v2.json().plan).toMatchObject({ version: 2, unpublished: false, changes: [{ slotId: first.id, publishedVersion: 2 }] });
    expect((await publicSchedule()).slots[0]).toMatchObject({ id: first.id, startTime: '09:00', endTime: '11:30' });
    const again = await publish({ confirmViolations: true, reason: '再次公布' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'reception_plan_unchanged']);
    const audit = await db
      .selectFrom('audit_events')
      .select('after')
      .where('action', '=', 'reception.plan_published')
      .where('object_id', '=', String(plan.id))
      .orderBy('seq')
      .execute();
    expect(audit.map((r) => r.after)).toMatchObject([{ version: 1 }, { version: 2, changedSlots: [first.id], reason: '调整一次接访时间' }]);

    // The iCalendar feed of the same published slots: RFC 5545 as a parser reads it.
    const feed = await app.inject({ method: 'GET', url: `/api/public/reception/${dept.id}/calendar.ics` });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.body).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(plan.slots.length);
    const firstEvent = events.find((e) => e.uid.startsWith(`reception-slot-${first.id}@`))!;
    expect(firstEvent.startDate.toJSDate().toISOString()).toBe(new Date(`${first.date}T09:00:00+08:00`).toISOString());
    expect(firstEvent.location).toContain('民政局接待室');
    expect(firstEvent.description).toContain('未预约也可以直接来访');
    expect(feed.body).not.toContain('meeting.example');
  });

  it('answers 404 for a body unknown to the public, and nothing but published slots for a known one', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/public/reception/2000000' })).statusCode).toBe(404);
    const empty = await app.inject({ method: 'GET', url: `/api/public/reception/${tree.other.id}/calendar.ics` });
    expect(empty.statusCode).toBe(200);
    expect(new ICAL.Component(ICAL.parse(empty.body)).getAllSubcomponents('vevent')).toEqual([]);
  });
});
