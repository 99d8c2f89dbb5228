import { chinaDate, WORKFLOW_ACTIONS } from '@xinfang/domain';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { expectEventsReadWithUnion, missing } from '../../test/events.js';
import { buildOrg, loginAs, petitionInput, validIdNumber, type Session } from '../../test/factories.js';
import { act, DECISION, detail, type Json } from '../../test/workflow.js';

const { app, db } = await createTestApp();
// A city above a county: the county government reviews its departments (复查), the city re-examines (复核).
const city = await buildOrg(db, { kind: 'government', name: '测试市人民政府' });
const court = await buildOrg(db, { parent: city, kind: 'court', name: '测试市中级人民法院' });
const county = await buildOrg(db, { parent: city, kind: 'government', name: '测试县人民政府' });
const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '测试县信访局' });
const dept = await buildOrg(db, { parent: county, kind: 'department', name: '测试县住房和城乡建设局' });
const deptUnit = await buildOrg(db, { parent: dept, kind: 'department', name: '测试县物业服务中心' });
const dept2 = await buildOrg(db, { parent: county, kind: 'department', name: '测试县自然资源局' });
const township = await buildOrg(db, { parent: county, kind: 'township', name: '测试镇人民政府' });
const village = await buildOrg(db, { parent: township, kind: 'village', name: '测试村村民委员会' });
const discipline = await buildOrg(db, { parent: county, kind: 'discipline', name: '测试县纪委监委' });
const other = await buildOrg(db, { kind: 'government', name: '无关县人民政府' });

const registrar = await loginAs(app, db, bureau, ['registrar']);
const supervisor = await loginAs(app, db, bureau, ['supervisor']);
const handler = await loginAs(app, db, dept, ['handler']);
const head = await loginAs(app, db, dept, ['leader']);
const handler2 = await loginAs(app, db, dept2, ['handler']);
const townHandler = await loginAs(app, db, township, ['handler']);
const disciplineHandler = await loginAs(app, db, discipline, ['handler']);
const countyOffice = await loginAs(app, db, county, ['registrar', 'handler']);
const countyLeader = await loginAs(app, db, county, ['leader']);
const cityOffice = await loginAs(app, db, city, ['registrar', 'handler']);
const outsider = await loginAs(app, db, other, ['handler']);

const today = () => chinaDate(new Date());
const daysFromToday = (n: number) => chinaDate(new Date(Date.now() + n * 86_400_000));
const DAY = 86_400_000;

const decision = DECISION;

async function register(overrides: Record<string, unknown> = {}): Promise<Json> {
  const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput(overrides) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().petition;
}

const clock = (p: Json, key: string): Json => (p.clocks as Json[]).filter((c) => c.key === key).at(-1)!;

afterEach(() => {
  vi.useRealTimers();
});

