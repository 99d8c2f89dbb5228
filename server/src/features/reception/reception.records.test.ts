import { addDays, chinaDate } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import type { Org } from '../../db/types.js';
import { createTestApp } from '../../test/app.js';
import { buildOrgTree, buildPublishedSlots, buildUser, loginAs, registerPetition, validIdNumber } from '../../test/factories.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const { app, db } = await createTestApp();
const tree = await buildOrgTree(db);
const desk = await loginAs(app, db, tree.bureau, ['registrar']);
const handler = await loginAs(app, db, tree.department, ['handler']);
const countyLeader = await loginAs(app, db, tree.county, ['leader']);
const otherLeader = (await buildUser(db, { org: tree.other, roles: ['leader'] })).id;
const clerk = (await buildUser(db, { org: tree.county, roles: ['handler'] })).id;
const today = chinaDate(new Date());
const anHourAgo = () => new Date(Date.now() - 3600_000).toISOString();

/** A published plan of the body with one slot at 08:30 China time of `day` for the leaders (as publication leaves it). */
const publishedSlot = async (org: Org, day: string, leaderIds: number[]) =>
  (await buildPublishedSlots(db, org, desk.userId, [{ startsAt: new Date(`${day}T08:30:00+08:00`), leaderIds }], '县信访接待中心'))[0]!;

const visitors = (n: number, representatives = 0) =>
  Array.from({ length: n }, (_, i) => ({
    name: `来访人${i + 1}`,
    idType: 'id_card',
    idNumber: validIdNumber(100 + i),
    phone: `1381234${String(5000 + i)}`,
    isRepresentative: i < representatives,
  }));
const assigned = (overrides: Json = {}) => ({
  title: '小区供暖不达标',
  content: '入冬以来室温长期不足 16 度，多次向供热公司反映未解决。',
  type: 'appeal',
  decision: 'assigned',
  instruction: '请住建局一周内核实处理，并向来访人答复。',
  orgId: tree.department.id,
  dueDate: addDays(today, 7),
  ...overrides,
});
const recordBody = (overrides: Json = {}) => ({
  kind: 'leader',
  heldAt: anHourAgo(),
  place: '县信访接待中心',
  leaderIds: [countyLeader.userId],
  visitors: visitors(1),
  raised: '反映小区供暖不达标问题。',
  counsel: '县法律援助中心李律师',
  matters: [assigned()],
  ...overrides,
});
const save = (payload: Json, s = desk, headers: Record<string, string> = {}) =>
  s.request({ method: 'POST', url: '/api/reception/records', payload, headers });
