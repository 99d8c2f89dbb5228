import { addDays, bimonthOf, bimonthsOf, chinaDate } from '@xinfang/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Org } from '../../db/types.js';
import { createTestApp } from '../../test/app.js';
import { buildOrg, buildPublishedSlots, buildUser, loginAs, registerPetition, validIdNumber, type Session } from '../../test/factories.js';
import { act, DECISION, type Json } from '../../test/workflow.js';
import { createStatsService } from '../stats/index.js';

const { app, db } = await createTestApp();
const stats = createStatsService({ db });

const gov = await buildOrg(db, { kind: 'government', name: '合规县人民政府' });
const bureau = await buildOrg(db, { parent: gov, kind: 'bureau', name: '合规县信访局' });
const dept = await buildOrg(db, { parent: gov, kind: 'department', name: '合规县住建局' });
const town = await buildOrg(db, { parent: gov, kind: 'township', name: '合规镇人民政府' });
const other = await buildOrg(db, { kind: 'government', name: '合规无关县人民政府' });
const desk = await loginAs(app, db, bureau, ['registrar', 'supervisor']);
const handler = await loginAs(app, db, dept, ['handler']);
const clerk = await loginAs(app, db, dept, ['registrar']);
const leaderA = (await buildUser(db, { org: gov, roles: ['leader'], username: 'compliance-a' })).id;
const leaderB = (await buildUser(db, { org: gov, roles: ['leader'], username: 'compliance-b' })).id;
const leaderT = (await buildUser(db, { org: town, roles: ['leader'], username: 'compliance-t' })).id;
const today = chinaDate(new Date());

// Two weeks of March 2026 (no holiday): Monday 2 to Sunday 15.
const period = { from: '2026-03-02', to: '2026-03-15' };
const qs = (q: Record<string, string | number | number[]>) =>
  new URLSearchParams(
    Object.entries(q).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, String(x)]) : [[k, String(v)]])),
  ).toString();

/** Published plans of the body with 08:30–12:00 slots on the days (each in its quarter's plan), each for its leader. */
const publishedPlan = (org: Org, slots: [string, number][]) =>
  buildPublishedSlots(
    db,
    org,
    desk.userId,
    slots.map(([day, leader]) => ({ startsAt: new Date(`${day}T08:30:00+08:00`), leaderIds: [leader] })),
  );

let visitorNo = 0;
const visitors = (n: number) =>
  Array.from({ length: n }, () => ({ name: `来访人${++visitorNo}`, idType: 'id_card', idNumber: validIdNumber(300 + visitorNo) }));