describe('routing (条例 Arts. 22–24, 31)', () => {
  it('forward: the body signs, handles, decides, delivers and concludes; every step an event with from and to', async () => {
    const p = await register();
    expect((await detail(registrar, p.id)).actions).toEqual(expect.arrayContaining(['accept', 'forward', 'assign', 'decline']));
    expect((await handler.request({ method: 'GET', url: `/api/petitions/${p.id}` })).statusCode).toBe(404);

    const forwarded = (await act(registrar, p.id, 'forward', { toOrgId: dept.id, note: '请依法处理' })).petition;
    expect(forwarded.status).toBe('forwarded');
    expect(clock(forwarded, 'decide')).toMatchObject({ stopEvent: 'forwarded,delivered_to_body' });
    expect(clock(forwarded, 'object')).toMatchObject({ stoppedAt: null, label: '有权处理机关提出异议' });
    // The body it was sent to sees it now, and has exactly its own buttons.
    expect((await detail(handler, p.id)).actions).toEqual(['receive', 'return']);
    expect((await outsider.request({ method: 'GET', url: `/api/petitions/${p.id}` })).statusCode).toBe(404);

    const received = (await act(handler, p.id, 'receive')).petition;
    expect(received).toMatchObject({ status: 'handling', holder: { id: dept.id } });
    expect(clock(received, 'object').stoppedAt).not.toBeNull();
    expect(clock(received, 'handle')).toMatchObject({ stoppedAt: null });

    await act(handler, p.id, 'record', { kind: 'investigation', occurredOn: today(), note: '到小区实地调查，询问物业公司和业主代表。' });
    // 复查 goes to a higher body, not to the deciding body or one under it.
    expect((await act(handler, p.id, 'decide', { ...decision, reviewOrgId: deptUnit.id }, 400)).error.details.fields[0].path).toBe(
      'reviewOrgId',
    );
    const answered = (await act(handler, p.id, 'decide', decision)).petition;
    expect(answered.status).toBe('answered');
    expect(answered.workflow.decisions[0]).toMatchObject({
      stage: 'handling',
      outcome: 'support',
      reviewOrg: { id: county.id },
      reviewDays: 30,
    });
    expect(clock(answered, 'handle').stoppedAt).not.toBeNull();
    expect(answered.actions).toEqual(['deliver']);

    const delivered = (await act(handler, p.id, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: today() })).petition;
    expect(clock(delivered, 'review_request')).toMatchObject({ stoppedAt: null, grade: null });
    const concluded = (await act(handler, p.id, 'conclude', { report: '已责令物业公司停止收费并退还已收费用。' })).petition;
    expect(concluded.status).toBe('concluded'); // forwarded: no verification by the sender

    const kinds = (concluded.events as Json[]).map((e) => [e.kind, e.fromStatus, e.toStatus]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['forward', 'registered', 'forwarded'],
        ['receive', 'forwarded', 'handling'],
        ['decide', 'handling', 'answered'],
        ['conclude', 'answered', 'concluded'],
      ]),
    );
    const audit = await db.selectFrom('audit_events').select('action').where('object_id', '=', String(p.id)).execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['petition.forward', 'petition.receive', 'petition.decide', 'petition.deliver']),
    );
  });

  it('accept: the registering body handles it itself', async () => {
    const p = await register();
    const accepted = (await act(registrar, p.id, 'accept', { note: '本机关直接办理' })).petition;
    expect(accepted).toMatchObject({ status: 'accepted', holder: { id: bureau.id } });
    expect(clock(accepted, 'handle')).toMatchObject({ stoppedAt: null });
  });

  it('decline names the statutory route (诉访分离, Art. 31); courts are a route, not a handler', async () => {
    const p = await register({ litigation: true });
    const refused = await act(registrar, p.id, 'forward', { toOrgId: court.id }, 409);
    expect(refused.error.code).toBe('route_target_invalid');
    const declined = (
      await act(registrar, p.id, 'decline', { route: 'litigation', routeOrgId: court.id, reason: '该事项属于人民法院受理范围。' })
    ).petition;
    expect(declined).toMatchObject({ status: 'declined', workflow: { decline: { route: 'litigation', routeOrg: { id: court.id } } } });
    expect(clock(declined, 'decide').stoppedAt).not.toBeNull();
    expect(declined.actions).toEqual([]);
    expect((await act(registrar, p.id, 'accept', {}, 409)).error.code).toBe('action_not_allowed');
  });

  it('an accusation is never sent to the body it accuses nor below it (Art. 30); the discipline body takes it', async () => {
    const p = await register({ type: 'accusation', accusedOrgId: dept.id, accusedPerson: '某科长', title: '检举某科长违规收受好处费' });
    expect((await act(registrar, p.id, 'forward', { toOrgId: dept.id }, 409)).error).toMatchObject({
      code: 'route_to_accused',
      details: { field: 'toOrgId' },
    });
    expect((await act(registrar, p.id, 'assign', { toOrgId: deptUnit.id, requirements: '核查' }, 409)).error.code).toBe('route_to_accused');
    await act(registrar, p.id, 'forward', { toOrgId: discipline.id });
    expect((await detail(disciplineHandler, p.id)).actions).toEqual(['receive', 'return']);
    expect((await handler.request({ method: 'GET', url: `/api/petitions/${p.id}` })).statusCode).toBe(404);
  });

  it('assign → return within 5 working days → the sender re-assigns; or insists and the body must handle', async () => {
    const p = await register();
    await act(registrar, p.id, 'assign', { toOrgId: dept2.id, requirements: '请核实后依法处理' });
    const returned = (await act(handler2, p.id, 'return', { reason: '该事项属住房和城乡建设部门职责。' })).petition;
    expect(returned).toMatchObject({ status: 'returned', holder: null });
    expect(returned.workflow.assignments[0]).toMatchObject({ status: 'returned', returnReason: '该事项属住房和城乡建设部门职责。' });
    expect(returned.actions).toEqual([]); // the returning body has nothing left to do
    expect((await detail(registrar, p.id)).actions).toEqual(expect.arrayContaining(['assign', 'insist']));
    const reassigned = (await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '请依法处理并报送办结报告' })).petition;
    expect(reassigned.status).toBe('assigned');

    const q = await register();
    await act(registrar, q.id, 'forward', { toOrgId: dept2.id });
    await act(handler2, q.id, 'return', { reason: '不属本单位职责。' });
    const insisted = (await act(registrar, q.id, 'insist', { reason: '该地块规划属自然资源部门职责，请依法办理。' })).petition;
    expect(insisted).toMatchObject({ status: 'handling', holder: { id: dept2.id } });
  });

  it('disputed competence: the common superior decides where a returned matter goes (Art. 24)', async () => {
    const p = await register();
    await act(registrar, p.id, 'assign', { toOrgId: dept2.id, requirements: '请依法处理' });
    await act(handler2, p.id, 'return', { reason: '不属本单位职责。' });
    // The county government is above both the bureau and the department.
    expect((await detail(countyOffice, p.id)).actions).toEqual(expect.arrayContaining(['assign', 'insist']));
    const decided = (await act(countyOffice, p.id, 'assign', { toOrgId: dept.id, requirements: '经县政府研究，由县住建局办理。' }))
      .petition;
    expect(decided.workflow.assignments.at(-1)).toMatchObject({ fromOrg: { id: county.id }, toOrg: { id: dept.id } });
    // The department's verifying body is now the one that assigned it.
    expect((await detail(handler2, p.id)).actions).toEqual([]);
  });

  it('no return after the five working days (Art. 23)', async () => {
    const p = await register();
    await act(registrar, p.id, 'forward', { toOrgId: dept2.id });
    await db
      .updateTable('petition_clocks')
      .set({ due_at: new Date(Date.now() - 1000) })
      .where('petition_id', '=', p.id)
      .where('key', '=', 'object')
      .execute();
    expect((await act(handler2, p.id, 'return', { reason: '不属本单位职责。' }, 409)).error.code).toBe('return_period_expired');
    await act(handler2, p.id, 'receive');
  });
});

