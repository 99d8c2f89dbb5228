import { addDays, chinaDate, RATES, STATE_MEASURES, VOLUME_FIELDS, WORKFLOW_FIELDS } from '@xinfang/domain';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, loginAs, petitionInput, validIdNumber, type Session } from '../../test/factories.js';
import { act, DECISION, detail, type Json } from '../../test/workflow.js';
import { createClocksService } from '../deadlines/index.js';
import { createStatsService } from './stats.service.js';

/**
 * Every figure of the overview, of each breakdown and of the body comparison drills down to exactly the
 * petitions it counts (docs/STATISTICS.md § Drill-down): a varied data set, then each figure against its list.
 */
const { app, db } = await createTestApp();
const stats = createStatsService({ db });

async function placed(org: Awaited<ReturnType<typeof buildOrg>>, regionCode: string) {
  await db.updateTable('orgs').set({ region_code: regionCode }).where('id', '=', org.id).execute();
  return org;
}
const city = await placed(await buildOrg(db, { kind: 'government', name: '穿透市人民政府' }), '370700');
const county = await placed(await buildOrg(db, { parent: city, kind: 'government', name: '穿透县人民政府' }), '370724');
const bureau = await placed(await buildOrg(db, { parent: county, kind: 'bureau', name: '穿透县信访局' }), '370724');
const dept = await buildOrg(db, { parent: county, kind: 'department', name: '穿透县住房和城乡建设局' });
const dept2 = await buildOrg(db, { parent: county, kind: 'department', name: '穿透县自然资源局' });
const cityBureau = await placed(await buildOrg(db, { parent: city, kind: 'bureau', name: '穿透市信访局' }), '370700');

const registrar = await loginAs(app, db, bureau, ['registrar']);
const supervisor = await loginAs(app, db, bureau, ['supervisor']);
const handler = await loginAs(app, db, dept, ['handler']);
const head = await loginAs(app, db, dept, ['leader']);
const handler2 = await loginAs(app, db, dept2, ['handler']);
const leader = await loginAs(app, db, county, ['leader']);
const cityLeader = await loginAs(app, db, city, ['leader']);

const today = chinaDate(new Date());
const ago = (days: number) => new Date(Date.now() - days * 86_400_000 - 60_000).toISOString();
const period = { from: addDays(today, -29), to: today };
const qs = (q: Record<string, string | number>) => new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)])).toString();

