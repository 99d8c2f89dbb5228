import { addDays, chinaDate, dueDay } from '@xinfang/domain';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, buildOrgTree, loginAs, PNG, uploadAttachment, validIdNumber, type Session } from '../../test/factories.js';
import { docxText } from '../../test/files.js';
import { createClocksService } from '../deadlines/index.js';
import { createNotificationsService } from '../notifications/index.js';

const { app, db, config } = await createTestApp();
const tree = await buildOrgTree(db);
const otherVillage = await buildOrg(db, { parent: tree.township, kind: 'village', name: '测试镇另一村村民委员会' });
// The village committee registers and mediates (网格员: registrar + handler); the township and county mediate.
const village = await loginAs(app, db, tree.village, ['registrar', 'handler']);
const neighbour = await loginAs(app, db, otherVillage, ['registrar', 'handler']);
const township = await loginAs(app, db, tree.township, ['handler']);
const county = await loginAs(app, db, tree.county, ['leader']);
const clocks = createClocksService({ db });
const notifications = createNotificationsService({ db, config });

const today = chinaDate(new Date());
const yesterday = addDays(today, -1);
type Dispute = {
  id: number;
  number: string;
  version: number;
  status: string;
  actions: string[];
  partyList: { id: number; name: string }[];
  clocks: { key: string; stoppedAt: string | null; dueAt: string }[];
  reports: { id: number }[];
  org: { id: number };
  agreement: { id: number; scan: { id: number } | null; followUpOn: string } | null;
  petition: { id: number; number: string } | null;
  escalationTargets: { id: number }[];
};