describe('assigned matters: handling, extension, verification (Arts. 33–34; 山东省信访规定 Arts. 25–26)', () => {
  it('assign → receive → extend → decide → deliver → conclude → verify', async () => {
    const p = await register();
    const assigned = // No date of the assigner's: it would stay put through the extension (statute-clocks.test.ts), and whether 60 days
      // from today is earlier than the statute's end depends on the days off around that end.
      (await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '请于期限内办结并报送办结报告' })).petition;
    expect(assigned.workflow.assignments[0]).toMatchObject({ mode: 'assign', toOrg: { id: dept.id }, status: 'pending' });
    await act(handler, p.id, 'receive');

    // The handler asks, the head of the body approves (Art. 34).
    expect((await act(handler, p.id, 'requestExtension', { days: 31, reason: '需要鉴定' }, 400)).error.details.fields[0].path).toBe('days');
    await act(handler, p.id, 'requestExtension', { days: 20, reason: '需委托房屋安全鉴定，鉴定周期较长。' });
    expect((await detail(handler, p.id)).actions).not.toContain('approveExtension');
    const before = clock(await detail(head, p.id), 'handle');
    expect((await detail(head, p.id)).actions).toContain('approveExtension');
    const extended = (await act(head, p.id, 'approveExtension', { approve: true, note: '同意延期二十日' })).petition;
    expect(extended.status).toBe('extended');
    const after = clock(extended, 'handle');
    // The period is 60 + 20 days from the start. An end on days off moves to the next working day, so the date shown
    // before may already have moved (60 days from 8 December end in the Spring Festival): measured from the start.
    expect(Date.parse(after.dueAt)).toBeGreaterThan(Date.parse(before.dueAt));
    const period = Date.parse(after.dueAt) - Date.parse(after.startedAt);
    expect(period).toBeGreaterThanOrEqual(79 * DAY); // the start's own day is not counted
    expect(period).toBeLessThan(90 * DAY); // the longest days off, the Spring Festival's, move an end by under ten days
    expect(extended.workflow.extensions[0]).toMatchObject({ days: 20, status: 'approved' });
    // At most thirty days in all.
    expect((await act(handler, p.id, 'requestExtension', { days: 11, reason: '仍需时间' }, 409)).error.code).toBe('extension_exceeded');

    await act(handler, p.id, 'decide', { ...decision, outcome: 'explain' });
    await act(handler, p.id, 'deliver', { method: 'post', result: 'signed', deliveredOn: today(), note: '挂号信' });
    const reported = (await act(handler, p.id, 'conclude', { report: '已答复信访人并做好解释工作。' })).petition;
    expect(reported).toMatchObject({ status: 'pending_review', workflow: { report: '已答复信访人并做好解释工作。' } });
    expect(reported.actions).toEqual([]);
    expect((await detail(registrar, p.id)).actions).toEqual(expect.arrayContaining(['verify', 'rework']));
    const verified = (await act(registrar, p.id, 'verify', { note: '办理规范，予以认定办结' })).petition;
    expect(verified.status).toBe('concluded');
  });

  it('under the Shandong pack: 90 days for an assigned matter, 30 for the assigning body to verify the report', async () => {
    await db.updateTable('orgs').set({ policy_pack: 'shandong' }).where('id', 'in', [bureau.id, dept.id]).execute();
    try {
      const p = await register();
      const assigned = (await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '请依法处理' })).petition;
      const assignedClock = clock(assigned, 'handle_assigned');
      expect(assignedClock).toMatchObject({ pack: 'shandong', label: '交办事项办结并报告', stoppedAt: null });
      expect(Date.parse(assignedClock.dueAt) - Date.parse(assignedClock.startedAt)).toBeGreaterThanOrEqual(90 * DAY - DAY);
      const received = (await act(handler, p.id, 'receive')).petition;
      expect(clock(received, 'handle')).toMatchObject({ label: '直接办理', pack: 'shandong' });
      await act(handler, p.id, 'decide', decision);
      await act(handler, p.id, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: today() });
      const reported = (await act(handler, p.id, 'conclude', { report: '已办结。' })).petition;
      expect(clock(reported, 'handle_assigned').stopEvent).toBe('concluded');
      expect(clock(reported, 'verify')).toMatchObject({ label: '审核办结报告', stoppedAt: null });
      const own = (await registrar.request({ method: 'GET', url: '/api/deadlines?scope=own' })).json();
      expect(own.items.find((i: Json) => i.petition.id === p.id)).toMatchObject({ org: { id: bureau.id }, clock: { key: 'verify' } });
      const verified = (await act(registrar, p.id, 'verify')).petition;
      expect(clock(verified, 'verify').stopEvent).toBe('verified');
    } finally {
      await db.updateTable('orgs').set({ policy_pack: null }).where('id', 'in', [bureau.id, dept.id]).execute();
    }
  });

  it('verify → rework: back to the body, the handling clock starts again', async () => {
    const p = await register();
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '请依法处理' });
    await act(handler, p.id, 'receive');
    await act(handler, p.id, 'decide', decision);
    await act(handler, p.id, 'deliver', { method: 'electronic', result: 'signed', deliveredOn: today() });
    await act(handler, p.id, 'conclude', { report: '已处理。' });
    const rework = (await act(registrar, p.id, 'rework', { reason: '未附调查笔录，事实不清。' })).petition;
    expect(rework).toMatchObject({ status: 'handling', holder: { id: dept.id } });
    const handles = (rework.clocks as Json[]).filter((c) => c.key === 'handle');
    expect(handles).toHaveLength(2);
    expect(handles[1]).toMatchObject({ stoppedAt: null });
    expect(rework.events.at(-1)).toMatchObject({
      kind: 'rework',
      fromStatus: 'pending_review',
      toStatus: 'handling',
      payload: { reason: '未附调查笔录，事实不清。' },
    });
    await act(handler, p.id, 'decide', decision);
  });

  it('co-handling: the lead adds assisting bodies, each with task, owner and due date, and they report', async () => {
    const p = await register();
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '牵头办理' });
    await act(handler, p.id, 'receive');
    expect(
      (await act(handler, p.id, 'addAssist', { orgId: dept.id, task: 'x', owner: '张三', dueDate: daysFromToday(10) }, 400)).error.details
        .fields[0].path,
    ).toBe('orgId');
    const withAssist = (
      await act(handler, p.id, 'addAssist', {
        orgId: township.id,
        task: '核实小区停车位权属和收费情况',
        owner: '王镇长',
        dueDate: daysFromToday(10),
      })
    ).petition;
    const assist = withAssist.workflow.assignments.find((a: Json) => a.mode === 'assist');
    expect(assist).toMatchObject({ toOrg: { id: township.id }, task: '核实小区停车位权属和收费情况', owner: '王镇长', status: 'pending' });
    const inbox = (await townHandler.request({ method: 'GET', url: '/api/inbox' })).json();
    expect(inbox.sections.assist.map((i: Json) => [i.id, i.task])).toEqual([[p.id, '核实小区停车位权属和收费情况']]);
    expect((await detail(townHandler, p.id)).actions).toEqual(['assistReply']);
    const replied = (await act(townHandler, p.id, 'assistReply', { assignmentId: assist.id, reply: '停车位系业主共有，物业无权收费。' }))
      .petition;
    expect(replied.workflow.assignments.find((a: Json) => a.mode === 'assist')).toMatchObject({
      status: 'done',
      reply: '停车位系业主共有，物业无权收费。',
    });
    // A part goes to a village for mediation (features/disputes opens it there and reports its result back).
    const handed = (
      await act(handler, p.id, 'requestMediation', {
        orgId: village.id,
        kind: 'property',
        title: '两户车位争执',
        facts: '两户因车位发生争执，请村委会调解。',
        parties: [{ name: '陈某', claim: '对方让出车位' }],
      })
    ).petition;
    expect(handed.status).toBe('handling');
  });

  it('a hearing is recorded, and mediation and relief with their details', async () => {
    const p = await register();
    await act(registrar, p.id, 'accept');
    expect((await act(registrar, p.id, 'record', { kind: 'hearing', occurredOn: today(), note: '听证' }, 403)).error.code).toBe(
      'forbidden',
    );
    const bureauHandler = await loginAs(app, db, bureau, ['handler']);
    expect(
      (await act(bureauHandler, p.id, 'record', { kind: 'hearing', occurredOn: today(), note: '听证' }, 400)).error.details.fields[0].path,
    ).toBe('hearingFrom');
    await act(bureauHandler, p.id, 'record', { kind: 'mediation', occurredOn: today(), note: '组织双方调解', agreement: true });
    const relief = (
      await act(bureauHandler, p.id, 'record', {
        kind: 'relief',
        occurredOn: today(),
        note: '临时救助',
        reliefKind: '临时救助金',
        reliefAmount: 2000,
      })
    ).petition;
    expect(relief.status).toBe('handling');
    expect(relief.workflow.records.map((r: Json) => [r.kind, r.agreement, r.reliefAmount])).toEqual([
      ['mediation', true, null],
      ['relief', null, 2000],
    ]);
  });
});

