import { addDays, chinaDate } from '@xinfang/domain';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, loginAs, validIdNumber, type Session } from '../../test/factories.js';
import { docxText } from '../../test/files.js';

// Seven disputes of two villages taken to known ends; the figures below are counted from this list by hand.
const { app, db } = await createTestApp();
const county = await buildOrg(db, { kind: 'government', name: '统计县人民政府' });
const town = await buildOrg(db, { parent: county, kind: 'township', name: '统计镇人民政府' });
const v1 = await buildOrg(db, { parent: town, kind: 'village', name: '统计镇东村村民委员会' });
const v2 = await buildOrg(db, { parent: town, kind: 'village', name: '统计镇西村村民委员会' });
const east = await loginAs(app, db, v1, ['registrar', 'handler']);
const west = await loginAs(app, db, v2, ['registrar', 'handler']);
const townUser = await loginAs(app, db, town, ['registrar', 'handler']);
const today = chinaDate(new Date());

type D = { id: number; version: number; partyList: { id: number }[] };
async function register(s: Session, kind: string, title: string): Promise<D> {
  const res = await s.request({
    method: 'POST',
    url: '/api/disputes',
    payload: {
      kind,
      title,
      facts: '纠纷情况。',
      regionCode: '370724101',
      address: '村内',
      foundOn: today,
      parties: [
        { name: '甲某', claim: '诉求甲' },
        { name: '乙某', claim: '诉求乙' },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().dispute;
}
async function step(s: Session, d: D, action: string, body: Record<string, unknown> = {}): Promise<D> {
  const res = await s.request({ method: 'POST', url: `/api/disputes/${d.id}/${action}`, payload: { version: d.version, ...body } });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json().dispute;
}
const agreement = (d: D) => ({
  concludedOn: today,
  terms: '双方达成协议。',
  performance: '即时履行。',
  partyIds: d.partyList.map((p) => p.id),
  mediators: ['调解员'],
  followUpOn: addDays(today, 7),
});
const report = { facts: '事实', tried: '调解两次', reason: '分歧大', suggestion: '请镇处理' };

let A = await register(east, 'homestead', '甲：达成协议并履行');
A = await step(east, A, 'mediate', { mediators: ['调解员'] });
A = await step(east, A, 'agree', agreement(A));
A = await step(east, A, 'followUp', { visitedOn: today, result: 'kept', note: '已履行' });
let B = await register(east, 'homestead', '乙：上报后镇里调解成功');
B = await step(east, B, 'mediate', { mediators: ['调解员'] });
B = await step(east, B, 'disagree', { legalRoute: 'litigation', reason: '不成' });
B = await step(east, B, 'report', report);
B = await step(east, B, 'escalate', { reason: '上报' });
B = await step(townUser, B, 'takeOver');
B = await step(townUser, B, 'mediate', { mediators: ['镇调解员'] });
B = await step(townUser, B, 'agree', agreement(B));
let C = await register(east, 'wages', '丙：调解不成已告知途径');
C = await step(east, C, 'mediate', { mediators: ['调解员'] });
C = await step(east, C, 'disagree', { legalRoute: 'labor_arbitration', reason: '不成' });
C = await step(east, C, 'close', { note: '已告知' });
let G = await register(east, 'homestead', '庚：协议未履行');
G = await step(east, G, 'mediate', { mediators: ['调解员'] });
G = await step(east, G, 'agree', agreement(G));
G = await step(east, G, 'followUp', { visitedOn: today, result: 'broken', note: '未履行' });
let Dd = await register(west, 'neighbour', '丁：撤回');
Dd = await step(west, Dd, 'withdraw', { reason: '和解' });
let E = await register(west, 'wages', '戊：转为信访事项');
E = await step(west, E, 'toPetition', { petitionerPartyIds: [E.partyList[0]!.id], mainIdNumber: validIdNumber(21) });
const F = await register(west, 'neighbour', '己：刚登记');
// 丙's mediation ran past its limit before it ended (its due time moved back to its start).
await db
  .updateTable('petition_clocks')
  .set({ due_at: sql`started_at` })
  .where('dispute_id', '=', C.id)
  .where('key', '=', 'mediation')
  .execute();

// Up to the day the fixture was done: a run across midnight (China time) registers some of it the day after `today`.
const period = `from=${addDays(today, -1)}&to=${chinaDate(new Date())}`;
const get = async (s: Session, url: string) => {
  const res = await s.request({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res;
};

describe('矛盾纠纷统计 against a hand-computed fixture', () => {
  it('counts the township’s seven disputes, by kind and by body, with the rates', async () => {
    const r = (await get(townUser, `/api/dispute-stats?${period}`)).json();
    expect(r.total).toEqual({
      registered: 7,
      mediated: 4, // 甲 乙 丙 庚
      onTime: 3, // 丙 ran late
      onTimeRate: 75,
      settled: 3, // 甲 乙 庚
      failed: 1, // 丙 (乙 failed at the village, then settled)
      withdrawn: 1,
      escalated: 1,
      petitioned: 1,
      followedUp: 2, // 甲 庚
      kept: 1,
      open: 3, // 乙 (agreed, awaiting its visit), 庚 (broken), 己
      successRate: 75,
      keptRate: 50,
      avgDaysToSettle: 0,
    });
    const kinds = Object.fromEntries(
      (r.byKind as { kind: string; registered: number; open: number }[]).map((k) => [k.kind, [k.registered, k.open]]),
    );
    expect(kinds).toEqual({ homestead: [3, 2], wages: [2, 0], neighbour: [2, 1] });
    const bodies = Object.fromEntries((r.byBody as { org: { name: string }; registered: number }[]).map((b) => [b.org.name, b.registered]));
    expect(bodies).toEqual({ 统计镇东村村民委员会: 4, 统计镇西村村民委员会: 3 });
    expect(r.byPlace).toHaveLength(1);
    // A village counts its own only.
    expect((await get(west, `/api/dispute-stats?${period}`)).json().total).toMatchObject({
      registered: 3,
      withdrawn: 1,
      petitioned: 1,
      open: 1,
    });
  });

  it('drills each figure down to exactly its disputes', async () => {
    const ids = async (q: string) =>
      ((await get(townUser, `/api/dispute-stats/items?${period}&${q}`)).json().items as { id: number }[])
        .map((i) => i.id)
        .sort((a, b) => a - b);
    expect(await ids('figure=settled')).toEqual([A.id, B.id, G.id].sort((a, b) => a - b));
    expect(await ids('figure=open&kind=homestead')).toEqual([B.id, G.id].sort((a, b) => a - b));
    expect(await ids(`figure=registered&orgId=${v2.id}`)).toEqual([Dd.id, E.id, F.id].sort((a, b) => a - b));
    expect(await ids('figure=failed')).toEqual([C.id]);
  });

  it('gives the summary as Excel and Word', async () => {
    const xlsx = await get(townUser, `/api/dispute-stats.xlsx?${period}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('按纠纷类型')!;
    const total = sheet.getRow(sheet.rowCount).values as unknown[];
    expect(total.slice(1, 6)).toEqual(['合计', 7, 4, 3, 3]); // registered, mediated, on time, settled
    const text = await docxText((await get(townUser, `/api/dispute-stats.docx?${period}`)).rawPayload);
    expect(text).toContain('本期共排查登记矛盾纠纷7件，调解成功3件，调解不成1件');
    expect(text).toContain('调解成功率75%');
    expect(text).toContain('不以信访数量多少评价村（居）工作');
  });
});