async function get(s: Session, url: string): Promise<Json> {
  const res = await s.request({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

// Leaves of the taxonomy: two under one first-level category, one under another.
const leaves = await sql<{ id: number; root: string }>`
  select c.id, split_part(trim(both '/' from c.path), '/', 1) as root from categories c where c.level = 3 order by c.id`.execute(db);
const [leafA, leafB] = leaves.rows.filter((c) => c.root === leaves.rows[0]!.root);
const leafC = leaves.rows.find((c) => c.root !== leaves.rows[0]!.root)!;

// A seeded generator: a failure can be replayed.
let seed = 20261206;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

// Places: none, the county itself, two of its townships, the other county of the city, the city itself, elsewhere.
const PLACES = [null, '370724', '370724001', '370724101', '370725', '370700', '110101'] as const;
const CATEGORIES = [null, leafA!.id, leafB!.id, leafC.id] as const;
const ids: number[] = [];
for (let i = 0; i < 36; i++) {
  const type = pick(['appeal', 'suggestion', 'accusation'] as const);
  const res = await registrar.request({
    method: 'POST',
    url: '/api/petitions',
    payload: petitionInput({
      channel: pick(['phone', 'letter', 'online', 'wechat'] as const),
      type,
      receivedAt: ago(Math.floor(random() * 75)),
      personsCount: pick([1, 1, 2, 6]),
      categoryId: pick(CATEGORIES),
      placeRegionCode: pick(PLACES),
      ...(type === 'accusation' ? { accusedOrgId: cityBureau.id } : {}),
      ...(random() < 0.2 ? { skipLevel: true } : {}),
      ...(random() < 0.1 ? { litigation: true } : {}),
      title: `穿透测试事项${i}`,
      petitioners: [{ name: '周立波', phone: '13900000001', idNumber: validIdNumber(200 + i), address: '临朐县城关街道1号' }],
    }),
  });
  expect(res.statusCode, res.body).toBe(201);
  ids.push(res.json().petition.id as number);
}

// Figures that count a petition more than once unless counted per petition: two 催办 and two 督办, two decisions delivered (after 退回重办), forwarded, returned and forwarded again.
const [a, b, c, d, e] = ids as [number, number, number, number, number];
await act(registrar, a, 'assign', { toOrgId: dept.id, requirements: '请依法处理' });
await act(handler, a, 'receive');
await act(supervisor, a, 'urge', { message: '请加快办理。' });
await act(supervisor, a, 'urge', { message: '请尽快答复。' });
await act(supervisor, a, 'supervise', { proposals: '建议联合调查。', replyDueDate: addDays(today, 5) });
await act(supervisor, a, 'supervise', { proposals: '建议完善收费公示制度。', replyDueDate: addDays(today, 5) });
for (const s of (await detail(handler, a)).workflow.supervisions as Json[])
  if (!s.reply) await act(handler, a, 'replySupervision', { supervisionId: s.id, reply: '已办理。', adopted: true });
await act(handler, a, 'decide', DECISION);
await act(handler, a, 'deliver', { method: 'post', result: 'signed', deliveredOn: today });
await act(handler, a, 'conclude', { report: '已办结。' });
await act(registrar, a, 'rework', { reason: '事实不清。' });
await act(handler, a, 'decide', DECISION);
await act(handler, a, 'deliver', { method: 'post', result: 'signed', deliveredOn: today });
await act(registrar, b, 'forward', { toOrgId: dept.id, note: '请依法处理' });
await act(handler, b, 'return', { reason: '不属于本单位职责。' });
await act(registrar, b, 'forward', { toOrgId: dept2.id, note: '请依法处理' });
await act(registrar, c, 'accept');
await act(leader, c, 'markBacklog', { reason: '长期未解决。' });
await act(leader, c, 'takeOwnership');
await act(registrar, d, 'decline', { route: 'litigation', reason: '属于人民法院受理范围。' });
// Overdue now although received long before the period: a state, counted whatever the days.
await sql`update petitions set received_at = now() - interval '70 days' where id = ${e}`.execute(db);
await sql`update petition_clocks set due_at = now() - interval '1 hour' where petition_id = ${e} and stopped_at is null`.execute(db);
await createClocksService({ db }).sweep();

// Then a random walk along the workflow for the rest.
const bodies: Record<string, (p: Json, orgId: number) => Record<string, unknown>> = {
  accept: () => ({}),
  forward: () => ({ toOrgId: dept.id }),
  assign: () => ({ toOrgId: pick([dept.id, dept2.id]), requirements: '请依法处理' }),
  receive: () => ({}),
  decide: () => ({ ...DECISION, outcome: pick(['support', 'explain', 'reject']) }),
  deliver: () => ({ method: 'post', result: 'signed', deliveredOn: today }),
  conclude: () => ({ report: '已办结。' }),
  verify: () => ({}),
  urge: () => ({ message: '请加快办理。' }),
  requestExtension: () => ({ days: 10, reason: '情况复杂。' }),
  approveExtension: () => ({ approve: true }),
};
const actors: [Session, number][] = [
  [registrar, bureau.id],
  [handler, dept.id],
  [head, dept.id],
  [handler2, dept2.id],
];
for (let step = 0; step < 120; step++) {
  const id = pick(ids.slice(5));
  const [s, orgId] = pick(actors);
  const p = await detail(s, id).catch(() => null);
  const possible = ((p?.actions as string[] | undefined) ?? []).filter((x) => x in bodies);
  if (p && possible.length) {
    const action = pick(possible);
    await act(s, id, action, bodies[action]!(p, orgId));
  }
}
await stats.refresh();

/** The petitions of a drill-down, every page. */
async function drill(s: Session, q: Record<string, string | number>): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const page = await get(s, `/api/petitions?${qs({ ...q, limit: 200, ...(cursor ? { cursor } : {}) })}`);
    items.push(...(page.items as Json[]));
    cursor = page.nextCursor as string | null;
  } while (cursor);
  return items;
}

interface Checked {
  figure: string;
  counted: number;
  listed: number;
}

/** Compares a count with its drill-down (persons: with the persons of the petitions listed). */
async function check(s: Session, figure: string, counted: number, q: Record<string, string | number>, persons = false): Promise<Checked> {
  const items = await drill(s, q);
  const listed = persons ? items.reduce((sum, p) => sum + (p.personsCount as number), 0) : items.length;
  return { figure, counted, listed };
}

async function walk(s: Session, orgId: number) {
  const o = await get(s, `/api/stats/overview?${qs({ orgId, ...period })}`);
  const periods = { value: o.period as Json, previous: o.previous as Json, lastYear: o.lastYear as Json };
  const results: Checked[] = [];
  const figure = (stat: string, range: Json, extra: Record<string, string | number> = {}) => ({
    stat,
    statOrg: orgId,
    statFrom: range.from as string,
    statTo: range.to as string,
    ...extra,
  });
  for (const [when, range] of Object.entries(periods)) {
    for (const f of VOLUME_FIELDS)
      results.push(await check(s, `volume.${f}.${when}`, o.volume[f][when], figure(f, range), f === 'persons'));
    for (const f of WORKFLOW_FIELDS) {
      const counted = o.workflow[f][when] as number | null;
      if (counted !== null) results.push(await check(s, `workflow.${f}.${when}`, counted, figure(f, range)));
    }
  }
  for (const r of o.rates as Json[]) {
    const def = RATES.find((x) => x.key === r.key)!;
    results.push(await check(s, `rate.${r.key}.denominator`, r.denominator, figure(def.denominator, o.period)));
    // The days of answering are a sum of days, not of petitions.
    if (def.numerator !== 'answer_days')
      results.push(await check(s, `rate.${r.key}.numerator`, r.numerator, figure(def.numerator, o.period)));
  }
  for (const dim of ['channel', 'type', 'category1', 'category2', 'category3', 'region', 'accused', 'body']) {
    const { rows } = await get(s, `/api/stats/breakdown?${qs({ orgId, dim, ...period })}`);
    for (const r of rows as Json[]) {
      const row = (stat: string, range: Json) =>
        dim === 'body' ? { ...figure(stat, range), statOrg: Number(r.key) } : figure(stat, range, { statDim: dim, statKey: r.key });
      results.push(await check(s, `${dim}.${r.label}.registered`, r.registered, row('registered', o.period)));
      results.push(await check(s, `${dim}.${r.label}.persons`, r.persons, row('persons', o.period), true));
      results.push(await check(s, `${dim}.${r.label}.previous`, r.previous, row('registered', o.previous)));
    }
  }
  const { rows } = await get(s, `/api/stats/bodies?${qs({ orgId, ...period })}`);
  for (const r of rows as Json[]) {
    const body = (stat: string) => ({ ...figure(stat, o.period), statOrg: r.orgId as number });
    results.push(await check(s, `bodies.${r.name}.registered`, r.registered, body('registered')));
    results.push(await check(s, `bodies.${r.name}.overdueNow`, r.overdueNow, body('overdue_now')));
    for (const f of ['forwarded', 'assigned', 'supervised']) results.push(await check(s, `bodies.${r.name}.${f}`, r[f], body(f)));
  }
  return results;
}

describe('every figure drills down to exactly the petitions it counts', () => {
  it.each([
    ['the county', () => leader, county.id],
    ['the city', () => cityLeader, city.id],
  ])(
    '%s: the overview, each breakdown and the body comparison',
    async (_name, session, orgId) => {
      const results = await walk(session(), orgId);
      expect(results.filter((r) => r.counted !== r.listed)).toEqual([]);
      // The data set is varied enough for the walk to mean something, with the figures that once drifted.
      expect(results.length).toBeGreaterThan(150);
      expect(results.filter((r) => r.counted > 0).length).toBeGreaterThan(60);
      const counted = (figure: string) => results.find((r) => r.figure === figure)?.counted;
      for (const f of ['urged', 'supervised', 'forwarded', 'returned', 'reworked', 'proposals_made', 'overdue_now'])
        expect(counted(`workflow.${f}.value`), f).toBeGreaterThan(0);
      expect(counted('rate.rating_participation.denominator')).toBeGreaterThan(0);
      expect(results.filter((r) => r.figure.startsWith('region.') && r.counted > 0).length).toBeGreaterThan(4);
    },
    120_000,
  );

  it('rows of places and of values not recorded are named and drillable', async () => {
    const rows = async (s: Session, orgId: number, dim: string) =>
      (await get(s, `/api/stats/breakdown?${qs({ orgId, dim, from: addDays(today, -80), to: today })}`)).rows as Json[];
    // The county's townships roll up to themselves, the county itself is its own row, places outside are named.
    const county_ = await rows(leader, county.id, 'region');
    expect(county_.map((r) => [r.key, r.label])).toEqual(
      expect.arrayContaining([
        ['none', '未填写'],
        ['370724', '临朐县（本级）'],
        ['370724001', '城关街道'],
        ['370724101', '五井镇'],
        ['370725', '山东省潍坊市昌乐县'],
        ['110101', '北京市东城区'],
      ]),
    );
    // For the city, the county is one row with its townships.
    const city_ = await rows(cityLeader, city.id, 'region');
    expect(city_.find((r) => r.key === '370724')?.label).toBe('临朐县');
    for (const r of [...county_, ...city_]) expect(r.label).not.toMatch(/\d/);
    expect((await rows(leader, county.id, 'category1')).find((r) => r.key === 'none')?.label).toBe('未分类');
    // A row's key goes with its dimension.
    const res = await leader.request({
      method: 'GET',
      url: `/api/petitions?${qs({ stat: 'registered', statOrg: county.id, statFrom: period.from, statTo: period.to, statDim: 'region' })}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields.map((f: Json) => f.path)).toEqual(['statKey']);
  });

  it('a state is drilled whatever the days of the period', async () => {
    expect(STATE_MEASURES).toEqual(['overdue_now']);
    const o = await get(leader, `/api/stats/overview?${qs({ orgId: county.id, ...period })}`);
    const items = await drill(leader, { stat: 'overdue_now', statOrg: county.id, statFrom: period.from, statTo: period.to });
    expect(items.map((p) => p.id)).toContain(e);
    expect(items).toHaveLength(o.workflow.overdue_now.value);
  });
});
