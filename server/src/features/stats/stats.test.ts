import { addDays, chinaDate } from '@xinfang/domain';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, loginAs, petitionInput, validIdNumber, type Session } from '../../test/factories.js';
import { act, DECISION, detail, type Json } from '../../test/workflow.js';
import { createClocksService } from '../deadlines/index.js';
import { createStatsService } from './stats.service.js';

const { app, db } = await createTestApp();
const stats = createStatsService({ db });

// A city above a county with its petition bureau and two departments; another county to show scopes apart.
const city = await buildOrg(db, { kind: 'government', name: '统计市人民政府' });
const county = await buildOrg(db, { parent: city, kind: 'government', name: '统计县人民政府' });
const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '统计县信访局' });
const dept = await buildOrg(db, { parent: county, kind: 'department', name: '统计县住房和城乡建设局' });
const dept2 = await buildOrg(db, { parent: county, kind: 'department', name: '统计县自然资源局' });
const other = await buildOrg(db, { kind: 'government', name: '统计无关县人民政府' });

const registrar = await loginAs(app, db, bureau, ['registrar']);
const supervisor = await loginAs(app, db, bureau, ['supervisor']);
const handler = await loginAs(app, db, dept, ['handler']);
const head = await loginAs(app, db, dept, ['leader']);
const handler2 = await loginAs(app, db, dept2, ['handler']);
const leader = await loginAs(app, db, county, ['leader']);
const cityLeader = await loginAs(app, db, city, ['leader']);
const outsider = await loginAs(app, db, other, ['leader']);
const admin = await loginAs(app, db, county, ['admin']);

const today = chinaDate(new Date());
const ago = (days: number) => new Date(Date.now() - days * 86_400_000 - 60_000).toISOString();
const period = { from: addDays(today, -40), to: today };
const qs = (q: Record<string, string | number>) => new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)])).toString();

