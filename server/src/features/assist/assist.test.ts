import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, buildOrgTree, loginAs, registerPetition } from '../../test/factories.js';
import { act, DECISION, type Json } from '../../test/workflow.js';

const { app, db, jobs } = await createTestApp();
const tree = await buildOrgTree(db);
const registrar = await loginAs(app, db, tree.bureau, ['registrar']);
const handler = await loginAs(app, db, tree.department, ['handler']);
// A top body's administrator manages the model (category.manage); one of a body below does not.
const modelAdmin = await loginAs(app, db, tree.county, ['admin']);
const admin = await loginAs(app, db, tree.bureau, ['admin']);

const categoryId = async (path: string) =>
  (await db.selectFrom('categories').select('id').where('path', '=', path).executeTakeFirstOrThrow()).id;

async function suggest(payload: Record<string, unknown>): Promise<Json> {
  const res = await registrar.request({ method: 'POST', url: '/api/assist/suggest', payload });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A test that trains a model waits for it: seconds on a quiet machine, more beside other test files and CI. */
const TRAINING_TIMEOUT = 120_000;

const SCHOOL = {
  title: '孩子所在小学食堂饭菜质量差',
  content: '我的孩子在县实验小学读书，学校食堂的饭菜质量很差，学生经常吃不饱，请教育局调查学校食堂的管理。',
};

describe('suggestions at registration', () => {
  it(
    'gives the top three categories as taxonomy paths with a confidence, best first, and the model that made them',
    { timeout: TRAINING_TIMEOUT },
    async () => {
      const s = await suggest(SCHOOL);
      expect(s.categories).toHaveLength(3);
      expect(s.categories[0]).toMatchObject({ path: '教育文体', id: await categoryId('教育文体') });
      expect(s.categories[0].score).toBeGreaterThan(s.categories[1].score);
      expect(s.model).toMatchObject({ version: 1 });
      // The shipped model's evaluation is on record.
      const models = (await modelAdmin.request({ method: 'GET', url: '/api/assist/models' })).json().items;
      expect(models[0]).toMatchObject({ version: 1, active: true, kept: true, ownExamples: expect.any(Number) });
      expect(models[0].evaluation.perClass).toHaveLength(7);
      expect(models[0].evaluation.confusion).toHaveLength(7);
    },
  );

  it('names a category as it is now, though the server keeps the taxonomy in memory between suggestions', async () => {
    const id = await categoryId('教育文体');
    expect((await suggest(SCHOOL)).categories[0]).toMatchObject({ id, path: '教育文体' });
    await db.updateTable('categories').set({ name: '教育与文体', path: '教育与文体' }).where('id', '=', id).execute();
    try {
      expect((await suggest(SCHOOL)).categories[0]).toMatchObject({ id, path: '教育与文体' });
    } finally {
      await db.updateTable('categories').set({ name: '教育文体', path: '教育文体' }).where('id', '=', id).execute();
    }
    expect((await suggest(SCHOOL)).categories[0]).toMatchObject({ id, path: '教育文体' });
  });

  it('records the category and body the registrar chose as labels: taken from the offers, or overridden', async () => {
    const s = await suggest({ ...SCHOOL, placeRegionCode: '370724' });
    // The bodies offered as the form would send them (this tree's bodies have no history or rule match yet).
    const assist = {
      modelVersion: s.model.version,
      categoryIds: s.categories.map((c: Json) => c.id),
      bodyIds: [tree.county.id, tree.department.id],
    };
    const taken = await registerPetition(registrar, {
      ...SCHOOL,
      categoryId: s.categories[0].id,
      assist: { ...assist, bodyId: tree.department.id },
    });
    const overridden = await registerPetition(registrar, {
      ...SCHOOL,
      categoryId: await categoryId('民政'),
      assist: { ...assist, bodyId: null },
    });
    const labels = await db
      .selectFrom('assist_labels')
      .selectAll()
      .where('petition_id', 'in', [taken.petition.id, overridden.petition.id])
      .orderBy('id')
      .execute();
    expect(labels.map((l) => [l.petition_id, l.kind, l.rank, l.chosen])).toEqual([
      [taken.petition.id, 'category', 0, s.categories[0].id],
      [taken.petition.id, 'body', 1, tree.department.id],
      [overridden.petition.id, 'category', null, await categoryId('民政')],
      [overridden.petition.id, 'body', null, null],
    ]);
    // The body chosen at registration comes first when the petition is routed.
    const bodies = await registrar.request({ method: 'GET', url: `/api/assist/petitions/${taken.petition.id}/bodies` });
    expect(bodies.json().chosenAtRegistration).toBe(tree.department.id);
    // A label naming no body is bad input, and nothing is registered.
    const before = await db.selectFrom('petitions').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const bad = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: {
        ...SCHOOL,
        channel: 'phone',
        receivedAt: new Date().toISOString(),
        type: 'appeal',
        personsCount: 1,
        petitioners: [{ name: '王建华', phone: '13812345678' }],
        assist: { ...assist, bodyId: 2_000_000 },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('assist.bodyId');
    expect(await db.selectFrom('petitions').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).toEqual(before);
  });

  it('finds an existing matter whose exact title is typed, and says which words they share', async () => {
    const p = await registerPetition(registrar, {
      title: '五井镇茹家庄村道路年久失修无法通行',
      content: '村里的主干道多年没有修过，雨天无法通行。',
    });
    const s = await suggest({ title: '五井镇茹家庄村道路年久失修无法通行', content: '' });
    expect(s.similar[0]).toMatchObject({ id: p.petition.id, number: p.petition.number });
    expect(s.similar[0].phrase).toContain('茹家庄村道路年久失修');
  });

  it('refuses bad input with the field, and callers who may not register', async () => {
    const res = await registrar.request({ method: 'POST', url: '/api/assist/suggest', payload: { title: '字'.repeat(101), content: '' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('title');
    const place = await registrar.request({
      method: 'POST',
      url: '/api/assist/suggest',
      payload: { title: '', content: '', placeRegionCode: '999999' },
    });
    expect(place.json().error.details.fields[0].path).toBe('placeRegionCode');
    expect((await handler.request({ method: 'POST', url: '/api/assist/suggest', payload: SCHOOL })).statusCode).toBe(403);
  });

  it('gives the portal the categories only, without an account', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/public/assist/category', payload: SCHOOL });
    expect(res.statusCode, res.body).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(['categories', 'model']);
    expect(res.json().categories[0].path).toBe('教育文体');
  });
});

describe('handling bodies', () => {
  it(
    "falls back on the administrators' rules at the place's level, then learns from the routing history",
    { timeout: TRAINING_TIMEOUT },
    async () => {
      // Two education bureaus in scope: the one of the place's county is the rule's choice.
      await db
        .updateTable('orgs')
        .set({ region_code: '370724' })
        .where('id', 'in', [tree.county.id, tree.bureau.id, tree.department.id])
        .execute();
      const education = await buildOrg(db, { parent: tree.county, kind: 'department', name: '测试县教育和体育局' });
      await db.updateTable('orgs').set({ region_code: '370724' }).where('id', '=', education.id).execute();
      const elsewhere = await buildOrg(db, { parent: tree.county, kind: 'department', name: '另一地教育局' });
      await db.updateTable('orgs').set({ region_code: '370725' }).where('id', '=', elsewhere.id).execute();
      const before = await suggest({ ...SCHOOL, placeRegionCode: '370724' });
      expect(before.bodies[0]).toMatchObject({ id: education.id, source: 'rule' });

      // The county's matters about school meals have been handled by the 住建局 here (say, the canteen's building):
      // forwarded there and signed for.
      const educationCategory = await categoryId('教育文体');
      for (let i = 0; i < 3; i++) {
        const p = await registerPetition(registrar, {
          ...SCHOOL,
          title: `${SCHOOL.title}（${i + 1}）`,
          categoryId: educationCategory,
          placeRegionCode: '370724',
        });
        await act(registrar, p.petition.id, 'forward', { toOrgId: tree.department.id, note: '请依法处理' });
        await act(handler, p.petition.id, 'receive');
      }
      await retrain();
      const after = await suggest({ ...SCHOOL, placeRegionCode: '370724' });
      expect(after.bodies[0]).toMatchObject({ id: tree.department.id, source: 'history' });
      expect(after.bodies.map((b: Json) => b.id)).toContain(education.id);
    },
  );

  it('never suggests the accused body for an accusation against it (条例 Art. 30)', async () => {
    const s = await suggest({ ...SCHOOL, placeRegionCode: '370724', accusedOrgId: tree.department.id });
    expect(s.bodies.map((b: Json) => b.id)).not.toContain(tree.department.id);
  });
});

async function retrain() {
  const res = await modelAdmin.request({ method: 'POST', url: '/api/assist/models/retrain' });
  expect(res.statusCode, res.body).toBe(202);
  await jobs.idle();
}

describe('versions', () => {
  const PONDS = {
    title: '村里的鱼塘承包费分配不公开',
    content: '村委会把集体鱼塘承包出去，承包费怎么分配从来不公开，村民要求公开集体收入账目。',
  };

  it(
    'a retrain picks up corrections and changes the suggestion; going back restores the earlier model',
    { timeout: TRAINING_TIMEOUT },
    async () => {
      const civil = await categoryId('民政');
      const first = await suggest(PONDS);
      expect(first.categories[0].id).not.toBe(civil);
      const versionBefore = first.model.version;
      // Registered under the model's first suggestion, then corrected by the registrar to 民政.
      for (let i = 0; i < 6; i++) {
        const p = await registerPetition(registrar, {
          title: `${PONDS.title}${i}`,
          content: PONDS.content,
          categoryId: first.categories[0].id,
        });
        const res = await registrar.request({
          method: 'PATCH',
          url: `/api/petitions/${p.petition.id}`,
          payload: { version: 1, reason: '问题分类登记有误', categoryId: civil },
        });
        expect(res.statusCode, res.body).toBe(200);
      }
      await retrain();
      const retrained = await suggest(PONDS);
      expect(retrained.model.version).toBeGreaterThan(versionBefore);
      expect(retrained.categories[0].id).toBe(civil);

      const models = (await modelAdmin.request({ method: 'GET', url: '/api/assist/models' })).json().items as Json[];
      const earlier = models.find((m) => m.version === versionBefore)!;
      expect(models.find((m) => m.active)?.version).toBe(retrained.model.version);
      expect(models[0]?.ownExamples).toBeGreaterThan(0);
      const back = await modelAdmin.request({ method: 'POST', url: `/api/assist/models/${earlier.id}/activate` });
      expect(back.statusCode, back.body).toBe(200);
      expect(back.json().model).toMatchObject({ version: versionBefore, active: true });
      const restored = await suggest(PONDS);
      expect(restored.model.version).toBe(versionBefore);
      expect(restored.categories[0].id).toBe(first.categories[0].id);
      const audit = await db.selectFrom('audit_events').select(['action']).where('action', 'like', 'assist.%').execute();
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(['assist.trained', 'assist.retrain_requested', 'assist.activated']),
      );
    },
  );

  it('lets only the taxonomy administrators see and change versions and rules', async () => {
    expect((await admin.request({ method: 'GET', url: '/api/assist/models' })).statusCode).toBe(403);
    expect((await registrar.request({ method: 'POST', url: '/api/assist/models/retrain' })).statusCode).toBe(403);
    expect((await modelAdmin.request({ method: 'POST', url: '/api/assist/models/999999/activate' })).json().error.code).toBe(
      'assist_model_not_found',
    );
  });

  it('edits the fallback rules, refusing a duplicate', async () => {
    const education = await categoryId('教育文体');
    const added = await modelAdmin.request({
      method: 'POST',
      url: '/api/assist/rules',
      payload: { categoryId: education, orgKind: 'township', nameContains: '' },
    });
    expect(added.statusCode, added.body).toBe(200);
    const rule = (added.json().items as Json[]).find((r) => r.categoryId === education && r.orgKind === 'township')!;
    expect(rule).toMatchObject({ categoryPath: '教育文体', nameContains: null });
    const again = await modelAdmin.request({
      method: 'POST',
      url: '/api/assist/rules',
      payload: { categoryId: education, orgKind: 'township' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('assist_rule_taken');
    const removed = await modelAdmin.request({ method: 'DELETE', url: `/api/assist/rules/${rule.id}` });
    expect((removed.json().items as Json[]).some((r) => r.id === rule.id)).toBe(false);
  });
});

describe('precedents and the knowledge base', () => {
  const PARKING = {
    title: '小区物业违规收取公共道路停车费',
    content: '我们小区的物业公司未经业主大会同意，占用小区公共道路划线收取停车费，请有关部门调查处理。',
  };

  /** A matter decided by the body that holds it, through the workflow. */
  async function decided(
    decider: Awaited<ReturnType<typeof loginAs>>,
    overrides: Record<string, unknown>,
    route?: { to: number; receiver: Awaited<ReturnType<typeof loginAs>> },
  ) {
    const p = await registerPetition(decider, { ...PARKING, ...overrides });
    if (route) {
      await act(decider, p.petition.id, 'forward', { toOrgId: route.to, note: '请依法处理' });
      await act(route.receiver, p.petition.id, 'receive');
      await act(route.receiver, p.petition.id, 'decide', DECISION);
    } else {
      await act(decider, p.petition.id, 'accept');
      await act(decider, p.petition.id, 'decide', DECISION);
    }
    return p.petition;
  }

  it("offers the decisions of similar matters in the reader's scope, never an accusation against the reader nor another area's", async () => {
    const desk = await loginAs(app, db, tree.bureau, ['registrar', 'handler']);
    const countyHandler = await loginAs(app, db, tree.county, ['handler']);
    const otherDesk = await loginAs(app, db, tree.otherDepartment, ['registrar', 'handler']);
    const ours = await decided(desk, { title: `${PARKING.title}（一）` }, { to: tree.department.id, receiver: handler });
    // An accusation against the county government, handled by the bureau that registered it: the county never sees it.
    const accusation = await decided(desk, {
      title: `${PARKING.title}（二）`,
      type: 'accusation',
      accusedOrgId: tree.county.id,
      accusedPerson: '某某',
    });
    const elsewhere = await decided(otherDesk, { title: `${PARKING.title}（三）` });
    const current = await registerPetition(registrar, PARKING);

    const res = await countyHandler.request({ method: 'GET', url: `/api/assist/petitions/${current.petition.id}/precedents` });
    expect(res.statusCode, res.body).toBe(200);
    const ids = (res.json().precedents as Json[]).map((p) => p.id);
    expect(ids).toContain(ours.id);
    expect(ids).not.toContain(accusation.id);
    expect(ids).not.toContain(elsewhere.id);
    expect((res.json().precedents as Json[]).find((p) => p.id === ours.id)).toMatchObject({
      outcome: DECISION.outcome,
      reasons: DECISION.reasons,
      basis: DECISION.basis,
      rating: null,
      orgName: tree.department.name,
    });
    // The bureau registered the accusation and sees it; it is a precedent there.
    const atDesk = await desk.request({ method: 'GET', url: `/api/assist/petitions/${current.petition.id}/precedents` });
    expect((atDesk.json().precedents as Json[]).map((p) => p.id)).toContain(accusation.id);
    // Another area's reader cannot ask about this petition at all.
    expect((await otherDesk.request({ method: 'GET', url: `/api/assist/petitions/${current.petition.id}/precedents` })).statusCode).toBe(
      404,
    );
  });

  it('suggests the knowledge-base entries about the matter; administrators curate them and withdraw, never delete', async () => {
    const entry = {
      kind: 'route',
      title: '小区停车收费纠纷的办理途径',
      body: '小区公共道路停车收费未经业主大会同意的，由住房和城乡建设部门责令物业公司改正；涉及价格违法的，移交市场监督管理部门。',
    };
    const created = await modelAdmin.request({ method: 'POST', url: '/api/assist/knowledge', payload: entry });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().entry.id as number;
    const unrelated = await modelAdmin.request({
      method: 'POST',
      url: '/api/assist/knowledge',
      payload: {
        kind: 'basis',
        title: '义务教育入学',
        body: '适龄儿童、少年应当按照规定入学接受义务教育。',
        citation: '《中华人民共和国义务教育法》第十一条',
      },
    });
    expect(unrelated.statusCode).toBe(201);
    const p = await registerPetition(registrar, PARKING);
    const reader = await loginAs(app, db, tree.county, ['handler']);
    const found = (await reader.request({ method: 'GET', url: `/api/assist/petitions/${p.petition.id}/precedents` })).json()
      .knowledge as Json[];
    expect(found.map((k) => k.id)).toEqual([id]);
    // Searchable by any staff; a withdrawn entry is no longer offered.
    const search = await registrar.request({ method: 'GET', url: '/api/assist/knowledge?q=停车收费' });
    expect((search.json().items as Json[]).map((k) => k.id)).toEqual([id]);
    expect((await registrar.request({ method: 'POST', url: '/api/assist/knowledge', payload: entry })).statusCode).toBe(403);
    await modelAdmin.request({ method: 'PUT', url: `/api/assist/knowledge/${id}`, payload: { ...entry, active: false } });
    expect((await registrar.request({ method: 'GET', url: '/api/assist/knowledge?q=停车收费' })).json().items).toEqual([]);
    const all = await modelAdmin.request({ method: 'GET', url: '/api/assist/knowledge?q=停车收费&all=true' });
    expect(all.json().items[0]).toMatchObject({ id, active: false });
    const bad = await modelAdmin.request({ method: 'POST', url: '/api/assist/knowledge', payload: { ...entry, title: '' } });
    expect(bad.json().error.details.fields[0].path).toBe('title');
  });
});