describe('review and re-examination (Arts. 35–36)', () => {
  it('review → re-examination (hearing time excluded) → final → the same facts and reasons are refused', async () => {
    const idNumber = validIdNumber(777);
    const petitioners = [{ name: '赵终结', phone: '13900001111', idNumber }];
    const p = await register({
      petitioners,
      title: '反映拆迁补偿标准过低问题',
      content: '本人房屋被征收，补偿标准明显低于同地段市场价格，请求提高补偿。',
    });
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '依法处理' });
    await act(handler, p.id, 'receive');
    await act(handler, p.id, 'decide', { ...decision, outcome: 'reject' });
    await act(handler, p.id, 'deliver', {
      method: 'in_person',
      result: 'refused',
      deliveredOn: today(),
      note: '信访人拒绝签收，两名工作人员在场见证',
    });
    await act(handler, p.id, 'conclude', { report: '已作出不予支持的处理意见。' });
    await act(registrar, p.id, 'verify');
    // Asked for at the county government (the body above the department) within 30 days.
    expect((await detail(countyOffice, p.id)).actions).toContain('requestReview');
    expect((await detail(handler, p.id)).actions).not.toContain('requestReview');
    expect((await detail(registrar, p.id)).actions).not.toContain('requestReview'); // not the body named for review
    const inReview = (await act(countyOffice, p.id, 'requestReview', { requestedOn: today(), reasons: '补偿标准计算有误。' })).petition;
    expect(inReview.status).toBe('in_review');
    expect(clock(inReview, 'review_request').stopEvent).toBe('review_requested');
    expect(clock(inReview, 'review_decide')).toMatchObject({ stoppedAt: null, label: '出具复查意见' });
    const reviewed = (await act(countyOffice, p.id, 'decide', { ...decision, outcome: 'uphold' })).petition;
    expect(reviewed.workflow.decisions.at(-1)).toMatchObject({ stage: 'review', reviewOrg: { id: city.id } });
    const reviewDelivered = (await act(countyOffice, p.id, 'deliver', { method: 'post', result: 'signed', deliveredOn: today() })).petition;
    expect(reviewDelivered.status).toBe('concluded');

    const inReexam = (await act(cityOffice, p.id, 'requestReexamination', { requestedOn: today(), reasons: '对复查意见不服。' })).petition;
    expect(inReexam.status).toBe('in_reexamination');
    const due = Date.parse(clock(inReexam, 'reexamination_decide').dueAt);
    const heard = (
      await act(cityOffice, p.id, 'record', {
        kind: 'hearing',
        occurredOn: today(),
        note: '举行听证',
        hearingFrom: daysFromToday(3),
        hearingTo: daysFromToday(5),
      })
    ).petition;
    // Art. 36: the hearing's days are not counted (three days here, first and last included), so the clock ends later.
    const moved = Date.parse(clock(heard, 'reexamination_decide').dueAt) - due;
    expect(moved).toBeGreaterThanOrEqual(3 * DAY);
    expect(moved).toBeLessThan(6 * DAY);
    const reexamined = (await act(cityOffice, p.id, 'decide', { ...decision, outcome: 'uphold' })).petition;
    expect(reexamined.workflow.decisions.at(-1)).toMatchObject({ stage: 'reexamination', reviewOrg: null, reviewDays: null });
    const final = (await act(cityOffice, p.id, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: today() })).petition;
    expect(final.status).toBe('final');
    expect(final.actions).not.toContain('requestReexamination');

    // A review decision rules on the decision under review, with its own outcomes: the handling ones are refused.
    expect(reexamined.workflow.decisions.map((d: Json) => d.outcome)).toEqual(['reject', 'uphold', 'uphold']);
  });

  describe('a final matter is not accepted again (条例 Art. 36)', () => {
    let final: Json;
    const petitioners = [{ name: '赵终结', idNumber: validIdNumber(77), phone: '13500007777', isMain: true }];
    const sameMatter = (over: Record<string, unknown> = {}) =>
      petitionInput({ petitioners, title: '再次反映拆迁补偿问题', content: '请求重新认定补偿。', ...over });
    const registerAgain = async (s: Session, over: Record<string, unknown> = {}) => {
      const res = await s.request({ method: 'POST', url: '/api/petitions', payload: sameMatter(over) });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().petition as Json;
    };

    beforeAll(async () => {
      const p = await register({ petitioners, title: '反映拆迁补偿标准过低问题', content: '补偿标准明显低于市场价格。' });
      await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '依法处理' });
      await act(handler, p.id, 'receive');
      await act(handler, p.id, 'decide', { ...decision, outcome: 'reject' });
      await act(handler, p.id, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: today() });
      await act(handler, p.id, 'conclude', { report: '已办结。' });
      await act(registrar, p.id, 'verify');
      await act(countyOffice, p.id, 'requestReview', { requestedOn: today(), reasons: '不服。' });
      const inReview = await detail(registrar, p.id);
      // 当前办理机关 during 复查 is the reviewing body, not the department that handled it.
      expect(inReview.holder).toEqual({ id: county.id, name: county.name });
      const wrong = await countyOffice.request({
        method: 'POST',
        url: `/api/petitions/${p.id}/actions/decide`,
        payload: { version: inReview.version, ...decision, outcome: 'support' },
      });
      expect(wrong.json().error.details.fields[0].path).toBe('outcome');
      await act(countyOffice, p.id, 'decide', { ...decision, outcome: 'uphold' });
      await act(countyOffice, p.id, 'deliver', { method: 'post', result: 'signed', deliveredOn: today() });
      await act(cityOffice, p.id, 'requestReexamination', { requestedOn: today(), reasons: '对复查意见不服。' });
      expect((await detail(registrar, p.id)).holder).toEqual({ id: city.id, name: city.name });
      await act(cityOffice, p.id, 'decide', { ...decision, outcome: 'uphold' });
      final = (await act(cityOffice, p.id, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: today() })).petition;
      expect(final.status).toBe('final');
    });

    it('records a linked repeat as the final matter’s, refuses its 受理, 转送 and 交办, and declines it with the notice', async () => {
      // Linked by the registrar, with another text and no category: finality follows the matter, not the words.
      const repeat = await registerAgain(registrar, { repeatOfId: final.id, title: '对补偿结果仍然不服', content: '要求再处理。' });
      expect(repeat).toMatchObject({ status: 'registered', repeatOf: { id: final.id }, finality: { finalOfId: final.id, newFacts: null } });
      expect(repeat.actions).not.toContain('accept');
      expect(repeat.actions).toContain('decline');
      for (const [action, body] of [
        ['accept', {}],
        ['forward', { toOrgId: dept.id }],
        ['assign', { toOrgId: dept.id, requirements: '依法处理' }],
      ] as const) {
        const refused = await act(registrar, repeat.id, action, body, 409);
        expect(refused.error).toMatchObject({ code: 'matter_final', details: { finalOfId: final.id, field: 'newFacts' } });
        expect(refused.error.message).toContain('第三十六条');
      }
      // A repeat of a repeat follows the link to the final matter.
      const again = await registerAgain(registrar, { repeatOfId: repeat.id });
      expect(again.repeatOf.id).toBe(final.id);
      const declined = (await act(registrar, repeat.id, 'decline', { reason: '未提出新的事实和理由。' })).petition;
      expect(declined.status).toBe('declined');
      const docs = await db.selectFrom('documents').select(['kind', 'text']).where('petition_id', '=', repeat.id).execute();
      const notice = docs.find((d) => d.kind === 'final_notice')!;
      expect(notice.text).toContain('第三十六条');
      expect(notice.text).toContain(final.number);
      expect(notice.text).toContain('测试市人民政府');
      // An ordinary 不予受理 still names its statutory route.
      const ordinary = await register();
      expect((await act(registrar, ordinary.id, 'decline', { reason: '属于诉讼范围。' }, 400)).error.details.fields[0].path).toBe('route');
    });

    it('links the same petitioner’s registration about the same category by ID number, whatever the text', async () => {
      const category = (await db.selectFrom('categories').select('id').where('active', '=', true).limit(1).executeTakeFirstOrThrow()).id;
      await db.updateTable('petitions').set({ category_id: category }).where('id', '=', final.id).execute();
      const same = await registerAgain(registrar, { categoryId: category, title: '关于房屋的问题', content: '另外一种说法。' });
      expect(same.finality).toMatchObject({ finalOfId: final.id });
      // Another body's registrar: recorded as the repeat too, without the other body's number.
      const elsewhere = await loginAs(app, db, other, ['registrar']);
      const there = await registerAgain(elsewhere, { categoryId: category });
      expect(there.finality).toMatchObject({ finalOfId: final.id });
      expect(there.repeatOf).toBeNull();
      expect(JSON.stringify(there)).not.toContain(final.number);
      // A different person (another ID number) about the same category is a matter of their own.
      const someoneElse = await registerAgain(registrar, {
        categoryId: category,
        petitioners: [{ name: '钱其他', idNumber: validIdNumber(78), phone: '13500007777', isMain: true }],
      });
      expect(someoneElse.finality).toBeNull();
    });

    it('accepts the repeat once the head of the body approved the new facts and reasons stated', async () => {
      const facts = '信访人提供了新的房屋评估报告，评估价值与原认定差异较大。';
      const repeat = await registerAgain(registrar, { repeatOfId: final.id, newFacts: facts });
      expect(repeat.finality).toMatchObject({ newFacts: facts, approvedAt: null });
      expect((await act(registrar, repeat.id, 'accept', {}, 409)).error.code).toBe('matter_final');
      const approve = (s: Session) => s.request({ method: 'POST', url: `/api/petitions/${repeat.id}/approve-new-facts` });
      expect((await approve(registrar)).statusCode).toBe(403); // the registrar is not the head of the body
      const head = await loginAs(app, db, bureau, ['leader']);
      expect((await detail(head, repeat.id)).abilities.approveNewFacts).toBe(true);
      const approved = (await approve(head)).json().petition;
      expect(approved.finality.approvedAt).not.toBeNull();
      expect(approved.events.at(-1)).toMatchObject({ kind: 'new_facts_approved', payload: { newFacts: facts, finalOfId: final.id } });
      expect((await approve(head)).json().error.code).toBe('new_facts_not_pending');
      expect((await act(registrar, repeat.id, 'accept')).petition.status).toBe('accepted');
    });
  });

  it('no review after thirty days from delivery', async () => {
    const p = await register();
    await act(registrar, p.id, 'accept');
    const bureauHandler = await loginAs(app, db, bureau, ['handler']);
    await act(bureauHandler, p.id, 'decide', decision);
    await act(bureauHandler, p.id, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: today() });
    await act(bureauHandler, p.id, 'conclude', { report: '已办结。' });
    await db
      .updateTable('petition_clocks')
      .set({ due_at: new Date(Date.now() - DAY) })
      .where('petition_id', '=', p.id)
      .where('key', '=', 'review_request')
      .execute();
    expect((await act(countyOffice, p.id, 'requestReview', { requestedOn: today(), reasons: '不服' }, 409)).error.code).toBe(
      'review_period_expired',
    );
  });
});