async function register(overrides: Record<string, unknown>): Promise<{ petition: Json; queryCode: string }> {
  const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput(overrides) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function get(s: Session, url: string, status = 200): Promise<Json> {
  const res = await s.request({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

async function rate(number: string, queryCode: string, target: string, rating: string, reasons?: string) {
  const track = await app.inject({ method: 'POST', url: '/api/public/track', payload: { number, queryCode } });
  expect(track.statusCode, track.body).toBe(200);
  const res = await app.inject({
    method: 'POST',
    url: '/api/public/rating',
    headers: { 'x-portal-token': track.json().token },
    payload: { target, rating, ...(reasons ? { reasons } : {}) },
  });
  expect(res.statusCode, res.body).toBe(200);
}

/**
 * The fixture, with its outcomes known:
 * P1 phone / appeal, 1 person, today: forwarded to dept (timely), received (dept's 受理, timely), decided, delivered,
 *    concluded on time;
 *    rated: handling body 满意, bureau 不满意.
 * P2 letter / suggestion, 6 persons (group), 20 days ago: assigned to dept2 today (not timely), received.
 * P3 online / accusation against dept2, 3 days ago: declined today (timely).
 * P4 phone / appeal, same petitioner as P1, 2 days ago, skip-level: not decided; linked as a repeat of P1.
 */
const p1 = await register({ receivedAt: ago(0), petitioners: [{ name: '王建华', phone: '13812345678', idNumber: validIdNumber(1) }] });
const p2 = await register({
  channel: 'letter',
  type: 'suggestion',
  receivedAt: ago(20),
  personsCount: 6,
  title: '建议增设公交线路',
  petitioners: [{ name: '李秀英', phone: '13812345679', idNumber: validIdNumber(2), address: '统计县城关街道1号' }],
});
const p3 = await register({
  channel: 'online',
  type: 'accusation',
  receivedAt: ago(3),
  accusedOrgId: dept2.id,
  title: '检举自然资源局工作人员违规审批',
  petitioners: [{ name: '张国强', phone: '13812345670', idNumber: validIdNumber(3) }],
});
const p4 = await register({
  receivedAt: ago(2),
  skipLevel: true,
  title: '再次反映物业违规收取停车费',
  petitioners: [{ name: '王建华', phone: '13812345678', idNumber: validIdNumber(1) }],
});
const [id1, id2, id3, id4] = [p1, p2, p3, p4].map((p) => p.petition.id as number) as [number, number, number, number];

await act(registrar, id1, 'forward', { toOrgId: dept.id, note: '请依法处理' });
await act(handler, id1, 'receive');
await act(handler, id1, 'decide', DECISION);
await act(handler, id1, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: today });
await act(handler, id1, 'conclude', { report: '已责令物业公司停止收费。' });
await rate(p1.petition.number, p1.queryCode, 'handling', 'satisfied');
await rate(p1.petition.number, p1.queryCode, 'bureau', 'dissatisfied', '登记时等候时间过长。');
await act(registrar, id2, 'assign', { toOrgId: dept2.id, requirements: '请研究答复' });
await act(handler2, id2, 'receive');
await act(registrar, id3, 'decline', { route: 'discipline', reason: '属于纪检监察机关受理范围。' });
expect(
  (await registrar.request({ method: 'POST', url: `/api/petitions/${id4}/link-repeat`, payload: { repeatOfId: id1 } })).statusCode,
).toBe(200);
await stats.refresh();

const answerDays = Math.round((Date.parse(today) - Date.parse(chinaDate(new Date(p1.petition.receivedAt)))) / 86_400_000);

describe('figures of a fixed fixture, computed by hand', () => {
  it('volume, flags, rates and workflow of the county', async () => {
    const o = await get(leader, `/api/stats/overview?${qs({ orgId: county.id, ...period })}`);
    expect(o.scope).toEqual({ id: county.id, name: '统计县人民政府' });
    const v = (k: string) => o.volume[k].value;
    expect([v('registered'), v('persons'), v('grouped'), v('skip_level'), v('repeat'), v('merged'), v('litigation')]).toEqual([
      4, 9, 1, 1, 1, 0, 0,
    ]);
    expect(v('first_time')).toBe(3);
    const r = Object.fromEntries((o.rates as Json[]).map((x) => [x.key, x]));
    // A petition counts once for each body: the county counts P1 once though the bureau forwarded it and the
    // department accepted it (its 受理, Arts. 22–23, counted on the department's own row below).
    expect(r.timely_acceptance).toMatchObject({ numerator: 2, denominator: 3 });
    expect(r.timely_acceptance.value).toBeCloseTo(2 / 3);
    expect(r.on_time_conclusion).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(r.rating_participation).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(r.satisfaction_bureau).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(r.satisfaction_handling).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(r.repeat_rate).toMatchObject({ value: 0.25, numerator: 1, denominator: 4 });
    expect(r.backlog_resolution).toMatchObject({ value: null, denominator: 0 });
    expect(r.ownership_resolution).toMatchObject({ value: null, denominator: 0 });
    expect(r.average_answer_days).toMatchObject({ value: answerDays, numerator: answerDays, denominator: 1 });
    const w = (k: string) => o.workflow[k].value;
    expect([w('forwarded'), w('assigned'), w('supervised'), w('returned'), w('reworked'), w('extended'), w('overdue_now')]).toEqual([
      1, 1, 0, 0, 0, 0, 0,
    ]);
  });

  it('each body counts what it did; the city sums the county; another county sees nothing', async () => {
    const bodies = (await get(leader, `/api/stats/bodies?${qs({ orgId: county.id, ...period })}`)).rows as Json[];
    expect(bodies.map((b) => b.name)).toEqual(['统计县人民政府', '统计县信访局', '统计县住房和城乡建设局', '统计县自然资源局']);
    const row = (id: number) => bodies.find((b) => b.orgId === id)!;
    expect(row(bureau.id)).toMatchObject({ registered: 4, forwarded: 1, assigned: 1 });
    expect(row(bureau.id).rates.timely_acceptance).toMatchObject({ numerator: 2, denominator: 3 });
    expect(row(bureau.id).rates.on_time_conclusion.value).toBeNull(); // the bureau concluded nothing itself
    expect(row(dept.id)).toMatchObject({ registered: 1 });
    // Its 签收 of the matter forwarded to it is its 受理; a 交办 is not the receiving body's to accept.
    expect(row(dept.id).rates.timely_acceptance).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(row(dept2.id).rates.timely_acceptance.value).toBeNull();
    expect(row(dept.id).rates.on_time_conclusion).toMatchObject({ value: 1, denominator: 1 });
    expect(row(dept.id).rates.satisfaction_handling).toMatchObject({ value: 1, denominator: 1 });
    expect(row(dept2.id)).toMatchObject({ registered: 1 }); // P2 reached it; P3 only complains about it

    const cityView = await get(cityLeader, `/api/stats/overview?${qs({ orgId: city.id, ...period })}`);
    const countyView = await get(leader, `/api/stats/overview?${qs({ orgId: county.id, ...period })}`);
    expect(cityView.volume).toEqual(countyView.volume);
    expect(cityView.rates).toEqual(countyView.rates);
    const otherView = await get(outsider, `/api/stats/overview?${qs(period)}`);
    expect(otherView.volume.registered.value).toBe(0);
  });

  it('breakdowns by channel, type, accused body and the bodies below', async () => {
    const rows = async (dim: string) =>
      ((await get(leader, `/api/stats/breakdown?${qs({ orgId: county.id, dim, ...period })}`)).rows as Json[]).map((r) => [
        r.key,
        r.registered,
      ]);
    expect(await rows('channel')).toEqual(
      [
        ['phone', 2],
        ['letter', 1],
        ['online', 1],
      ].sort((a, b) => (b[1] as number) - (a[1] as number) || 0),
    );
    expect(Object.fromEntries(await rows('type'))).toEqual({ appeal: 2, suggestion: 1, accusation: 1 });
    expect(await rows('accused')).toEqual([[String(dept2.id), 1]]);
    expect(Object.fromEntries(await rows('body'))).toEqual({ [bureau.id]: 4, [dept.id]: 1, [dept2.id]: 1 });
  });

  it('a trend by day puts each petition on the day received', async () => {
    const s = await get(
      leader,
      `/api/stats/series?${qs({ orgId: county.id, from: addDays(today, -20), to: today, granularity: 'day', measures: 'registered,decided,timely_acceptance' })}`,
    );
    expect(s.buckets).toHaveLength(21);
    const reg = s.series.registered as number[];
    expect(reg.reduce((a, b) => a + b, 0)).toBe(4);
    expect(reg[0]).toBe(1); // P2, twenty days ago
    expect(s.series.decided.at(-1)).toBe(3);
    expect(s.series.timely_acceptance.at(-1)).toBeCloseTo(2 / 3);
    expect(s.series.timely_acceptance[0]).toBeNull();
  });

  it('every figure drills down to exactly the petitions behind it', async () => {
    const list = async (q: Record<string, string | number>) =>
      ((await get(leader, `/api/petitions?${qs({ statOrg: county.id, statFrom: period.from, statTo: period.to, ...q })}`)).items as Json[])
        .map((p) => p.id)
        .sort((a, b) => a - b);
    expect(await list({ stat: 'registered' })).toEqual([id1, id2, id3, id4]);
    expect(await list({ stat: 'registered', channel: 'phone' })).toEqual([id1, id4]);
    expect(await list({ stat: 'decided' })).toEqual([id1, id2, id3]);
    expect(await list({ stat: 'decided_timely' })).toEqual([id1, id3]);
    expect(await list({ stat: 'grouped' })).toEqual([id2]);
    expect(await list({ stat: 'repeat' })).toEqual([id4]);
    expect(await list({ stat: 'registered', accusedOrgId: dept2.id })).toEqual([id3]);
    expect(await list({ stat: 'concluded', statOrg: dept.id })).toEqual([id1]);
    expect(await list({ stat: 'concluded', statOrg: bureau.id })).toEqual([]);
    const missing = await get(leader, `/api/petitions?stat=decided`, 400);
    expect(missing.error.details.fields.map((f: Json) => f.path)).toEqual(['statOrg', 'statFrom', 'statTo']);
  });
});

describe('hot issues (每月一题)', () => {
  it('finds the category rising fastest and the group of similar matters behind it', async () => {
    const hotOrg = await buildOrg(db, { kind: 'bureau', name: '热点县信访局' });
    const clerk = await loginAs(app, db, hotOrg, ['registrar', 'leader']);
    const leaf = await db.selectFrom('categories').select(['id', 'path']).where('level', '=', 3).orderBy('id').executeTakeFirstOrThrow();
    const texts = [
      '小区物业公司占用公共道路划线收取停车费，业主多次反映无人处理',
      '物业公司在小区公共道路上划车位收取停车费，未经业主大会同意',
      '我们小区物业擅自占用公共道路收取停车费，请求查处',
      '反映某小区物业公司违规占用公共道路收取停车费的问题',
    ];
    for (const [i, content] of texts.entries()) {
      const res = await clerk.request({
        method: 'POST',
        url: '/api/petitions',
        payload: petitionInput({
          categoryId: leaf.id,
          receivedAt: ago(i),
          title: '反映物业违规收取停车费',
          content,
          petitioners: [{ name: `业主${i}`, phone: `1391234560${i}`, idNumber: validIdNumber(300 + i) }],
        }),
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    await stats.refresh();
    const hot = await get(clerk, `/api/stats/hot?${qs({ from: addDays(today, -9), to: today })}`);
    expect(hot.categories[0]).toMatchObject({ key: String(leaf.id), label: leaf.path, current: 4, previous: 0 });
    // Three of the four say the same in nearly the same words; one is worded too differently to be sure.
    expect(hot.groups[0]).toMatchObject({ previous: 0 });
    expect(hot.groups[0].size).toBeGreaterThanOrEqual(3);
    expect(hot.groups[0].petitionIds).toHaveLength(hot.groups[0].size);
    expect(hot.groups[0].sample[0].title).toBe('反映物业违规收取停车费');
  });
});

describe('accusations stay away from the accused body (条例 Art. 30)', () => {
  it('neither the accused breakdown nor the groups of similar matters show them to it', async () => {
    const above = await buildOrg(db, { kind: 'government', name: '上级县人民政府' });
    const gov = await buildOrg(db, { parent: above, kind: 'government', name: '被反映镇人民政府' });
    const office = await buildOrg(db, { parent: gov, kind: 'bureau', name: '被反映镇信访办' });
    const clerk = await loginAs(app, db, office, ['registrar']);
    const mayor = await loginAs(app, db, gov, ['leader']);
    const countyHead = await loginAs(app, db, above, ['leader']);
    const accusation = '检举镇政府工作人员在征地补偿款发放中优亲厚友、截留挪用补偿款';
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await clerk.request({
        method: 'POST',
        url: '/api/petitions',
        payload: petitionInput({
          type: 'accusation',
          accusedOrgId: gov.id,
          title: '检举征地补偿款被截留',
          content: accusation + '，请上级查处。'.slice(0, i + 3),
          petitioners: [{ name: `村民${i}`, phone: `1371234560${i}`, idNumber: validIdNumber(400 + i) }],
        }),
      });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().petition.id);
    }
    await stats.refresh();
    const range = qs({ orgId: gov.id, from: addDays(today, -5), to: today });
    // The body above sees the complaints about the town; the town itself does not, not even counted.
    expect((await get(countyHead, `/api/stats/breakdown?dim=accused&${range}`)).rows).toEqual([
      expect.objectContaining({ key: String(gov.id), registered: 3 }),
    ]);
    expect((await get(mayor, `/api/stats/breakdown?dim=accused&${range}`)).rows).toEqual([]);
    const seen = (await get(countyHead, `/api/stats/hot?${range}`)).groups.flatMap((g: Json) => g.petitionIds);
    expect(seen).toEqual(expect.arrayContaining(ids));
    // The office that registered them sees them (it must route them on), as in its work list.
    const own = (await get(clerk, `/api/stats/hot?${qs({ orgId: office.id, from: addDays(today, -5), to: today })}`)).groups;
    expect(own.flatMap((g: Json) => g.petitionIds)).toEqual(expect.arrayContaining(ids));
    const hidden = (await get(mayor, `/api/stats/hot?${range}`)).groups.flatMap((g: Json) => g.petitionIds);
    expect(hidden.filter((id: number) => ids.includes(id))).toEqual([]);
  });
});

describe('access and bad input', () => {
  it('answers 404 for a body outside the user’s scope, 403 without the permission, 400 with the field at fault', async () => {
    expect((await get(outsider, `/api/stats/overview?orgId=${county.id}`, 404)).error.code).toBe('org_not_found');
    expect((await get(handler, `/api/stats/overview?orgId=${county.id}`, 404)).error.code).toBe('org_not_found');
    expect((await get(admin, `/api/stats/overview`, 403)).error.code).toBe('forbidden');
    const bad = await get(leader, `/api/stats/overview?from=2026-13-01`, 400);
    expect(bad.error.details.fields[0].path).toBe('from');
    const reversed = await get(leader, `/api/stats/overview?from=2026-11-10&to=2026-11-01`, 400);
    expect(reversed.error.details.fields[0].path).toBe('to');
    const unknown = await get(leader, `/api/stats/series?measures=registered,nonsense`, 400);
    expect(unknown.error.details.fields[0].path).toBe('measures');
    expect((await get(leader, `/api/stats/breakdown?dim=person`, 400)).error.details.fields[0].path).toBe('dim');
  });

  it('exports the body comparison as Excel', async () => {
    const res = await leader.request({ method: 'GET', url: `/api/stats/bodies.xlsx?${qs({ orgId: county.id, ...period })}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('单位对比')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('单位');
    expect(sheet.getRow(3).values).toEqual(expect.arrayContaining(['统计县信访局', 4]));
  });
});

describe('summary tables kept as events happen', () => {
  it('equal a full recomputation after a random sequence of actions', async () => {
    // A seeded generator: a failure can be replayed.
    let seed = 20261128;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
    const bodies: Record<string, (p: Json, orgId: number) => Record<string, unknown>> = {
      accept: () => ({}),
      forward: () => ({ toOrgId: dept.id }),
      assign: () => ({ toOrgId: pick([dept.id, dept2.id]), requirements: '请依法处理' }),
      decline: () => ({ route: 'litigation', reason: '属于人民法院受理范围。' }),
      receive: () => ({}),
      return: () => ({ reason: '不属于本单位职责。' }),
      insist: () => ({ reason: '属于贵单位职责。' }),
      decide: () => ({ ...DECISION, outcome: pick(['support', 'explain', 'reject']) }),
      deliver: () => ({ method: 'post', result: 'signed', deliveredOn: today }),
      conclude: () => ({ report: '已办结。' }),
      verify: () => ({}),
      rework: () => ({ reason: '事实不清。' }),
      urge: () => ({ message: '请加快办理。' }),
      supervise: () => ({ proposals: '建议联合调查。', replyDueDate: addDays(today, 5) }),
      replySupervision: (p, orgId) => {
        // The supervision addressed to the acting body: another body's may be open too.
        const open = (p.workflow.supervisions as Json[]).find((s) => !s.reply && s.toOrg?.id === orgId)!;
        return { supervisionId: open.id, reply: '已办理。', adopted: random() < 0.5 };
      },
      requestExtension: () => ({ days: 10, reason: '情况复杂。' }),
      approveExtension: () => ({ approve: random() < 0.7 }),
      markBacklog: () => ({ reason: '长期未解决。' }),
      resolveBacklog: () => ({ resolvedOn: today, note: '已化解。' }),
      takeOwnership: () => ({}),
    };
    const actors: [Session, number][] = [
      [registrar, bureau.id],
      [supervisor, bureau.id],
      [handler, dept.id],
      [head, dept.id],
      [handler2, dept2.id],
      [leader, county.id],
    ];
    const ids: number[] = [];
    const codes = new Map<number, { number: string; queryCode: string }>();
    for (let step = 0; step < 200; step++) {
      if (ids.length < 4 || random() < 0.08) {
        const r = await register({
          channel: pick(['phone', 'online', 'wechat']),
          type: pick(['appeal', 'suggestion']),
          receivedAt: ago(Math.floor(random() * 30)),
          personsCount: pick([1, 1, 2, 7]),
          ...(random() < 0.2 ? { skipLevel: true } : {}),
          petitioners: [{ name: '赵敏', phone: '13900000000', idNumber: validIdNumber(100 + step) }],
        });
        ids.push(r.petition.id);
        codes.set(r.petition.id, { number: r.petition.number, queryCode: r.queryCode });
      } else {
        const id = pick(ids);
        const [s, orgId] = pick(actors);
        const p = await detail(s, id).catch(() => null);
        const possible = ((p?.actions as string[] | undefined) ?? []).filter((a) => a in bodies);
        if (p && possible.length) {
          // Mostly forward along the workflow, so matters get decided, delivered and concluded too.
          const onward = possible.filter((a) => ['assign', 'receive', 'decide', 'deliver', 'conclude', 'verify'].includes(a));
          const action = pick(onward.length && random() < 0.7 ? onward : possible);
          await act(s, id, action, bodies[action]!(p, orgId));
        } else if (random() < 0.3) {
          const c = codes.get(id)!;
          const track = await app.inject({ method: 'POST', url: '/api/public/track', payload: c });
          // The portal limits requests per address; a refused one is simply no rating.
          if (track.statusCode === 200)
            await app.inject({
              method: 'POST',
              url: '/api/public/rating',
              headers: { 'x-portal-token': track.json().token },
              payload: { target: pick(['bureau', 'handling']), rating: pick(['satisfied', 'basically_satisfied']) },
            });
        }
      }
      // Refresh at random points, sometimes several changes at once.
      if (random() < 0.3) await stats.refresh(pick([1, 3, 50]));
    }
    await stats.refresh();
    expect(await stats.differences()).toEqual({ volume: [], measures: [] });
    // The sequence walked the workflow, not just registrations.
    const kinds = await db.selectFrom('petition_events').select('kind').distinct().where('petition_id', 'in', ids).execute();
    expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['forward', 'assign', 'receive', 'decide', 'deliver', 'conclude']));
  }, 180_000);

  it('a clock running out counts as overdue now and ever, found by the sweep', async () => {
    const overdue = async () => (await get(leader, `/api/stats/overview?${qs({ orgId: county.id, ...period })}`)).workflow;
    const before = await overdue();
    const { petition } = await register({
      receivedAt: ago(1),
      petitioners: [{ name: '钱进', phone: '13912340000', idNumber: validIdNumber(500) }],
    });
    await sql`update petition_clocks set due_at = now() - interval '1 hour' where petition_id = ${petition.id} and stopped_at is null`.execute(
      db,
    );
    await createClocksService({ db }).sweep();
    await stats.refresh();
    const after = await overdue();
    expect(after.overdue_now.value).toBe(before.overdue_now.value + 1);
    expect(after.overdue_ever.value).toBe(before.overdue_ever.value + 1);
    // Routing stops the clock: no longer overdue now, still overdue once.
    await act(registrar, petition.id, 'accept');
    await stats.refresh();
    expect((await overdue()).overdue_now.value).toBe(before.overdue_now.value);
    expect(await stats.differences()).toEqual({ volume: [], measures: [] });
  });

  it('the comparison notices a figure that is off by one, in a day row or a month row', async () => {
    for (const table of ['stat_measures', 'stat_measures_months']) {
      const nudge = (by: number) =>
        sql`update ${sql.table(table)} set value = value + ${by} where ctid = (select ctid from ${sql.table(table)} order by scope_org_id, measure limit 1)`.execute(
          db,
        );
      await nudge(1);
      expect((await stats.differences()).measures).toHaveLength(2); // the kept row, and the fresh one it should be
      await nudge(-1);
    }
    await sql`update stat_volume_months set persons = persons + 1 where ctid = (select ctid from stat_volume_months order by scope_org_id, dim, month, key limit 1)`.execute(
      db,
    );
    expect((await stats.differences()).volume).toHaveLength(2);
    await stats.rebuild();
  });

  it('a period of whole months is read from the month rows and agrees with its days', async () => {
    // 70 days ago lies in a whole month of the range; the range ends with days of this month.
    const range = { from: `${addDays(today, -100).slice(0, 8)}01`, to: today };
    const old = await register({ receivedAt: ago(70), title: '反映小区供暖不热' });
    await act(registrar, old.petition.id as number, 'forward', { toOrgId: dept.id, note: '请依法处理' });
    await stats.refresh();
    expect(await stats.differences()).toEqual({ volume: [], measures: [] });
    const o = await get(leader, `/api/stats/overview?${qs({ orgId: county.id, ...range })}`);
    const s = await get(
      leader,
      `/api/stats/series?${qs({ orgId: county.id, ...range, granularity: 'day', measures: 'registered,persons,forwarded' })}`,
    );
    const sum = (k: string) => (s.series[k] as number[]).reduce((a, b) => a + b, 0);
    expect(o.volume.registered.value).toBe(sum('registered'));
    expect(o.volume.persons.value).toBe(sum('persons'));
    expect(o.workflow.forwarded.value).toBe(sum('forwarded'));
    const byMonth = await get(
      leader,
      `/api/stats/series?${qs({ orgId: county.id, ...range, granularity: 'month', measures: 'registered' })}`,
    );
    expect(byMonth.series.registered).toEqual(
      (byMonth.buckets as Json[]).map((b) =>
        (s.buckets as Json[]).reduce(
          (n: number, d, i) => (d.from >= b.from && d.from <= b.to ? n + (s.series.registered[i] as number) : n),
          0,
        ),
      ),
    );
    expect(sum('registered')).toBeGreaterThan(0);

    // Edges covering most of their month are read as the month row less the other days; small ones as days.
    const monthStart = (back: number) => {
      const d = new Date(`${today.slice(0, 8)}01T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() - back);
      return d.toISOString().slice(0, 10);
    };
    // Petitions on days the first range leaves out of its edge months, so the month rows must be reduced.
    for (const day of [addDays(monthStart(3), 1), addDays(monthStart(1), 27)]) {
      const outside = await register({ receivedAt: `${day}T12:00:00+08:00`, title: '反映路灯不亮' });
      await act(registrar, outside.petition.id as number, 'forward', { toOrgId: dept.id, note: '请依法处理' });
    }
    await stats.refresh();
    for (const edges of [
      { from: addDays(monthStart(3), 2), to: addDays(monthStart(1), 25) },
      { from: addDays(monthStart(3), 27), to: addDays(monthStart(1), 1) },
      { from: addDays(monthStart(2), 2), to: addDays(monthStart(2), 25) },
    ]) {
      const total = await get(leader, `/api/stats/overview?${qs({ orgId: county.id, ...edges })}`);
      const daily = await get(
        leader,
        `/api/stats/series?${qs({ orgId: county.id, ...edges, granularity: 'day', measures: 'registered,persons,forwarded' })}`,
      );
      const add = (k: string) => (daily.series[k] as number[]).reduce((a, b) => a + b, 0);
      expect(total.volume.registered.value, JSON.stringify(edges)).toBe(add('registered'));
      expect(total.volume.persons.value, JSON.stringify(edges)).toBe(add('persons'));
      expect(total.workflow.forwarded.value, JSON.stringify(edges)).toBe(add('forwarded'));
    }
  });

  it('a full rebuild gives the same tables', async () => {
    const before = await get(leader, `/api/stats/overview?${qs({ orgId: county.id, ...period })}`);
    await stats.rebuild();
    expect(await stats.differences()).toEqual({ volume: [], measures: [] });
    const after = await get(leader, `/api/stats/overview?${qs({ orgId: county.id, ...period })}`);
    expect({ ...after, asOf: null }).toEqual({ ...before, asOf: null });
  });
});