async function register(s: Session, extra: Record<string, unknown> = {}) {
  const res = await s.request({
    method: 'POST',
    url: '/api/disputes',
    payload: {
      kind: 'homestead',
      title: '相邻两户宅基地界址纠纷',
      facts: '两户因翻建房屋对宅基地东侧界址有争议，已发生口角。',
      regionCode: '370724101',
      address: '测试村东街 12 号',
      foundOn: yesterday,
      parties: [
        { name: '张某某', phone: '13800000001', claim: '按原界址翻建' },
        { name: '李某某', claim: '界址东移半米' },
      ],
      ...extra,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().dispute as Dispute;
}

async function act(s: Session, d: Dispute, action: string, body: Record<string, unknown> = {}) {
  const res = await s.request({ method: 'POST', url: `/api/disputes/${d.id}/${action}`, payload: { version: d.version, ...body } });
  return res;
}
async function ok(s: Session, d: Dispute, action: string, body: Record<string, unknown> = {}) {
  const res = await act(s, d, action, body);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json().dispute as Dispute;
}
const errorOf = (res: {
  json: () => { error: { code: string; message: string; details: { fields?: { path: string; message: string }[] } } };
}) => {
  const { code, message, details } = res.json().error;
  return { code, message, field: details.fields?.[0]?.path };
};
const session = (d: Dispute, note: string) => ({
  heldOn: today,
  place: '村委会调解室',
  mediators: ['王调解'],
  partyIds: d.partyList.map((p) => p.id),
  note,
});

describe('disputes: village → township, with mediation, report, agreement and follow-up', () => {
  it('a village registers, mediates twice, fails, reports and escalates; the township settles it and follows it up', async () => {
    let d = await register(village);
    expect(d.status).toBe('registered');
    expect(d.actions).toEqual(expect.arrayContaining(['mediate', 'report', 'withdraw', 'toPetition']));

    // Another village does not see it at all; the township and the county do.
    expect((await neighbour.request({ method: 'GET', url: `/api/disputes/${d.id}` })).statusCode).toBe(404);
    expect(errorOf(await act(neighbour, d, 'mediate', { mediators: ['外村'] })).code).toBe('dispute_not_found');
    expect((await township.request({ method: 'GET', url: `/api/disputes/${d.id}` })).statusCode).toBe(200);
    const countyList = (await county.request({ method: 'GET', url: '/api/disputes' })).json().items as { id: number }[];
    expect(countyList.map((x) => x.id)).toContain(d.id);
    const neighbourList = (await neighbour.request({ method: 'GET', url: '/api/disputes' })).json().items as { id: number }[];
    expect(neighbourList.map((x) => x.id)).not.toContain(d.id);

    d = await ok(village, d, 'mediate', { mediators: ['王调解', '赵网格员'] });
    expect(d.status).toBe('mediating');
    const mediation = d.clocks.find((c) => c.key === 'mediation')!;
    expect(mediation.stoppedAt).toBeNull();

    d = await ok(village, d, 'recordSession', session(d, '第一次调解：双方各执一词。'));
    d = await ok(village, d, 'recordSession', session(d, '第二次调解：现场丈量，仍未达成一致。'));

    // A stale version is refused, in words.
    const stale = await village.request({
      method: 'POST',
      url: `/api/disputes/${d.id}/disagree`,
      payload: { version: d.version - 1, legalRoute: 'litigation', reason: '分歧较大' },
    });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('dispute_version_conflict');

    d = await ok(village, d, 'disagree', { legalRoute: 'litigation', reason: '双方对界址分歧较大，调解不成。' });
    expect(d.status).toBe('failed');
    expect(d.clocks.find((c) => c.key === 'mediation')!.stoppedAt).not.toBeNull();

    // Escalating before a report is refused, and says what is missing.
    const early = await act(village, d, 'escalate', { reason: '村内无法化解' });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).message).toContain('处理报告');

    d = await ok(village, d, 'report', {
      facts: '两户宅基地东侧界址无原始界桩，证明材料相互矛盾。',
      tried: '组织两次调解并现场丈量。',
      reason: '界址证据不足，须由镇国土所确权。',
      suggestion: '建议镇政府组织确权后调解。',
    });
    expect(d.reports).toHaveLength(1);
    const report = await village.request({ method: 'GET', url: `/api/disputes/${d.id}/reports/${d.reports[0]!.id}.docx` });
    expect(report.statusCode).toBe(200);
    const reportText = await docxText(report.rawPayload);
    expect(reportText).toContain('矛盾纠纷处理报告');
    expect(reportText).toContain('界址证据不足');
    expect(reportText).toContain('提出信访事项不以本报告为前提');

    // Stepwise escalation: the village may not skip its township.
    expect(d.escalationTargets.map((t) => t.id)).toEqual([tree.township.id]);
    const skip = await act(village, d, 'escalate', { toOrgId: tree.county.id, reason: '直接上报县' });
    expect(errorOf(skip)).toMatchObject({ code: 'validation_failed', field: 'toOrgId' });
    d = await ok(village, d, 'escalate', { reason: '村内无法化解，上报镇政府。' });
    expect(d.status).toBe('escalated');
    expect(d.actions).toEqual([]);

    // The township takes it over, with its history: the sessions and the report come along.
    let t = (await township.request({ method: 'GET', url: `/api/disputes/${d.id}` })).json().dispute as Dispute;
    expect(t.actions).toEqual(['takeOver']);
    expect(t.clocks.find((c) => c.key === 'take_over')!.stoppedAt).toBeNull();
    t = await ok(township, t, 'takeOver');
    expect(t).toMatchObject({ status: 'registered', org: { id: tree.township.id } });
    expect(t.reports).toHaveLength(1);
    // The village keeps seeing it, and may no longer act on it.
    const seen = (await village.request({ method: 'GET', url: `/api/disputes/${d.id}` })).json().dispute as Dispute;
    expect(seen.actions).toEqual([]);

    t = await ok(township, t, 'mediate', { mediators: ['镇司法所刘某'] });

    // An agreement needs at least two signing parties; a follow-up before the agreement is refused.
    const lonely = await act(township, t, 'agree', {
      concludedOn: today,
      terms: '以镇国土所确权的界址为准。',
      performance: '双方于十五日内按新界址砌墙。',
      partyIds: [t.partyList[0]!.id],
      mediators: ['镇司法所刘某'],
      followUpOn: addDays(today, 20),
    });
    expect(errorOf(lonely)).toMatchObject({ code: 'validation_failed', field: 'partyIds' });
    const early2 = await act(township, t, 'agree', {
      concludedOn: today,
      terms: '以镇国土所确权的界址为准。',
      performance: '双方于十五日内按新界址砌墙。',
      partyIds: t.partyList.map((p) => p.id),
      mediators: ['镇司法所刘某'],
      followUpOn: yesterday,
    });
    expect(errorOf(early2)).toMatchObject({ code: 'validation_failed', field: 'followUpOn' });

    const scan = await uploadAttachment(township, '调解协议书签字扫描件.png', PNG);
    expect(scan.statusCode, scan.body).toBe(201);
    t = await ok(township, t, 'agree', {
      concludedOn: today,
      terms: '以镇国土所确权的界址为准。\n张某某退让十厘米。',
      performance: '双方于十五日内按新界址砌墙。',
      partyIds: t.partyList.map((p) => p.id),
      mediators: ['镇司法所刘某'],
      scanId: scan.json().attachment.id,
      followUpOn: addDays(today, 1),
    });
    expect(t.status).toBe('agreed');
    expect(t.agreement!.scan!.id).toBe(scan.json().attachment.id);
    // The scan is kept with the dispute: the village sees it, another village does not.
    expect((await village.request({ method: 'GET', url: `/api/attachments/${t.agreement!.scan!.id}/content` })).statusCode).toBe(200);
    expect((await neighbour.request({ method: 'GET', url: `/api/attachments/${t.agreement!.scan!.id}/content` })).statusCode).toBe(404);
    const agreement = await township.request({ method: 'GET', url: `/api/disputes/${d.id}/agreement.docx` });
    const agreementText = await docxText(agreement.rawPayload);
    expect(agreementText).toContain('人民调解协议书');
    expect(agreementText).toContain('张某某退让十厘米');
    expect(agreementText).toContain('司法确认');

    // The follow-up visit is due tomorrow: two days on, the sweep warns the township, in-app, with a link.
    const followUp = t.clocks.find((c) => c.key === 'follow_up')!;
    expect(dueDay(new Date(followUp.dueAt))).toBe(addDays(today, 1));
    await clocks.sweep(new Date(Date.now() + 3 * 86_400_000));
    await notifications.dispatch({ budgetMs: 5000 });
    const messages = (await township.request({ method: 'GET', url: '/api/messages' })).json().items as { title: string; link: string }[];
    expect(messages.find((m) => m.link === `/disputes/${d.id}`)?.title).toContain('已超期');

    // A visit dated before the agreement is refused; a kept agreement closes the dispute.
    const before = await act(township, t, 'followUp', { visitedOn: yesterday, result: 'kept', note: '已履行' });
    expect(errorOf(before)).toMatchObject({ code: 'validation_failed', field: 'visitedOn' });
    t = await ok(township, t, 'followUp', { visitedOn: today, result: 'kept', note: '围墙已按新界址砌好，双方无异议。' });
    expect(t.status).toBe('closed');
    expect(t.clocks.find((c) => c.key === 'follow_up')!.stoppedAt).not.toBeNull();
    t = await ok(township, t, 'confirmJudicially', { court: '测试县人民法院', confirmedOn: today });
    expect(t.agreement).toMatchObject({ court: '测试县人民法院', confirmedOn: today });
  });

  it('mediation past its time limit goes on only with the parties’ consent', async () => {
    let d = await register(village, { kind: 'neighbour', title: '邻里排水纠纷' });
    d = await ok(village, d, 'mediate', { mediators: ['王调解'] });
    // 30 days by default (DISPUTE_MEDIATION_DAYS), moved to the next working day when the 30th is a day off.
    const limit = dueDay(new Date(d.clocks.find((c) => c.key === 'mediation')!.dueAt));
    expect(limit >= addDays(today, 30) && limit <= addDays(today, 37), limit).toBe(true);
    await db
      .updateTable('petition_clocks')
      .set({ due_at: new Date(Date.now() - 3_600_000) })
      .where('dispute_id', '=', d.id)
      .execute();
    const late = await act(village, d, 'recordSession', session(d, '超期后的调解'));
    expect(late.statusCode).toBe(409);
    expect(errorOf(late).message).toContain('当事人同意延长');
    d = await ok(village, d, 'extendMediation', { days: 15, consent: '双方当事人书面同意延长十五日。' });
    const mediation = d.clocks.find((c) => c.key === 'mediation')!;
    expect(new Date(mediation.dueAt).getTime()).toBeGreaterThan(Date.now());
    d = await ok(village, d, 'recordSession', session(d, '延长后继续调解'));
    expect(d.status).toBe('mediating');
  });

  it('a body that is itself a party does not mediate its own dispute', async () => {
    const d = await register(village, {
      kind: 'land',
      title: '村集体土地承包费纠纷',
      parties: [
        { name: '赵某某', claim: '退还多收的承包费' },
        { kind: 'body', name: '测试村村民委员会', claim: '按合同收取', orgId: tree.village.id },
      ],
    });
    expect(d.actions).not.toContain('mediate');
    const res = await act(village, d, 'mediate', { mediators: ['王调解'] });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).message).toContain('一方当事人');
  });

  it('a dispute becomes a petition, registered with its parties and history', async () => {
    let d = await register(village, { kind: 'wages', title: '工地拖欠农民工工资' });
    d = await ok(village, d, 'mediate', { mediators: ['王调解'] });
    const res = await act(village, d, 'toPetition', { petitionerPartyIds: [d.partyList[0]!.id], mainIdNumber: validIdNumber(7) });
    expect(res.statusCode, res.body).toBe(200);
    const { dispute, issued } = res.json() as { dispute: Dispute; issued: { petitionId: number; number: string; queryCode: string } };
    expect(dispute.status).toBe('petitioned');
    expect(dispute.petition).toMatchObject({ id: issued.petitionId, number: issued.number });
    expect(issued.queryCode).toMatch(/\S{6,}/);
    const petition = (await village.request({ method: 'GET', url: `/api/petitions/${issued.petitionId}` })).json().petition as {
      content: string;
      petitioners: { name: string }[];
    };
    expect(petition.content).toContain(`由矛盾纠纷 ${dispute.number} 转来`);
    expect(petition.petitioners.map((p) => p.name)).toEqual(['张某某']);
  });

  it('bad input: a clear 4xx, and nothing written', async () => {
    const before = await db.selectFrom('disputes').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const noParties = await village.request({
      method: 'POST',
      url: '/api/disputes',
      payload: {
        kind: 'family',
        title: '家庭纠纷',
        facts: '婚姻家庭矛盾',
        regionCode: '370724101',
        address: '测试村',
        foundOn: today,
        parties: [],
      },
    });
    expect(noParties.statusCode).toBe(400);
    expect(errorOf(noParties).field).toBe('parties');
    const future = await village.request({
      method: 'POST',
      url: '/api/disputes',
      payload: {
        kind: 'family',
        title: '家庭纠纷',
        facts: '婚姻家庭矛盾',
        regionCode: '370724101',
        address: '测试村',
        foundOn: addDays(today, 2),
        parties: [{ name: '某某', claim: '调解' }],
      },
    });
    expect(errorOf(future)).toMatchObject({ code: 'validation_failed', field: 'foundOn' });
    const after = await db.selectFrom('disputes').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // A search takes % and _ as typed, not as wildcards.
    expect((await village.request({ method: 'GET', url: '/api/disputes?q=%25' })).json().items).toEqual([]);
    // A county leader reads the register but does not register disputes.
    expect((await county.request({ method: 'POST', url: '/api/disputes', payload: {} })).statusCode).toBe(403);
  });
});