describe('supervision, leaders, backlog (Art. 40)', () => {
  it('urge and supervise are tracked to an answer; a supervision reply says whether proposals were adopted', async () => {
    const p = await register();
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '依法处理' });
    await act(handler, p.id, 'receive');
    await act(supervisor, p.id, 'urge', { message: '请加快办理进度。' });
    const slip = (await act(supervisor, p.id, 'supervise', { proposals: '建议组织联合调查，三日内答复。', replyDueDate: daysFromToday(5) }))
      .petition;
    const [urge, sup] = slip.workflow.supervisions;
    expect(urge).toMatchObject({ kind: 'urge', toOrg: { id: dept.id }, reply: null });
    expect(sup).toMatchObject({ kind: 'supervise', fromOrg: { id: bureau.id }, replyDueOn: daysFromToday(5) });
    const inbox = (await handler.request({ method: 'GET', url: '/api/inbox' })).json();
    expect(inbox.sections.supervision.map((i: Json) => i.id)).toContain(p.id);
    await act(handler, p.id, 'replySupervision', { supervisionId: urge.id, reply: '已加快办理。' });
    const noAdopted = await act(handler, p.id, 'replySupervision', { supervisionId: sup.id, reply: '已组织联合调查。' }, 400);
    expect(noAdopted.error.details.fields[0].path).toBe('adopted');
    const answered = (await act(handler, p.id, 'replySupervision', { supervisionId: sup.id, reply: '已组织联合调查。', adopted: true }))
      .petition;
    expect(answered.workflow.supervisions.map((s: Json) => [s.kind, Boolean(s.repliedAt), s.adopted])).toEqual([
      ['urge', true, null],
      ['supervise', true, true],
    ]);
    expect((await act(handler, p.id, 'urge', { message: 'x' }, 403)).error.code).toBe('forbidden');
  });

  it('leaders instruct and own a case with the 三亲自三见面 checklist; backlog is marked and resolved', async () => {
    const p = await register();
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '依法处理' });
    await act(countyLeader, p.id, 'instruct', { text: '请住建局高度重视，依法依规妥善处理。' });
    await act(countyLeader, p.id, 'takeOwnership', { note: '县领导包案' });
    await act(countyLeader, p.id, 'ownershipItem', { item: 'heard', doneOn: today(), note: '听取住建局专题汇报' });
    await act(countyLeader, p.id, 'ownershipItem', { item: 'met_petitioner', doneOn: today(), note: '在县信访接待中心接待信访人' });
    await act(countyLeader, p.id, 'markBacklog', { reason: '反复信访三年未化解' });
    const resolved = (await act(countyLeader, p.id, 'resolveBacklog', { resolvedOn: today(), note: '已签订化解协议，信访人息诉罢访。' }))
      .petition;
    expect(resolved.workflow).toMatchObject({
      instructions: [{ text: '请住建局高度重视，依法依规妥善处理。', org: { id: county.id } }],
      ownership: {
        org: { id: county.id },
        items: expect.arrayContaining([expect.objectContaining({ item: 'heard' }), expect.objectContaining({ item: 'met_petitioner' })]),
      },
      backlog: { reason: '反复信访三年未化解', resolvedOn: today() },
    });
    const owned = (await countyLeader.request({ method: 'GET', url: '/api/ownerships/mine' })).json();
    expect(owned.items.find((i: Json) => i.petition.id === p.id).items).toHaveLength(2);
    expect((await act(head, p.id, 'ownershipItem', { item: 'heard', doneOn: today(), note: 'x' }, 409)).error.code).toBe(
      'action_not_allowed',
    );
  });
});