async function saved(payload: Json) {
  const res = await save(payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Json;
}
/** A document's filed text (the list gives its number and kind, not its words). */
const textOf = async (id: number) => (await db.selectFrom('documents').select('text').where('id', '=', id).executeTakeFirstOrThrow()).text;
const field = (res: { json: () => Json }) => res.json().error.details.fields[0].path as string;
const counts = async () => ({
  petitions: (await db.selectFrom('petitions').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  records: (await db.selectFrom('reception_records').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
});

describe('a reception on a slot with an assigned matter', () => {
  it('registers the matter as a 走访 petition, assigns it with the deadline, and the leader’s 批示 reaches the handling body', async () => {
    const slotId = await publishedSlot(tree.county, today, [countyLeader.userId]);
    // The form's choices: the government tree's leaders by the rules (not a clerk), and its published slots.
    const options = (await desk.request({ method: 'GET', url: '/api/reception/records/options' })).json();
    expect(options.leaders.map((l: Json) => l.id)).toContain(countyLeader.userId);
    expect(options.leaders.map((l: Json) => l.id)).not.toContain(clerk);
    expect(options.leaders.map((l: Json) => l.id)).not.toContain(otherLeader);
    expect(options.slots.find((s: Json) => s.id === slotId)).toMatchObject({
      label: expect.stringMatching(new RegExp(`^${today} 08:30—12:00 `)),
      leaders: [{ id: countyLeader.userId }],
    });
    const { record, queryCodes } = await saved(recordBody({ slotId, place: null, visitors: visitors(2, 1) }));
    expect(record).toMatchObject({
      kind: 'leader',
      slotId,
      place: '县信访接待中心',
      unscheduled: false,
      counsel: '县法律援助中心李律师',
      leaders: [{ id: countyLeader.userId }],
    });
    // Identity numbers and phones masked as petitioners' are.
    expect(record.visitors[0].idNumber).toMatch(/\*/);
    expect(record.visitors[0].phone).toMatch(/\*/);
    const [matter] = record.matters;
    expect(matter).toMatchObject({ decision: 'assigned', registered: true, org: { id: tree.department.id }, dueDate: addDays(today, 7) });
    expect(matter.petition.status).toBe('assigned');
    expect(queryCodes).toEqual([{ petitionId: matter.petition.id, number: matter.petition.number, queryCode: expect.any(String) }]);

    const petition = (await desk.request({ method: 'GET', url: `/api/petitions/${matter.petition.id}` })).json().petition;
    expect(petition).toMatchObject({ channel: 'visit', title: '小区供暖不达标' });
    expect(petition.petitioners.map((p: Json) => [p.name, p.isMain, p.isRepresentative])).toEqual([
      ['来访人1', true, true],
      ['来访人2', false, false],
    ]);
    expect(petition.events.map((e: Json) => e.kind)).toEqual(['registered', 'assign', 'instruct']);
    expect(petition.workflow.instructions[0]).toMatchObject({
      text: '请住建局一周内核实处理，并向来访人答复。',
      org: { id: tree.county.id },
    });

    const inbox = (await handler.request({ method: 'GET', url: '/api/inbox' })).json().sections;
    expect(inbox.instruction.map((i: Json) => i.id)).toContain(matter.petition.id);
    expect(inbox.receive.map((i: Json) => i.id)).toContain(matter.petition.id);

    // The 交办单 to the body and the petitioner's notices are the workflow's documents, downloadable as the others.
    const docs = (await desk.request({ method: 'GET', url: `/api/petitions/${matter.petition.id}/documents` })).json().items as Json[];
    expect(docs.map((d) => d.kind)).toEqual(['receipt', 'assignment_slip', 'assignment_notice', 'reception_notice']);
    // The record lists them with the matter.
    expect(matter.documents.map((d: Json) => d.id)).toEqual(docs.map((d) => d.id));
    const slip = docs.find((d) => d.kind === 'assignment_slip')!;
    expect(await textOf(slip.id)).toContain('请住建局一周内核实处理，并向来访人答复。');
    // The visitor's notice says who received them, what was decided, by whom and by when, and where to follow it.
    const notice = docs.find((d) => d.kind === 'reception_notice')!;
    expect(notice.title).toBe('领导接访告知书');
    const leaderName = `用户${(await db.selectFrom('users').select('username').where('id', '=', countyLeader.userId).executeTakeFirstOrThrow()).username}`;
    for (const part of [
      leaderName,
      '县信访接待中心',
      `交由${tree.department.name}办理`,
      '领导批示：请住建局一周内核实处理',
      matter.petition.number,
    ])
      expect(await textOf(notice.id)).toContain(part);
    for (const [doc, format, magic] of [
      [slip, 'docx', 'PK'],
      [notice, 'pdf', '%PDF'],
    ] as const) {
      const file = await desk.request({ method: 'GET', url: `/api/documents/${doc.id}/file?format=${format}` });
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.subarray(0, magic.length).toString()).toBe(magic);
    }

    // The leader finds it among the receptions they held, with the petition's state.
    const mine = (await countyLeader.request({ method: 'GET', url: '/api/reception/records?mine=true' })).json().items as Json[];
    expect(mine.map((r) => r.id)).toEqual([record.id]);
    expect(mine[0]!.matters[0].petition.status).toBe('assigned');
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'reception.record_created').execute();
    expect(audit.map((a) => a.object_id)).toContain(String(record.id));
  });

  it('flags a reception-day record whose leader was not on the published plan that day, and lists it by filter', async () => {
    const leader = (await buildUser(db, { org: tree.county, roles: ['leader'] })).id;
    const { record } = await saved(
      recordBody({ leaderIds: [leader], matters: [{ ...assigned(), decision: 'solved', orgId: null, dueDate: null }] }),
    );
    expect(record.unscheduled).toBe(true);
    expect(record.matters[0].petition.status).toBe('registered');
    // Outreach is not planned: never flagged.
    const outreach = await saved(recordBody({ kind: 'outreach', leaderIds: [leader], place: '某村村委会', matters: [assigned()] }));
    expect(outreach.record.unscheduled).toBe(false);
    const listed = // From the day it was held: an hour ago is yesterday in the first hour of a China day.
      (
        await desk.request({
          method: 'GET',
          url: `/api/reception/records?leaderId=${leader}&kind=leader&from=${chinaDate(new Date(record.heldAt))}`,
        })
      ).json().items as Json[];
    expect(listed.map((r) => [r.id, r.unscheduled])).toEqual([[record.id, true]]);
  });
});

describe('下访 and 约访 of a long-running matter', () => {
  it('links the record to the petition and its 包案; a linked matter’s 批示 reaches its handling body, not registered or routed again', async () => {
    const { petition } = await registerPetition(desk);
    const act = (s: typeof desk, action: string, body: Json, version: number) =>
      s.request({ method: 'POST', url: `/api/petitions/${petition.id}/actions/${action}`, payload: { version, ...body } });
    const detail = async () => (await desk.request({ method: 'GET', url: `/api/petitions/${petition.id}` })).json().petition as Json;
    const routed = await act(desk, 'assign', { toOrgId: tree.department.id, requirements: '依法处理' }, (await detail()).version);
    expect(routed.statusCode, routed.body).toBe(200);
    expect((await act(countyLeader, 'takeOwnership', { note: '县领导包案' }, (await detail()).version)).statusCode).toBe(200);
    const ownership = await db.selectFrom('ownerships').select('id').where('petition_id', '=', petition.id).executeTakeFirstOrThrow();
    const before = await counts();
    const linkedMatter = {
      title: '停车费问题',
      decision: 'assigned',
      instruction: '请物业主管部门约谈物业公司。',
      dueDate: addDays(today, 3),
      petitionId: petition.id,
    };
    // Its handling body is the petition's: naming another would send a 交办单 to a body that cannot open it.
    const elsewhere = await save(
      recordBody({ kind: 'outreach', petitionId: petition.id, place: '信访人家中', matters: [{ ...linkedMatter, orgId: tree.other.id }] }),
    );
    expect([elsewhere.statusCode, field(elsewhere)]).toEqual([400, 'matters.0.orgId']);
    for (const kind of ['invitation', 'outreach']) {
      const { record } = await saved(recordBody({ kind, petitionId: petition.id, place: '信访人家中', matters: [linkedMatter] }));
      expect(record).toMatchObject({ kind, petition: { id: petition.id, number: petition.number }, ownershipId: ownership.id });
      expect(record.matters[0]).toMatchObject({ registered: false, petition: { id: petition.id } });
      // Only what this reception issued: the visitor's notice, naming the body the 批示 reached.
      expect(record.matters[0].documents.map((d: Json) => d.title)).toEqual(['领导接访告知书']);
      const notice = await textOf(record.matters[0].documents[0].id);
      expect(notice).toContain(`交由${tree.department.name}办理，于`);
    }
    expect((await counts()).petitions).toBe(before.petitions);
    const { workflow } = await detail();
    expect(workflow.instructions).toHaveLength(2);
    // The leader's time limit is part of the 批示; it reached the department handling the petition and the bureau that sent it there.
    expect(workflow.instructions[1].text).toMatch(/^请物业主管部门约谈物业公司。请于.+前办结。$/);
    expect(workflow.instructions[1].recipients.map((r: Json) => r.org.id)).toEqual([tree.bureau.id, tree.department.id]);
    // Not routed again: its one 交办单 (and the petitioner's notice of it) is the registrar's; each reception gave the visitor a notice.
    const docs = (await desk.request({ method: 'GET', url: `/api/petitions/${petition.id}/documents` })).json().items as Json[];
    expect(docs.map((d) => d.kind)).toEqual(['receipt', 'assignment_slip', 'assignment_notice', 'reception_notice', 'reception_notice']);
    // 约访 names the matter it is about.
    const bare = await save(recordBody({ kind: 'invitation', matters: [linkedMatter] }));
    expect(bare.statusCode).toBe(400);
    expect(field(bare)).toBe('petitionId');
  });
});

describe('a bad matter leaves nothing', () => {
  it('rolls back the record and the petitions already registered from it when a later matter fails', async () => {
    const before = await counts();
    const res = await save(recordBody({ matters: [assigned(), assigned({ orgId: null, petitionId: 999_999_999 })] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('reception_petition_unknown');
    expect(field(res)).toBe('matters.1.petitionId');
    expect(await counts()).toEqual(before);
    // A registration rule of the matter's petition is named where it sits in the record: the main visitor's ID number.
    const noId = await save(recordBody({ visitors: [{ name: '无证件', phone: '13812340000' }], matters: [assigned(), assigned()] }));
    expect(noId.statusCode).toBe(400);
    expect(field(noId)).toBe('visitors.0.idNumber');
    // A refusal of the 交办 itself names the matter's own field (its body), not the action's.
    const own = await save(recordBody({ matters: [assigned({ orgId: tree.bureau.id })] }));
    expect([own.statusCode, field(own)]).toEqual([400, 'matters.0.orgId']);
    expect(await counts()).toEqual(before);
  });
});

describe('bad input', () => {
  it('answers each with a stable code and the field, in Chinese and in English', async () => {
    const cases: [Json, string, string][] = [
      [{ visitors: visitors(8, 6) }, 'representatives_exceeded', 'visitors'],
      [{ leaderIds: [999_999] }, 'reception_leader_unknown', 'leaderIds'],
      [{ leaderIds: [otherLeader] }, 'reception_leader_unknown', 'leaderIds'],
      [{ leaderIds: [clerk] }, 'reception_not_leader', 'leaderIds'],
      [{ kind: 'joint', presentOrgIds: [999_999] }, 'reception_org_unknown', 'presentOrgIds'],
      [{ matters: [assigned({ orgId: 999_999 })] }, 'reception_org_unknown', 'matters.0.orgId'],
      [{ matters: [assigned({ orgId: null })] }, 'validation_failed', 'matters.0.orgId'],
      [{ matters: [assigned({ dueDate: null })] }, 'validation_failed', 'matters.0.dueDate'],
      [{ matters: [assigned({ dueDate: addDays(today, -1) })] }, 'reception_due_past', 'matters.0.dueDate'],
      [{ matters: [assigned({ orgId: null, petitionId: 999_999_999 })] }, 'reception_petition_unknown', 'matters.0.petitionId'],
      [{ matters: [assigned({ decision: 'legal_route', orgId: null, dueDate: null })] }, 'validation_failed', 'matters.0.legalRoute'],
    ];
    const before = await counts();
    for (const [overrides, code, path] of cases) {
      const res = await save(recordBody(overrides));
      expect([res.statusCode, res.json().error.code, field(res)], JSON.stringify(overrides)).toEqual([400, code, path]);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const en = await save(recordBody({ leaderIds: [clerk] }), desk, { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('This user does not count as a leader under the reception rules.');
    expect(await counts()).toEqual(before);
    // Recording registers petitions: a handler may not.
    expect((await save(recordBody(), handler)).statusCode).toBe(403);
  });

  it('registers an accusation with whom it accuses, and never assigns it to the accused or before the accused body is known', async () => {
    const accusation = (overrides: Json) =>
      recordBody({
        matters: [assigned({ type: 'accusation', title: '某站所工作人员索要好处费', orgId: tree.department.id, ...overrides })],
      });
    const before = await counts();
    const unknown = await save(accusation({ accusedPerson: '某站所工作人员' }));
    expect([unknown.statusCode, field(unknown)]).toEqual([400, 'matters.0.accusedOrgId']);
    const toAccused = await save(accusation({ accusedOrgId: tree.department.id }));
    expect([toAccused.statusCode, toAccused.json().error.code, toAccused.json().error.details.field]).toEqual([
      409,
      'route_to_accused',
      'matters.0.orgId',
    ]);
    expect(await counts()).toEqual(before);
    const { record } = await saved(accusation({ accusedPerson: '某站所工作人员', accusedOrgNone: true }));
    const p = await db
      .selectFrom('petitions')
      .select(['type', 'accused_person', 'accused_org_unknown', 'status'])
      .where('id', '=', record.matters[0].petition.id)
      .executeTakeFirstOrThrow();
    expect(p).toEqual({ type: 'accusation', accused_person: '某站所工作人员', accused_org_unknown: false, status: 'assigned' });
  });

  it('tells the legal route: the matter is registered and declined with the route', async () => {
    const { record } = await saved(
      recordBody({
        matters: [
          assigned({
            decision: 'legal_route',
            orgId: null,
            dueDate: null,
            legalRoute: 'litigation',
            instruction: '属民事纠纷，请向人民法院起诉。',
          }),
        ],
      }),
    );
    expect(record.matters[0]).toMatchObject({ legalRoute: 'litigation', petition: { status: 'declined' } });
    const docs = (await desk.request({ method: 'GET', url: `/api/petitions/${record.matters[0].petition.id}/documents` })).json()
      .items as Json[];
    expect(docs.map((d) => d.kind)).toEqual(['receipt', 'decline_notice', 'reception_notice']);
    expect(await textOf(docs.at(-1)!.id)).toContain('请你依法向人民法院提起诉讼');
  });
});

describe('the records list', () => {
  it('pages newest first by a keyset cursor, every record once, and refuses a made-up cursor', async () => {
    // 55 outreach records of 2020, one a day at 09:00 and two at the same instant (the id breaks the tie).
    const rows = Array.from({ length: 55 }, (_, i) => ({
      org_id: tree.bureau.id,
      kind: 'outreach' as const,
      held_at: new Date(Date.UTC(2020, 0, 1 + Math.min(i, 53), 1)),
      place: `某村${i}`,
      leader_ids: [countyLeader.userId],
      raised: '下访了解情况',
      unscheduled: false,
      created_by: desk.userId,
      updated_by: desk.userId,
    }));
    await db.insertInto('reception_records').values(rows).execute();
    const page = async (cursor?: string) => {
      const q = new URLSearchParams({ kind: 'outreach', from: '2020-01-01', to: '2020-12-31', ...(cursor && { cursor }) });
      const res = await desk.request({ method: 'GET', url: `/api/reception/records?${q.toString()}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: Json[]; nextCursor: string | null };
    };
    const first = await page();
    expect(first.items).toHaveLength(50);
    expect(first.items[0]!.place).toBe('某村54');
    const second = await page(first.nextCursor!);
    expect(second.nextCursor).toBeNull();
    const places = [...first.items, ...second.items].map((r) => r.place);
    expect(new Set(places).size).toBe(55);
    const bad = await desk.request({ method: 'GET', url: '/api/reception/records?cursor=WzFd' });
    expect([bad.statusCode, field(bad)]).toEqual([400, 'cursor']);
  });
});

describe('correcting a record', () => {
  it('changes its own facts, retires the visitors it replaces, audits, and refuses a stale version or six speakers', async () => {
    const { record } = await saved(recordBody({ matters: [{ ...assigned(), decision: 'solved', orgId: null, dueDate: null }] }));
    const edit = (payload: Json) => desk.request({ method: 'PUT', url: `/api/reception/records/${record.id}`, payload });
    const body = {
      version: record.version,
      place: '县信访接待中心二楼',
      raised: '反映供暖问题，另询问补贴政策。',
      counsel: '',
      visitors: visitors(2, 1),
    };
    const res = await edit(body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().record).toMatchObject({
      place: '县信访接待中心二楼',
      version: record.version + 1,
      matters: [{ id: record.matters[0].id }],
    });
    expect(res.json().record.visitors.map((v: Json) => v.name)).toEqual(['来访人1', '来访人2']);
    const rows = await db
      .selectFrom('reception_visitors')
      .select(['name', 'removed_at'])
      .where('record_id', '=', record.id)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.name, r.removed_at !== null])).toEqual([
      ['来访人1', true],
      ['来访人1', false],
      ['来访人2', false],
    ]);
    const audit = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'reception.record_updated')
      .executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ place: '县信访接待中心' });

    const stale = await edit(body);
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'version_conflict']);
    const six = await edit({ ...body, version: record.version + 1, visitors: visitors(6, 6) });
    expect([six.statusCode, six.json().error.code, field(six)]).toEqual([400, 'representatives_exceeded', 'visitors']);
    expect((await desk.request({ method: 'PUT', url: '/api/reception/records/999999', payload: body })).statusCode).toBe(404);
  });

  it('keeps a visitor’s identity when it comes back masked, as the record showed it', async () => {
    const { record } = await saved(
      recordBody({ visitors: visitors(2), matters: [{ ...assigned(), decision: 'solved', orgId: null, dueDate: null }] }),
    );
    const shown = record.visitors as Json[];
    expect(shown[0]!.idNumber).toContain('*');
    const edit = (visitorRows: Json[], version = record.version) =>
      desk.request({
        method: 'PUT',
        url: `/api/reception/records/${record.id}`,
        payload: { version, place: record.place, raised: record.raised, counsel: '', visitors: visitorRows },
      });
    // The first kept as shown but renamed, the second's phone corrected, one newcomer.
    const res = await edit([
      { ...shown[0], name: '来访人一' },
      { ...shown[1], phone: '13812349999' },
      { name: '新来访人', phone: '13812348888' },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const stored = await db
      .selectFrom('reception_visitors')
      .select(['name', 'id_number', 'phone'])
      .where('record_id', '=', record.id)
      .where('removed_at', 'is', null)
      .orderBy('position')
      .execute();
    expect(stored).toEqual([
      { name: '来访人一', id_number: validIdNumber(100), phone: '13812345000' },
      { name: '来访人2', id_number: validIdNumber(101), phone: '13812349999' },
      { name: '新来访人', id_number: null, phone: '13812348888' },
    ]);
    // A masked value is only "unchanged" for a visitor of this record; an id from elsewhere is refused.
    const foreign = await edit([{ ...shown[0], id: 999_999_999 }], record.version + 1);
    expect([foreign.statusCode, foreign.json().error.code, field(foreign)]).toEqual([400, 'reception_visitor_unknown', 'visitors.0']);
    const newcomerMasked = await edit([{ name: '无编号', phone: '138****0000' }], record.version + 1);
    expect([newcomerMasked.statusCode, field(newcomerMasked)]).toEqual([400, 'visitors.0.phone']);
  });
});