describe('a party’s phone', () => {
  it('is masked, and shown in full only for a stated reason, kept in the dispute’s events and the audit trail', async () => {
    const d = await register(village, { kind: 'neighbour', title: '电话查看的纠纷' });
    const party = (d as unknown as { partyList: { id: number; phone: string | null }[] }).partyList[0]!;
    expect(party.phone).toBe('138****0001');
    const url = `/api/disputes/${d.id}/parties/${party.id}/phone`;
    expect(errorOf(await township.request({ method: 'POST', url, payload: { reason: '' } })).field).toBe('reason');
    expect((await neighbour.request({ method: 'POST', url, payload: { reason: '通知调解' } })).statusCode).toBe(404);
    const res = await township.request({ method: 'POST', url, payload: { reason: '电话通知调解时间' } });
    expect(res.json()).toEqual({ phone: '13800000001' });
    const events = await db.selectFrom('dispute_events').select(['kind', 'payload']).where('dispute_id', '=', d.id).execute();
    expect(events.at(-1)).toMatchObject({ kind: 'personal_data_viewed', payload: { partyId: party.id, reason: '电话通知调解时间' } });
    // The audit record waits in audit_pending until the chain links it: either table holds it.
    const { rows } = await sql<{
      action: string;
    }>`select action from audit_pending where object_type = 'dispute' and object_id = ${String(d.id)}
      union all select action from audit_events where object_type = 'dispute' and object_id = ${String(d.id)}`.execute(db);
    expect(rows.map((a) => a.action)).toContain('dispute.personal_data_viewed');
  });
});