describe('批示 reaches the handling chain', () => {
  const instructionInbox = async (s: typeof handler) =>
    ((await s.request({ method: 'GET', url: '/api/inbox' })).json().sections.instruction as Json[]).map((i) => [i.id, i.task]);
  const nameOf = async (userId: number) =>
    (await db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirstOrThrow()).display_name;

  it('the handling body and the bodies between are told in-app and list it until one of their users acknowledges it', async () => {
    const p = await register();
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '依法处理' });
    await act(handler, p.id, 'receive');
    await act(countyLeader, p.id, 'instruct', { text: '请住建局会同信访局依法妥善处理，按期报结果。' });

    // The county's leader is not on the way: the bureau that assigned it and the department that handles it.
    const leader = await nameOf(countyLeader.userId);
    const task = `请住建局会同信访局依法妥善处理，按期报结果。（${leader}，测试县人民政府）`;
    expect(await instructionInbox(handler)).toContainEqual([p.id, task]);
    // The leader's own screen lists it until every body it reached has read it.
    const awaiting = async () => (await countyLeader.request({ method: 'GET', url: '/api/instructions/awaiting' })).json() as Json;
    expect(((await awaiting()).items as Json[]).map((i) => i.id)).toContain(p.id);
    expect((await awaiting()).total).toBe(((await awaiting()).items as Json[]).length);
    expect(await instructionInbox(registrar)).toContainEqual([p.id, task]);
    expect(await instructionInbox(head)).toContainEqual([p.id, task]);
    for (const s of [handler2, townHandler, countyOffice]) expect((await instructionInbox(s)).map(([id]) => id)).not.toContain(p.id);
    const told = await db
      .selectFrom('outbox')
      .select(['org_id', 'channel', 'body'])
      .where('petition_id', '=', p.id)
      .where('template_key', '=', 'staff.instructed')
      .orderBy('org_id')
      .execute();
    expect(told.map((r) => [r.org_id, r.channel])).toEqual([
      [bureau.id, 'inapp'],
      [dept.id, 'inapp'],
    ]);
    expect(told[0]!.body).toContain(`测试县人民政府${leader}对信访事项`);

    // One user of the department acknowledges it for the body; the bureau still has it to read.
    expect((await detail(handler, p.id)).actions).toContain('acknowledgeInstruction');
    const acknowledged = (await act(handler, p.id, 'acknowledgeInstruction', { note: '已阅，正在落实。' })).petition;
    expect(acknowledged.workflow.instructions[0].recipients).toEqual([
      { org: { id: bureau.id, name: bureau.name }, acknowledgedAt: null, acknowledgedBy: null },
      { org: { id: dept.id, name: dept.name }, acknowledgedAt: expect.any(String), acknowledgedBy: await nameOf(handler.userId) },
    ]);
    expect((await instructionInbox(handler)).map(([id]) => id)).not.toContain(p.id);
    expect((await instructionInbox(registrar)).map(([id]) => id)).toContain(p.id);
    expect((await act(head, p.id, 'acknowledgeInstruction', {}, 409)).error.code).toBe('action_not_allowed');
    expect(acknowledged.events.at(-1)).toMatchObject({ kind: 'acknowledgeInstruction', payload: { instructionIds: [expect.any(Number)] } });
    // The leader waits while one body has not read it, no longer once all have.
    expect(((await awaiting()).items as Json[]).map((i) => i.id)).toContain(p.id);
    await act(registrar, p.id, 'acknowledgeInstruction', {});
    expect(((await awaiting()).items as Json[]).map((i) => i.id)).not.toContain(p.id);
  });

  it('a leader on the way tells only the bodies after theirs; a leader of the handling body tells its own handlers', async () => {
    const p = await register();
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '依法处理' });
    const bureauLeader = await loginAs(app, db, bureau, ['leader']);
    const sent = (await act(bureauLeader, p.id, 'instruct', { text: '请住建局尽快签收办理。' })).petition;
    // Not yet signed for: the department it awaits.
    expect(sent.workflow.instructions[0].recipients.map((r: Json) => r.org.id)).toEqual([dept.id]);
    expect((await instructionInbox(registrar)).map(([id]) => id)).not.toContain(p.id);

    const q = await register();
    await act(registrar, q.id, 'accept');
    const own = (await act(bureauLeader, q.id, 'instruct', { text: '请信访局直接办理。' })).petition;
    expect(own.workflow.instructions[0].recipients.map((r: Json) => r.org.id)).toEqual([bureau.id]);
  });
});

