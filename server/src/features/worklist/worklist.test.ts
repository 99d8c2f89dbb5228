import ExcelJS from 'exceljs';
import type { KyselyPlugin } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrgTree, loginAs, registerPetition as register, type Session } from '../../test/factories.js';
import { act, detail } from '../../test/workflow.js';
import { createClocksService } from '../deadlines/index.js';
import { createSearchPlanner } from './worklist.planner.js';
import { worklistRepository, type Cursor } from './worklist.repository.js';

const { app, db } = await createTestApp();
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let registrar: Session & { userId: number };

beforeAll(async () => {
  tree = await buildOrgTree(db);
  registrar = await loginAs(app, db, tree.bureau, ['registrar']);
  await register(registrar); // a matter about 物业 in its title
});

type ListArgs = Parameters<typeof worklistRepository.list>[2];

describe('search and lists', () => {
  beforeAll(async () => {
    await register(registrar, {
      title: '拆迁补偿款迟迟不到位',
      content: '村里拆迁已经两年，补偿款一直没有发放。',
      petitioners: [{ name: '赵铁柱', phone: '13911112222' }],
    });
    await register(registrar, {
      title: '工地欠薪问题',
      content: '某建筑工地拖欠农民工工资三个月，欠薪金额约十万元。',
      petitioners: [{ name: '钱小二', phone: '13911113333' }],
    });
  });
  const search = async (q: string, s: Session = registrar) =>
    (await s.request({ method: 'GET', url: `/api/petitions?q=${encodeURIComponent(q)}` })).json();

  it('finds 2-character words and phrases, with the hits marked in the snippet', async () => {
    for (const word of ['物业', '拆迁', '欠薪']) {
      const { items } = await search(word);
      expect(items.length, word).toBeGreaterThan(0);
      for (const item of items) expect(`${item.title}${item.snippet?.map((p: { text: string }) => p.text).join('')}`).toContain(word);
    }
    const phrase = await search('补偿款一直没有发放');
    expect(phrase.items.map((i: { title: string }) => i.title)).toEqual(['拆迁补偿款迟迟不到位']);
    expect(phrase.items[0].snippet.filter((p: { hit: boolean }) => p.hit).map((p: { text: string }) => p.text)).toEqual([
      '补偿款一直没有发放',
    ]);
    expect((await search('物业 欠薪')).items).toEqual([]); // every term must match
  });

  it('finds petitioner names and numbers', async () => {
    expect((await search('赵铁柱')).items.map((i: { title: string }) => i.title)).toEqual(['拆迁补偿款迟迟不到位']);
    const { petition } = await register(registrar);
    expect((await search(petition.number)).items[0].id).toBe(petition.id);
  });

  it('ranks title matches first', async () => {
    await register(registrar, { title: '关于公交线路的建议', content: '建议增加线路，另外物业也有问题。', type: 'suggestion' });
    const { items } = await search('物业');
    const firstBody = items.findIndex((i: { title: string }) => !i.title.includes('物业'));
    const lastTitle = items.map((i: { title: string }) => i.title.includes('物业')).lastIndexOf(true);
    expect(firstBody).toBeGreaterThan(lastTitle);
  });

  it('pages a search back through time: title hits newest first, then the others, each once', async () => {
    // Ages either side of the search windows' edges (31 and 366 days back).
    const ages = [0, 20, 30, 31, 32, 200, 365, 366, 367, 800];
    const made: { id: number; age: number; title: boolean }[] = [];
    for (const [i, age] of ages.entries())
      for (const title of [true, false]) {
        const receivedAt = new Date(Date.now() - age * 86_400_000 - i * 60_000).toISOString();
        const input = title
          ? { title: `山体滑坡隐患第${i}处`, content: '雨季将至，请尽快排查。' }
          : { title: `地质问题反映第${i}处`, content: '后山出现山体滑坡隐患，请尽快排查。' };
        const { petition } = await register(registrar, { ...input, receivedAt });
        made.push({ id: petition.id, age: age + i / 10_000, title });
      }
    const byAge = (a: { age: number }, b: { age: number }) => a.age - b.age;
    const expected = [...made.filter((m) => m.title).sort(byAge), ...made.filter((m) => !m.title).sort(byAge)].map((m) => m.id);
    const pages = async (extra: string, limit: number) => {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const q: string = `/api/petitions?q=${encodeURIComponent('滑坡隐患')}&limit=${limit}${extra}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await registrar.request({ method: 'GET', url: q })).json();
        seen.push(...page.items.map((i: { id: number }) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    for (const limit of [1, 3, 50]) expect(await pages('', limit), `limit ${limit}`).toEqual(expected);
    const from = new Date(Date.now() - 366 * 86_400_000).toISOString();
    const recent = new Set(made.filter((m) => m.age < 366).map((m) => m.id));
    expect(await pages(`&from=${from}`, 3)).toEqual(expected.filter((id) => recent.has(id)));
    const to = new Date(Date.now() - 31 * 86_400_000).toISOString();
    const older = new Set(made.filter((m) => m.age > 31).map((m) => m.id));
    expect(await pages(`&to=${to}`, 2)).toEqual(expected.filter((id) => older.has(id)));

    // Every way of finding the candidates (the grams index by windows, with the body's token, or the body's own
    // rows) gives the same pages.
    const actor = { orgId: tree.bureau.id, orgPath: tree.bureau.path };
    for (const path of ['grams', 'body', 'scope'] as const) {
      const seen: number[] = [];
      let cursor: Cursor | undefined;
      do {
        const query = { limit: 3, sort: 'receivedAt', order: 'desc', terms: ['滑坡隐患'], cursor, path } as ListArgs;
        const rows = await worklistRepository.list(db, actor, query);
        const page = rows.slice(0, 3);
        seen.push(...page.map((r) => r.id));
        const last = page.at(-1);
        cursor = rows.length > 3 && last ? [last.title_hit ? 1 : 0, last.received_at.getTime(), last.id] : undefined;
      } while (cursor);
      expect(seen, path).toEqual(expected);
    }
  });

  it('filters and pages with a keyset cursor, with no repeats or gaps', async () => {
    const all: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await registrar.request({ method: 'GET', url: `/api/petitions?limit=7${cursor ? `&cursor=${cursor}` : ''}` });
      const page = res.json();
      all.push(...page.items.map((i: { id: number }) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    const total = await db
      .selectFrom('petitions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', tree.bureau.id)
      .executeTakeFirstOrThrow();
    expect(all).toHaveLength(total.n);
    expect(new Set(all).size).toBe(total.n);
    const visits = (await registrar.request({ method: 'GET', url: '/api/petitions?channel=visit&group=true' })).json();
    expect(visits.items.every((i: { channel: string; flags: { group: boolean } }) => i.channel === 'visit' && i.flags.group)).toBe(true);
    expect((await registrar.request({ method: 'GET', url: '/api/petitions?cursor=garbage' })).statusCode).toBe(400);
  });

  it('masks identity numbers and phones in lists for every role', async () => {
    const { items } = await search('赵铁柱');
    expect(items[0].mainPetitioner.phone).toBe('139****2222');
  });

  it('exports the current list to Excel, masked', async () => {
    const res = await registrar.request({ method: 'GET', url: `/api/petitions/export?q=${encodeURIComponent('拆迁')}` });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).text).toBe('编号');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(12).text).toBe('139****2222');
  });

  it('names every status in the export, 已退回 included', async () => {
    const { petition } = await register(registrar, { title: '退回状态导出核对' });
    await act(registrar, petition.id, 'assign', { toOrgId: tree.department.id, requirements: '请调查处理' });
    await act(await loginAs(app, db, tree.department, ['handler']), petition.id, 'return', { reason: '不属于本单位职责。' });
    const res = await registrar.request({ method: 'GET', url: `/api/petitions/export?q=${encodeURIComponent('退回状态导出核对')}` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(5).text).toBe('状态');
    expect(sheet.getRow(2).getCell(5).text).toBe('已退回');
  });
});

describe('the 承办人 and the working days left: filters and the head’s figures', () => {
  type Row = { handler: { id: number; name: string }; overdue: number; dueSoon: number };
  const ids = async (s: Session, query: string) =>
    ((await s.request({ method: 'GET', url: `/api/petitions?${query}` })).json().items as { id: number }[]).map((i) => i.id).sort();
  /** Moves the department's open clocks of a petition to end at `due`. */
  const dueAt = (petitionId: number, due: Date) =>
    db
      .updateTable('petition_clocks')
      .set({ due_at: due })
      .where('petition_id', '=', petitionId)
      .where('org_id', '=', tree.department.id)
      .where('stopped_at', 'is', null)
      .execute();

  it('counts per handler exactly what the list filtered to that handler shows, as the head sees it', async () => {
    const [h1, h2] = [await loginAs(app, db, tree.department, ['handler']), await loginAs(app, db, tree.department, ['handler'])];
    const head = await loginAs(app, db, tree.department, ['leader']);
    const made: number[] = [];
    for (const title of ['承办人甲超期事项', '承办人甲临期事项', '承办人乙接手事项', '承办人乙临期事项', '尚无承办人超期事项']) {
      const { petition } = await register(registrar, { title });
      await act(registrar, petition.id, 'assign', { toOrgId: tree.department.id, requirements: '请调查处理' });
      made.push(petition.id);
    }
    const [overdue, soon, takenOver, soon2, untouched] = made as [number, number, number, number, number];
    for (const id of [overdue, soon, takenOver]) await act(h1, id, 'receive');
    await act(h2, soon2, 'receive');
    // The handler who acted last is the 承办人: h2 takes over the third matter from h1.
    await act(h2, takenOver, 'record', { kind: 'investigation', occurredOn: new Date().toISOString().slice(0, 10), note: '现场核实。' });

    const horizon = await createClocksService({ db }).horizon(3);
    await dueAt(overdue, new Date(Date.now() - 3600_000));
    await dueAt(soon, horizon); // the last instant of the third working day: within
    await dueAt(takenOver, new Date(horizon.getTime() + 86_400_000)); // a day past it: not within
    await dueAt(soon2, new Date(Date.now() + 3600_000));
    // No handler has acted on the fifth; the head reading it does not make them its 承办人 either.
    await dueAt(untouched, new Date(Date.now() - 7200_000));
    await detail(head, untouched);

    const figures = (await head.request({ method: 'GET', url: '/api/petitions/by-handler' })).json() as {
      dueSoonWorkingDays: number;
      rows: Row[];
      unhandled: { overdue: number; dueSoon: number };
    };
    expect(figures.dueSoonWorkingDays).toBe(3);
    expect(figures.unhandled).toEqual({ overdue: 1, dueSoon: 0 });
    expect(await ids(head, 'unhandled=true&deadline=overdue')).toEqual([untouched]);
    expect(await ids(head, 'unhandled=true')).toEqual([untouched]);
    const byId = new Map(figures.rows.map((r) => [r.handler.id, r]));
    expect(byId.get(h1.userId)).toMatchObject({ overdue: 1, dueSoon: 1 });
    expect(byId.get(h2.userId)).toMatchObject({ overdue: 0, dueSoon: 1 });
    expect(byId.has(head.userId)).toBe(false); // a leader is no 承办人

    expect(await ids(head, `handlerId=${h1.userId}&deadline=overdue`)).toEqual([overdue]);
    expect(await ids(head, `handlerId=${h1.userId}&dueWithin=3`)).toEqual([soon]);
    expect(await ids(head, `handlerId=${h2.userId}&dueWithin=3`)).toEqual([soon2]);
    expect(await ids(head, `handlerId=${h2.userId}`)).toEqual([takenOver, soon2].sort());
    const count = async (query: string) => (await head.request({ method: 'GET', url: `/api/petitions/count?${query}` })).json().total;
    expect(await count(`handlerId=${h1.userId}&deadline=overdue`)).toBe(1);

    // The same visibility as the list: a matter complaining about the department is hidden from it (条例 Art. 30),
    // from its figures too.
    const { version } = await detail(registrar, overdue);
    const corrected = await registrar.request({
      method: 'PATCH',
      url: `/api/petitions/${overdue}`,
      payload: { version, reason: '被反映单位登记有误', type: 'accusation', accusedOrgId: tree.department.id },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const after = (await head.request({ method: 'GET', url: '/api/petitions/by-handler' })).json() as { rows: Row[] };
    expect(after.rows.find((r) => r.handler.id === h1.userId)).toMatchObject({ overdue: 0, dueSoon: 1 });
    expect(await ids(head, `handlerId=${h1.userId}&deadline=overdue`)).toEqual([]);
  });

  it('refuses a working-day count out of range', async () => {
    const res = await registrar.request({ method: 'GET', url: '/api/petitions?dueWithin=0' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });
});

describe('the search planner', () => {
  it('keeps what it read in its own object: a second search reads nothing, a fresh planner reads again', async () => {
    let queries = 0;
    const counting: KyselyPlugin = { transformQuery: (a) => (queries++, a.node), transformResult: async (a) => a.result };
    const counted = db.withPlugin(counting);
    const body = { orgId: tree.bureau.id, orgPath: tree.bureau.path };
    const planner = createSearchPlanner();
    await planner.path(counted, body, ['物业'], 51);
    expect(queries).toBe(2); // the grams' frequencies and the body's size
    await planner.path(counted, body, ['拆迁'], 51);
    expect(queries).toBe(2);
    await createSearchPlanner().path(counted, body, ['物业'], 51);
    expect(queries).toBe(4);
    // The top body's scope is every petition: the grams index, without reading anything.
    expect(await planner.path(counted, { orgId: tree.county.id, orgPath: tree.county.path }, ['物业'], 51)).toBe('grams');
    expect(queries).toBe(4);
  });
});