const matter = (decision: string, extra: Json = {}) => ({
  title: `反映事项${++visitorNo}`,
  content: '反映的具体情况。',
  type: 'appeal',
  decision,
  instruction: decision === 'legal_route' ? '属于民事纠纷。' : '请依法处理并答复。',
  ...(decision === 'assigned' ? { orgId: dept.id, dueDate: addDays(today, 10) } : {}),
  ...(decision === 'legal_route' ? { legalRoute: 'litigation' } : {}),
  ...extra,
});
async function record(body: Json) {
  const res = await desk.request({
    method: 'POST',
    url: '/api/reception/records',
    payload: { place: '接待室', raised: '反映的问题。', ...body, heldAt: `${body.heldAt}T09:00:00+08:00` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { record: Json; queryCodes: { petitionId: number; number: string; queryCode: string }[] };
}
async function rate(saved: { queryCodes: { number: string; queryCode: string }[] }, rating: string) {
  const { number, queryCode } = saved.queryCodes[0]!;
  const track = await app.inject({ method: 'POST', url: '/api/public/track', payload: { number, queryCode } });
  const res = await app.inject({
    method: 'POST',
    url: '/api/public/rating',
    headers: { 'x-portal-token': track.json().token },
    payload: { target: 'handling', rating, ...(rating === 'dissatisfied' ? { reasons: '答复不够具体。' } : {}) },
  });
  expect(res.statusCode, res.body).toBe(200);
}
/** The department receives, decides, delivers and concludes; `late`: its handling clock ran out before the decision. */
async function conclude(petitionId: number, late: boolean) {
  await act(handler, petitionId, 'receive');
  if (late)
    await db
      .updateTable('petition_clocks')
      .set({ due_at: new Date(Date.now() - 86_400_000) })
      .where('petition_id', '=', petitionId)
      .where('stopped_at', 'is', null)
      .execute();
  await act(handler, petitionId, 'decide', DECISION);
  await act(handler, petitionId, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: today });
  await act(handler, petitionId, 'conclude', { report: '已办结。' });
}
const petitionOf = (saved: { record: Json }, i = 0) => saved.record.matters[i].petition.id as number;

/*
 * The fixture, by hand. County leaders A and B: Tuesdays and Thursdays by the plan; township leader T daily.
 *   A planned 03-03, 03-10; B planned 03-05, 03-12; T planned 03-02, 03-03; (A 03-17 is outside the period).
 * R1 leader   A 03-03 on A's slot  3 visitors  M1 assigned → concluded on time, rated 满意; M2 solved
 * R2 joint    A 03-10, no slot     2 visitors  M3 assigned → concluded late, rated 不满意   (A's planned day: held)
 * R3 leader   B 03-06 (Friday)     1 visitor   M4 legal route                        (B not on the plan: unscheduled)
 * R4 outreach B 03-09              4 visitors  M5 assigned, not concluded
 * R5 约访     A 03-11              1 visitor   M6 solved, linked to the existing petition P0
 * R6 leader   T 03-02 on T's slot  1 visitor   M7 solved
 * A: planned 2, held 2, missed 0; 批次 3 (R1 R2 R5), 人次 6; 约访 1; matters 4: solved 2 (M2 M6), assigned 2, concluded 2,
 *    on time 1, rated 2, satisfied 1.
 * B: planned 2, held 0, missed 2 (03-05, 03-12); unscheduled 1; outreach 1; 批次 2, 人次 5; matters 2: assigned 1
 *    (not concluded), legal route 1.
 * County level = A + B: planned 4, held 2, missed 2; 批次 5, 人次 11; matters 6.
 * T: planned 2, held 1, missed 1 (03-03); 批次 1, 人次 1; matters 1 (solved).
 * Rules on what was held (days before today: the whole period): the county's weeks need Tuesday and Thursday — the
 * week of 03-02 was led on 03-03 and 03-06 (2 of 2: kept), that of 03-09 only on 03-10 (outreach and 约访 are no
 * reception days): week_short 1 of 2. The township's working days 03-02…03-13 were led on 03-02 only: 9 days without.
 */
const [slotA] = await publishedPlan(gov, [
  ['2026-03-03', leaderA],
  ['2026-03-05', leaderB],
  ['2026-03-10', leaderA],
  ['2026-03-12', leaderB],
  ['2026-03-17', leaderA],
]);
const [townSlot] = await publishedPlan(town, [
  ['2026-03-02', leaderT],
  ['2026-03-03', leaderT],
]);
const p0 = (await registerPetition(desk)).petition.id as number;
const r1 = await record({
  kind: 'leader',
  slotId: slotA,
  heldAt: '2026-03-03',
  leaderIds: [leaderA],
  visitors: visitors(3),
  matters: [matter('assigned'), matter('solved')],
});
const r2 = await record({
  kind: 'joint',
  heldAt: '2026-03-10',
  leaderIds: [leaderA],
  presentOrgIds: [dept.id],
  visitors: visitors(2),
  matters: [matter('assigned')],
});
const r3 = await record({
  kind: 'leader',
  heldAt: '2026-03-06',
  leaderIds: [leaderB],
  visitors: visitors(1),
  matters: [matter('legal_route')],
});
const r4 = await record({
  kind: 'outreach',
  heldAt: '2026-03-09',
  leaderIds: [leaderB],
  visitors: visitors(4),
  matters: [matter('assigned')],
});
await record({
  kind: 'invitation',
  heldAt: '2026-03-11',
  leaderIds: [leaderA],
  petitionId: p0,
  visitors: visitors(1),
  matters: [matter('solved', { petitionId: p0 })],
});
await record({
  kind: 'leader',
  slotId: townSlot,
  heldAt: '2026-03-02',
  leaderIds: [leaderT],
  visitors: visitors(1),
  matters: [matter('solved')],
});
expect([r1.record.unscheduled, r2.record.unscheduled, r3.record.unscheduled]).toEqual([false, false, true]);
await conclude(petitionOf(r1), false);
await rate(r1, 'satisfied');
await conclude(petitionOf(r2), true);
await rate(r2, 'dissatisfied');
await stats.refresh();

async function get(s: Session, url: string, status = 200): Promise<Json> {
  const res = await s.request({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const report = async (q: Json = {}) =>
  (await get(desk, `/api/reception/compliance?${qs({ orgId: gov.id, ...period, ...q })}`)).report as Json;
const counts = (t: Json) => [t.planned, t.held, t.missed, t.upcoming, t.unscheduled, t.outreach, t.invitation, t.batches, t.persons];
const matters = (t: Json) => [t.raised, t.solved, t.assigned, t.legal_route, t.concluded, t.on_time, t.rated, t.satisfied];

describe('the compliance figures against the hand-computed fixture', () => {
  it('counts planned against held per leader and level, visitors as context, and the matters by how they ended', async () => {
    const r = await report();
    expect(r.title).toBe('合规县人民政府领导接访工作合规情况报告（2026年3月2日至2026年3月15日）');
    expect(r.checkedTo).toBe(period.to);
    const row = (id: number) => r.leaders.find((l: Json) => l.leader.id === id);
    expect(r.leaders.map((l: Json) => l.leader.id)).toEqual([leaderA, leaderB]);
    expect(counts(row(leaderA))).toEqual([2, 2, 0, 0, 0, 0, 1, 3, 6]);
    expect(matters(row(leaderA).matters)).toEqual([4, 2, 2, 0, 2, 1, 2, 1]);
    expect(counts(row(leaderB))).toEqual([2, 0, 2, 0, 1, 1, 0, 2, 5]);
    expect(matters(row(leaderB).matters)).toEqual([2, 0, 1, 1, 0, 0, 0, 0]);
    expect(r.levels).toHaveLength(1);
    expect(r.levels[0].level).toBe('county');
    expect(counts(r.levels[0])).toEqual([4, 2, 2, 0, 1, 1, 1, 5, 11]);
    expect(counts(r.total)).toEqual(counts(r.levels[0]));
    expect(matters(r.total.matters)).toEqual([6, 2, 3, 1, 2, 1, 2, 1]);
    expect(r.missed.map((m: Json) => [m.date, m.leader.id])).toEqual([
      ['2026-03-05', leaderB],
      ['2026-03-12', leaderB],
    ]);
    expect(r.violations).toEqual([
      { org: { id: gov.id, name: gov.name }, level: 'county', kind: 'week_short', date: '2026-03-09', held: 1, required: 2 },
    ]);
  });

  it('with the bodies below: the township’s leader and its working days without one', async () => {
    const r = await report({ subordinates: 'true' });
    const t = r.leaders.find((l: Json) => l.leader.id === leaderT);
    expect(t).toMatchObject({ level: 'township', org: { id: town.id } });
    expect(counts(t)).toEqual([2, 1, 1, 0, 0, 0, 0, 1, 1]);
    expect(matters(t.matters)).toEqual([1, 1, 0, 0, 0, 0, 0, 0]);
    expect(r.levels.map((l: Json) => l.level)).toEqual(['county', 'township']);
    expect(counts(r.total)).toEqual([6, 3, 3, 0, 1, 1, 1, 6, 12]);
    // Bodies without a leader (the bureau, the department) have no plan to keep.
    expect(r.violations.filter((v: Json) => v.org.id === town.id).map((v: Json) => [v.kind, v.date])).toEqual(
      ['03', '04', '05', '06', '09', '10', '11', '12', '13'].map((d) => ['day_without_leader', `2026-03-${d}`]),
    );
    expect(r.violations.every((v: Json) => [gov.id, town.id].includes(v.org.id))).toBe(true);
  });

  it('a period not yet over counts the slots still to come as upcoming and checks the rules up to yesterday', async () => {
    // B was planned yesterday and did not receive (missed); A is planned tomorrow (not yet due).
    await publishedPlan(gov, [
      [addDays(today, -1), leaderB],
      [addDays(today, 1), leaderA],
    ]);
    const r = await report({ from: addDays(today, -1), to: addDays(today, 5) });
    expect(r.checkedTo).toBe(addDays(today, -1));
    const row = (id: number) => r.leaders.find((l: Json) => l.leader.id === id);
    expect(counts(row(leaderA)).slice(0, 4)).toEqual([1, 0, 0, 1]);
    expect(counts(row(leaderB)).slice(0, 4)).toEqual([1, 0, 1, 0]);
    expect(r.missed.map((m: Json) => [m.date, m.leader.id])).toEqual([[addDays(today, -1), leaderB]]);
    const none = await report({ from: addDays(today, 1), to: addDays(today, 5) });
    expect([none.checkedTo, none.violations]).toEqual([null, []]);
  });

  it('each matter figure drills to exactly its petitions in the work list', async () => {
    const list = async (figure: string, leaders: number[]) =>
      (
        (
          await get(
            desk,
            `/api/petitions?${qs({ receptionFigure: figure, receptionLeader: leaders, receptionFrom: period.from, receptionTo: period.to })}`,
          )
        ).items as Json[]
      )
        .map((p) => p.id)
        .sort();
    expect(await list('on_time', [leaderA])).toEqual([petitionOf(r1)]);
    expect(await list('concluded', [leaderA, leaderB])).toEqual([petitionOf(r1), petitionOf(r2)].sort());
    expect(await list('satisfied', [leaderA])).toEqual([petitionOf(r1)]);
    expect(await list('legal_route', [leaderA, leaderB])).toEqual([petitionOf(r3)]);
    expect(await list('raised', [leaderB])).toEqual([petitionOf(r3), petitionOf(r4)].sort());
    const r = await report();
    expect((await list('raised', r.total.leaderIds)).length).toBe(r.total.matters.raised);
    // A figure without its leaders and days is refused, not read as every petition.
    const bad = await desk.request({ method: 'GET', url: `/api/petitions?${qs({ receptionFigure: 'raised', receptionLeader: leaderA })}` });
    expect(bad.statusCode).toBe(400);
  });

  it('the 批次, unscheduled, outreach and 约访 figures drill to their records', async () => {
    const records = async (q: Json) =>
      ((await get(desk, `/api/reception/compliance/records?${qs({ orgId: gov.id, ...period, ...q })}`)).items as Json[]).map((x) => x.id);
    expect(await records({ figure: 'unscheduled' })).toEqual([r3.record.id]);
    expect(await records({ figure: 'outreach', leaderId: leaderB })).toEqual([r4.record.id]);
    expect(await records({ figure: 'batches', leaderId: leaderA })).toHaveLength(3);
    expect(await records({ figure: 'batches', level: 'county' })).toHaveLength(5);
  });
});

describe('bad input', () => {
  it('answers a clear 4xx and the code of the field at fault', async () => {
    const status = async (q: Json, s: Session = desk) =>
      (await s.request({ method: 'GET', url: `/api/reception/compliance?${qs({ orgId: gov.id, ...period, ...q })}` })).statusCode;
    expect(await status({ orgId: 999_999 })).toBe(400);
    expect(await status({ orgId: other.id })).toBe(400);
    expect(await status({ from: '2026-03-15', to: '2026-03-01' })).toBe(400);
    expect(await status({ from: '2025-01-01', to: '2026-03-01' })).toBe(400);
    expect(await status({ to: '2026-02-30' })).toBe(400);
    // Who does not plan reception days does not get the report.
    expect(await status({}, clerk)).toBe(403);
    const res = await desk.request({
      method: 'GET',
      url: `/api/reception/compliance?${qs({ ...period, orgId: gov.id, to: '2026-03-01' })}`,
    });
    expect(res.json().error.details.fields[0].path).toBe('to');
  });
});

describe('the two-month periods', () => {
  it('name 1–2月 … 11–12月 and title the report as a 通报', async () => {
    expect(bimonthsOf(2026).map((b) => `${b.first}/${b.last}`)).toEqual([
      '2026-01-01/2026-02-28',
      '2026-03-01/2026-04-30',
      '2026-05-01/2026-06-30',
      '2026-07-01/2026-08-31',
      '2026-09-01/2026-10-31',
      '2026-11-01/2026-12-31',
    ]);
    expect(bimonthOf('2028-02-29')).toEqual({ first: '2028-01-01', last: '2028-02-29' });
    const r = await report({ from: '2026-03-01', to: '2026-04-30' });
    expect(r.title).toBe('合规县人民政府2026年3—4月领导接访工作情况通报');
  });
});

describe('the exports', () => {
  it('Excel: the leaders’ sheet reads back with the figures', async () => {
    const res = await desk.request({ method: 'GET', url: `/api/reception/compliance.xlsx?${qs({ orgId: gov.id, ...period })}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('filename*=UTF-8');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('领导接访情况')!;
    expect(sheet.getCell('A1').value).toBe('合规县人民政府领导接访工作合规情况报告（2026年3月2日至2026年3月15日）');
    const total = sheet.getRow(sheet.rowCount).values as unknown[];
    expect(total[1]).toBe('合计');
    expect(total.slice(4, 13)).toEqual([4, 2, 2, 0, 1, 1, 1, 5, 11]);
    expect(wb.getWorksheet('违反接访规则情况')!.getRow(3).getCell(3).value).toBe('周接访次数不足');
    expect(wb.getWorksheet('未按计划接访')!.rowCount).toBe(4);
  });

  it('Word: the formal title, the tables and the 落款', async () => {
    const res = await desk.request({
      method: 'GET',
      url: `/api/reception/compliance.docx?${qs({ orgId: gov.id, from: '2026-03-01', to: '2026-04-30' })}`,
    });
    expect(res.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('合规县人民政府2026年3—4月领导接访工作情况通报');
    expect(text).toContain('本期计划安排领导接访5次，按计划接访2次，未按计划接访3次');
    expect(text).toContain('领导个人接访计划执行情况');
    expect(text).toContain('接待来访群众5批次、11人次');
    expect(text).toContain('交办事项已办结2件，其中按期办结1件；参评2件，其中满意1件');
    // The body in 仿宋 as every official document here.
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('仿宋');
    expect(text).toContain(`合规县人民政府${new Date().getFullYear()}年`);
  });
});