describe('integrity', () => {
  it('a stale version gets 409; two simultaneous actions: one wins, the other gets 409, nothing is lost', async () => {
    const p = await register();
    const { version } = await detail(registrar, p.id);
    const send = (toOrgId: number) =>
      registrar.request({ method: 'POST', url: `/api/petitions/${p.id}/actions/forward`, payload: { version, toOrgId } });
    const results = await Promise.all([send(dept.id), send(dept2.id)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().error).toMatchObject({
      code: 'version_conflict',
      details: { current: version + 1 },
    });
    const assignments = await db.selectFrom('petition_assignments').select('to_org_id').where('petition_id', '=', p.id).execute();
    expect(assignments).toHaveLength(1);
    // The winner moved the version on by exactly one.
    const after = await detail(registrar, p.id);
    expect(after.version).toBe(version + 1);
  });

  it('a refused action says why and who may act, from the lifecycle declaration', async () => {
    const p = await register();
    await act(registrar, p.id, 'forward', { toOrgId: dept.id });
    // The wrong status: which statuses the action needs.
    expect((await act(registrar, p.id, 'verify', {}, 409)).error).toMatchObject({
      details: { reason: 'status' },
      message: '当前状态为“已转送”，此操作仅在“待审核”时可进行。',
    });
    expect((await act(handler, p.id, 'decide', decision, 409)).error.message).toBe(
      '当前状态为“已转送”，此操作仅在“已受理”、“办理中”、“已延期”、“复查中”、“复核中”时可进行。',
    );
    // The wrong body: the one that may act, by name.
    expect((await act(countyOffice, p.id, 'receive', {}, 409)).error).toMatchObject({
      details: { reason: 'body' },
      message: '此操作由接收转送、交办的机关（测试县住房和城乡建设局）进行。',
    });
    const { version } = await detail(countyOffice, p.id);
    const english = await countyOffice.request({
      method: 'POST',
      url: `/api/petitions/${p.id}/actions/receive`,
      headers: { 'accept-language': 'en' },
      payload: { version },
    });
    expect(english.json().error.message).toBe(
      'This action is for the body a forward or assignment awaits (签收 or 退回): 测试县住房和城乡建设局.',
    );
    const englishStatus = await registrar.request({
      method: 'POST',
      url: `/api/petitions/${p.id}/actions/verify`,
      headers: { 'accept-language': 'en' },
      payload: { version, note: null },
    });
    expect(englishStatus.json().error.message).toBe(
      'The petition is “Forwarded”; this action is taken only when it is “Pending verification”.',
    );
    // A fact the declaration cannot say: the guard's own reason.
    await act(handler, p.id, 'receive');
    await act(handler, p.id, 'requestExtension', { days: 10, reason: '需现场勘验。' });
    expect((await act(handler, p.id, 'requestExtension', { days: 5, reason: '再延。' }, 409)).error).toMatchObject({
      details: { reason: 'state' },
      message: '已有延期申请等待审批，审批后方可再次申请。',
    });
  });

  it('illegal transitions answer 409 with a stable code; unknown fields 400', async () => {
    const p = await register();
    expect((await act(registrar, p.id, 'receive', {}, 403)).error.code).toBe('forbidden');
    const unseen = await handler.request({ method: 'POST', url: `/api/petitions/${p.id}/actions/receive`, payload: { version: 1 } });
    expect(unseen.json().error.code).toBe('petition_not_found'); // not routed to it yet: it does not exist for the body
    await act(registrar, p.id, 'forward', { toOrgId: dept.id });
    expect((await act(registrar, p.id, 'verify', {}, 409)).error).toMatchObject({
      code: 'action_not_allowed',
      details: { action: 'verify', status: 'forwarded' },
    });
    expect((await act(handler, p.id, 'decide', decision, 409)).error.code).toBe('action_not_allowed');
    expect((await act(handler, p.id, 'receive', { extra: 1 }, 400)).error.code).toBe('validation_failed');
    const noVersion = await handler.request({ method: 'POST', url: `/api/petitions/${p.id}/actions/receive`, payload: {} });
    expect(noVersion.json().error.details.fields[0].path).toBe('version');
  });
});

describe('inbox, deadlines and the warning board', () => {
  it('each body sees its own work; the supervisor sees the board by body and grade', async () => {
    const p = await register();
    const routeInbox = (await registrar.request({ method: 'GET', url: '/api/inbox' })).json();
    expect(routeInbox.sections.route.map((i: Json) => i.id)).toContain(p.id);
    await act(registrar, p.id, 'forward', { toOrgId: dept2.id });
    const inbox = (await handler2.request({ method: 'GET', url: '/api/inbox' })).json();
    expect(inbox.sections.receive.map((i: Json) => i.id)).toContain(p.id);
    expect(inbox.sections.route).toEqual([]);

    const own = (await handler2.request({ method: 'GET', url: '/api/deadlines?scope=own' })).json();
    expect(own.items.find((i: Json) => i.petition.id === p.id)).toMatchObject({ org: { id: dept2.id }, clock: { key: 'object' } });
    await db
      .updateTable('petition_clocks')
      .set({ due_at: new Date(Date.now() - 1000) })
      .where('petition_id', '=', p.id)
      .where('key', '=', 'object')
      .execute();
    const board = (await supervisor.request({ method: 'GET', url: '/api/deadlines/board' })).json();
    expect(board.rows.find((r: Json) => r.org.id === dept2.id)).toMatchObject({ overdue: expect.any(Number) });
    expect(board.rows.find((r: Json) => r.org.id === dept2.id).overdue).toBeGreaterThanOrEqual(1);
    const overdue = (await supervisor.request({ method: 'GET', url: '/api/deadlines?scope=all&grade=overdue' })).json();
    expect(overdue.items.map((i: Json) => i.petition.id)).toContain(p.id);
    expect((await handler.request({ method: 'GET', url: '/api/deadlines/board' })).statusCode).toBe(403);
  });
});

describe('deadline arithmetic on the workflow clocks', () => {
  it('the 5-working-day objection period skips the National Day holiday and counts the make-up Saturday', async () => {
    const p = await register();
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-09-30T10:00:00+08:00') });
    const forwarded = (await act(registrar, p.id, 'forward', { toOrgId: dept.id })).petition;
    // Oct 1–7 off; Oct 8, 9, 10 (make-up Saturday), 12, 13.
    expect(clock(forwarded, 'object')).toMatchObject({ dueAt: '2026-10-13T16:00:00.000Z', provisional: false });
  });

  it('across the Spring Festival: the make-up Saturday before it counts, the nine days off do not', async () => {
    const p = await register();
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-02-13T10:00:00+08:00') });
    const forwarded = (await act(registrar, p.id, 'forward', { toOrgId: dept.id })).petition;
    // Feb 14 (make-up Saturday), then Feb 15–23 off: Feb 24, 25, 26, 27.
    expect(clock(forwarded, 'object')).toMatchObject({ dueAt: '2026-02-27T16:00:00.000Z', provisional: false });
  });

  it('into a year without holiday data: the due time is provisional', async () => {
    const p = await register();
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-29T10:00:00+08:00') });
    const forwarded = (await act(registrar, p.id, 'forward', { toOrgId: dept.id })).petition;
    expect(clock(forwarded, 'object')).toMatchObject({ provisional: true });
  });
});

describe('the petition event union (@xinfang/domain)', () => {
  // Runs after the walks above, in this file's database: what they wrote is what the workflow writes.
  it('every event written above reads with the union, keeping every key it was written with; every action was walked', async () => {
    expect(missing(await expectEventsReadWithUnion(db), WORKFLOW_ACTIONS)).toEqual([]);
  });
});
