import { permissionsOf, chinaDate, longDate } from '@xinfang/domain';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { createTestApp } from '../../test/app.js';
import { buildOrg, loginAs, petitionInput, validIdNumber, type Session } from '../../test/factories.js';
import { createTestWorkflow } from '../../test/workflow.js';
import { createClocksService } from '../deadlines/index.js';
import { createNotificationsService } from './notifications.service.js';
import { GENERIC_TEXT, render, TEMPLATES, type TemplateKey } from './notifications.templates.js';

// A real HTTP server standing in for the SMS gateway. Each phone number has its script of answers (default 200);
// like a real gateway it delivers a message once per idempotency key, however often the request comes.
interface GatewayRequest {
  headers: IncomingHttpHeaders;
  body: { to: string; text: string; reference: string };
}
const requests: GatewayRequest[] = [];
const delivered = new Map<string, string>();
const scripts = new Map<string, number[]>();
const gateway = createServer((req, res) => {
  let raw = '';
  req.on('data', (c: Buffer) => (raw += c.toString()));
  req.on('end', () => {
    const body = JSON.parse(raw) as GatewayRequest['body'];
    requests.push({ headers: req.headers, body });
    const status = scripts.get(body.to)?.shift() ?? 200;
    // A little latency, so that concurrent dispatchers really overlap.
    setTimeout(() => {
      if (status === 200 && !delivered.has(String(req.headers['idempotency-key'])))
        delivered.set(String(req.headers['idempotency-key']), body.to);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(status === 200 ? { ok: true } : { error: 'busy' }));
    }, 20);
  });
});
await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
afterAll(() => new Promise<void>((resolve) => gateway.close(() => resolve())));
const gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;

const { app, db, config } = await createTestApp({
  SMS_GATEWAY_URL: gatewayUrl,
  SMS_GATEWAY_KEY: 'test-gateway-key',
  NOTIFY_MAX_ATTEMPTS: '4',
  // The tests dispatch themselves, when they choose to.
  NOTIFY_DISPATCH_DELAY_MS: '0',
});
// The dispatcher as the job runs it; a second one stands for another server instance.
const notifications = createNotificationsService({ db, config });
const otherInstance = createNotificationsService({ db, config });

const county = await buildOrg(db, { kind: 'government', name: '通知测试县人民政府' });
const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '通知测试县信访局' });
const dept = await buildOrg(db, { parent: county, kind: 'department', name: '通知测试县住房和城乡建设局' });
const other = await buildOrg(db, { kind: 'government', name: '无关县人民政府' });

const registrar = await loginAs(app, db, bureau, ['registrar']);
const supervisor = await loginAs(app, db, bureau, ['supervisor']);
const handler = await loginAs(app, db, dept, ['handler']);
const handler2 = await loginAs(app, db, dept, ['handler']);
const deptLeader = await loginAs(app, db, dept, ['leader']);
const outsider = await loginAs(app, db, other, ['handler']);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let phones = 0;
/** A fresh mobile number per petition, so each test scripts its own gateway answers. */
const nextPhone = () => `139${String(10_000_000 + ++phones).slice(-8)}`;

async function register(overrides: Record<string, unknown> = {}, petitioner: Record<string, unknown> = {}): Promise<Json> {
  const phone = nextPhone();
  const res = await registrar.request({
    method: 'POST',
    url: '/api/petitions',
    payload: petitionInput({
      petitioners: [{ name: '王建华', phone, idNumber: validIdNumber(phones), isMain: true, ...petitioner }],
      ...overrides,
    }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return { ...res.json().petition, phone };
}

async function act(s: Session, id: number, action: string, body: Record<string, unknown> = {}, status = 200): Promise<Json> {
  const { version } = (await s.request({ method: 'GET', url: `/api/petitions/${id}` })).json().petition;
  const res = await s.request({ method: 'POST', url: `/api/petitions/${id}/actions/${action}`, payload: { version, ...body } });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

const outboxOf = (petitionId: number) => db.selectFrom('outbox').selectAll().where('petition_id', '=', petitionId).orderBy('id').execute();
const attemptsOf = (outboxId: number) =>
  db.selectFrom('notification_attempts').selectAll().where('outbox_id', '=', outboxId).orderBy('id').execute();
/** Makes a notice waiting for its next attempt due now (instead of waiting out the backoff). */
const makeDue = (id: number) =>
  db
    .updateTable('outbox')
    .set({ next_attempt_at: new Date(Date.now() - 1000) })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();

async function messages(s: Session): Promise<{ unread: number; items: Json[] }> {
  const res = await s.request({ method: 'GET', url: '/api/messages' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('the outbox is written in the transaction of the event', () => {
  it('a notice per petitioner and chosen channel, with the event; none when the petitioner chose none', async () => {
    const p = await register({}, { email: 'wangjh@example.com' });
    await act(registrar, p.id, 'accept', { note: '本机关直接办理' });
    const event = await db
      .selectFrom('petition_events')
      .select('id')
      .where('petition_id', '=', p.id)
      .where('kind', '=', 'accept')
      .executeTakeFirstOrThrow();
    const rows = await outboxOf(p.id);
    expect(rows.map((r) => [r.channel, r.address, r.template_key, r.event_id, r.status])).toEqual([
      ['sms', p.phone, 'petitioner.accepted', event.id, 'pending'],
      ['email', 'wangjh@example.com', 'petitioner.accepted', event.id, 'pending'],
    ]);
    expect(rows[0]!.body).toBe(
      `您提出的信访事项（编号：${p.number}）已由通知测试县信访局受理，将依法办理并书面答复。可凭查询码查询办理进展。`,
    );

    // The petitioner declined SMS; a landline gets none either.
    const q = await register({}, { notifySms: false, email: 'a@example.com', notifyEmail: false });
    const r = await register({}, { phone: '0536-3212345' });
    await act(registrar, q.id, 'accept');
    await act(registrar, r.id, 'accept');
    expect(await outboxOf(q.id)).toEqual([]);
    expect(await outboxOf(r.id)).toEqual([]);
    // The detail shows the choice, the address masked like every personal detail.
    const shown = (await registrar.request({ method: 'GET', url: `/api/petitions/${q.id}` })).json().petition.petitioners[0];
    expect(shown).toMatchObject({ email: 'a***@example.com', notifySms: false, notifyEmail: false });
  });

  it('a group petition: an SMS to every representative who opted in, none to members who are not representatives', async () => {
    const [a, b, c, member] = [nextPhone(), nextPhone(), nextPhone(), nextPhone()];
    const res = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({
        channel: 'visit',
        personsCount: 30,
        petitioners: [
          { name: '刘庆国', phone: a, idNumber: validIdNumber(301), isMain: true, isRepresentative: true },
          { name: '孙丽华', phone: b, idNumber: validIdNumber(302), isRepresentative: true },
          { name: '赵德明', phone: member, idNumber: validIdNumber(303) },
          { name: '钱玉兰', phone: c, idNumber: validIdNumber(304), isRepresentative: true, notifySms: false },
        ],
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json().petition;
    await act(registrar, p.id, 'accept');
    expect((await outboxOf(p.id)).map((r) => [r.channel, r.address, r.template_key])).toEqual([
      ['sms', a, 'petitioner.accepted'],
      ['sms', b, 'petitioner.accepted'],
    ]);
  });

  it('disappears with the event when the action fails (rollback)', async () => {
    const p = await register();
    const u = await db
      .selectFrom('users')
      .innerJoin('orgs', 'orgs.id', 'users.org_id')
      .select(['users.id', 'username', 'display_name', 'org_id', 'orgs.path', 'orgs.name', 'roles'])
      .where('users.id', '=', registrar.userId)
      .executeTakeFirstOrThrow();
    const actor: Actor = {
      userId: u.id,
      username: u.username,
      displayName: u.display_name,
      orgId: u.org_id,
      orgPath: u.path,
      orgName: u.name,
      roles: u.roles,
      permissions: permissionsOf(u.roles, false),
      mustChangePassword: false,
      sessionId: '',
      ip: '127.0.0.1',
      requestId: 'test',
    };
    let queuedInside = 0;
    const workflow = createTestWorkflow(db, [
      notifications.listener,
      // Another listener (the documents') fails after the notices were queued.
      async (e) => {
        queuedInside = (await e.trx.selectFrom('outbox').select('id').where('petition_id', '=', e.petitionId).execute()).length;
        throw new Error('document service down');
      },
    ]);
    await expect(workflow.act(actor, p.id, 'accept', { version: p.version, note: null } as never)).rejects.toThrow('document service down');
    expect(queuedInside).toBe(1);
    expect(await outboxOf(p.id)).toEqual([]);
    const after = await db.selectFrom('petitions').select(['status', 'version']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'registered', version: p.version });
  });
});

describe('the dispatcher', () => {
  it('retries a failing SMS gateway with backoff, then delivers exactly once (500, 500, 200)', async () => {
    const p = await register();
    scripts.set(p.phone, [500, 500, 200]);
    await act(registrar, p.id, 'accept');
    const [row] = await outboxOf(p.id);

    const t0 = Date.now();
    await notifications.dispatch();
    let now = (await outboxOf(p.id))[0]!;
    expect(now).toMatchObject({ status: 'pending', attempts: 1, last_error: expect.stringContaining('HTTP 500') });
    // 30 s after the first failure, 2 min after the second.
    expect(now.next_attempt_at.getTime() - t0).toBeGreaterThan(25_000);
    expect(now.next_attempt_at.getTime() - t0).toBeLessThan(40_000);
    await notifications.dispatch(); // not due yet: nothing happens
    expect(requests.filter((r) => r.body.to === p.phone)).toHaveLength(1);

    await makeDue(row!.id);
    await notifications.dispatch();
    now = (await outboxOf(p.id))[0]!;
    expect(now).toMatchObject({ status: 'pending', attempts: 2 });
    expect(now.next_attempt_at.getTime() - Date.now()).toBeGreaterThan(100_000);

    await makeDue(row!.id);
    await notifications.dispatch();
    now = (await outboxOf(p.id))[0]!;
    expect(now).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    expect(now.sent_at).not.toBeNull();
    expect((await attemptsOf(row!.id)).map((a) => a.ok)).toEqual([false, false, true]);

    // Every attempt carried the same key and the gateway key; the gateway delivered once.
    const sent = requests.filter((r) => r.body.to === p.phone);
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((r) => r.headers['idempotency-key']))).toEqual(new Set([row!.idempotency_key]));
    expect(sent[0]!.headers.authorization).toBe('Bearer test-gateway-key');
    expect(sent[0]!.body.text).toContain(p.number);
    expect([...delivered.values()].filter((to) => to === p.phone)).toHaveLength(1);

    // A sent notice is never sent again.
    await db
      .updateTable('outbox')
      .set({ next_attempt_at: new Date(0) })
      .where('id', '=', row!.id)
      .execute();
    await notifications.dispatch();
    expect(requests.filter((r) => r.body.to === p.phone)).toHaveLength(3);
  });

  it('marks a notice dead after the last attempt (NOTIFY_MAX_ATTEMPTS)', async () => {
    const p = await register();
    scripts.set(p.phone, [500, 503, 500, 502, 200]);
    await act(registrar, p.id, 'accept');
    const [row] = await outboxOf(p.id);
    for (let i = 0; i < 5; i++) {
      await makeDue(row!.id);
      await notifications.dispatch();
    }
    expect((await outboxOf(p.id))[0]).toMatchObject({ status: 'dead', attempts: 4, last_error: expect.stringContaining('HTTP 502') });
    expect(await attemptsOf(row!.id)).toHaveLength(4);
    expect(requests.filter((r) => r.body.to === p.phone)).toHaveLength(4);
    expect([...delivered.values()]).not.toContain(p.phone);
  });

  it('two instances dispatching at once send each notice once', async () => {
    const ps = [];
    for (let i = 0; i < 6; i++) ps.push(await register());
    for (const p of ps) await act(registrar, p.id, 'accept');
    await Promise.all([notifications.dispatch(), otherInstance.dispatch(), notifications.dispatch()]);
    for (const p of ps) {
      const [row] = await outboxOf(p.id);
      expect(row).toMatchObject({ status: 'sent', attempts: 1 });
      expect(await attemptsOf(row!.id)).toHaveLength(1);
      expect(requests.filter((r) => r.body.to === p.phone)).toHaveLength(1);
    }
  });

  it('a confidential petitioner gets only the generic text, on every channel', async () => {
    const p = await register({ confidential: true, title: '反映某单位负责人违规问题' }, { email: 'secret@example.com' });
    await act(registrar, p.id, 'forward', { toOrgId: dept.id });
    const rows = (await outboxOf(p.id)).filter((r) => r.audience === 'petitioner');
    expect(rows.map((r) => r.channel).sort()).toEqual(['email', 'sms']);
    for (const r of rows) {
      expect(r).toMatchObject({ template_key: 'petitioner.generic', subject: '信访事项办理进展', body: GENERIC_TEXT });
      expect(r.body).not.toContain(p.number);
    }
    await notifications.dispatch();
    const sms = requests.find((r) => r.body.to === p.phone)!;
    expect(sms.body.text).toBe('您的信访事项有新的办理进展，请凭查询码登录查询。');
    // The e-mail went to the development adapter (no SMTP_URL): the same text.
    const mails = readFileSync(path.join(config.dataDir, 'notifications', 'email.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(mails.find((m) => m.to === 'secret@example.com')).toMatchObject({ subject: '信访事项办理进展', body: GENERIC_TEXT });
  });

  it('tells the petitioner of the extension and why, the decision, the rating and the review route', async () => {
    const p = await register();
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '请依法处理并报送办结报告' });
    await act(handler, p.id, 'receive');
    await act(handler, p.id, 'requestExtension', { days: 15, reason: '需要会同自然资源部门现场勘验' });
    await act(deptLeader, p.id, 'approveExtension', { approve: true });
    await act(handler, p.id, 'decide', {
      outcome: 'support',
      request: '请求停止违规收费。',
      facts: '经调查属实。',
      reasons: '收费须经业主大会决定。',
      basis: '《中华人民共和国民法典》第二百七十八条',
    });
    await act(handler, p.id, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: chinaDate(new Date()) });
    const sms = (await outboxOf(p.id)).filter((r) => r.channel === 'sms');
    expect(sms.map((r) => r.template_key)).toEqual([
      'petitioner.assigned',
      'petitioner.extended',
      'petitioner.decision_issued',
      'petitioner.rating_invitation',
    ]);
    expect(sms[0]!.body).toContain('已交办通知测试县住房和城乡建设局办理');
    expect(sms[1]!.body).toBe(`您的信访事项（编号：${p.number}）因需要会同自然资源部门现场勘验，经批准办理期限延长15日。`);
    expect(sms[2]!.body).toContain('出具信访处理意见书');
    expect(sms[3]!.body).toContain('如不服，可自收到之日起30日内向通知测试县人民政府请求复查。');
    // The leader of the body was asked to approve the extension (in-app).
    await notifications.dispatch();
    expect((await messages(deptLeader)).items.map((m) => m.template)).toContain('staff.extension_requested');
  });
});

describe('in-app messages for staff', () => {
  it('new work reaches the users of the body that must act; read marks and the unread count', async () => {
    const p = await register();
    const before = (await messages(handler)).unread;
    await act(registrar, p.id, 'forward', { toOrgId: dept.id, note: '请依法处理' });
    await notifications.dispatch();
    const mine = await messages(handler);
    expect(mine.unread).toBe(before + 1);
    const m = mine.items.find((x) => x.petition?.id === p.id)!;
    expect(m).toMatchObject({
      template: 'staff.forwarded',
      title: `新转送：${p.number}`,
      link: `/petitions/${p.id}`,
      petition: { id: p.id, number: p.number },
      readAt: null,
    });
    expect(m.body).toContain('通知测试县信访局转送信访事项');
    expect((await messages(handler2)).items.some((x) => x.petition?.id === p.id)).toBe(true);
    // Not the body's leader (no handling work), not the sender, not another county.
    for (const s of [deptLeader, registrar, outsider]) expect((await messages(s)).items.some((x) => x.petition?.id === p.id)).toBe(false);

    expect((await handler.request({ method: 'POST', url: `/api/messages/${m.id}/read` })).statusCode).toBe(204);
    const after = await messages(handler);
    expect(after.unread).toBe(before);
    expect(after.items.find((x) => x.id === m.id)!.readAt).not.toBeNull();
    // Someone else's message is not found; nor is the list without a session.
    expect((await handler2.request({ method: 'POST', url: `/api/messages/${m.id}/read` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/messages' })).statusCode).toBe(401);

    // Returned: the sender's routing staff are told.
    await act(handler, p.id, 'return', { reason: '该事项不属于本单位职责。' });
    await notifications.dispatch();
    expect((await messages(registrar)).items.find((x) => x.petition?.id === p.id)).toMatchObject({ template: 'staff.returned' });
    expect((await registrar.request({ method: 'POST', url: '/api/messages/read-all' })).json()).toMatchObject({
      marked: expect.any(Number),
    });
    expect((await messages(registrar)).unread).toBe(0);
  });

  it('urges and supervision slips reach the handling body; the reply reaches the supervisor', async () => {
    const p = await register();
    // The assigner's date ends at 24:00 of that day: the message names that day, not the next.
    const assignDue = chinaDate(new Date(Date.now() + 10 * 86_400_000));
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '请依法处理', dueDate: assignDue });
    await act(handler, p.id, 'receive');
    await act(supervisor, p.id, 'urge', { message: '请加快办理进度。' });
    const due = chinaDate(new Date(Date.now() + 7 * 86_400_000));
    await act(supervisor, p.id, 'supervise', { proposals: '请于一周内形成处理意见', replyDueDate: due });
    await notifications.dispatch();
    const got = (await messages(handler)).items.filter((x) => x.petition?.id === p.id).map((x) => [x.template, x.title]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['staff.assigned', `新交办：${p.number}`],
        ['staff.urge', `催办：${p.number}`],
        ['staff.supervise', `督办单：${p.number}`],
      ]),
    );
    const assigned = (await messages(handler)).items.find((x) => x.template === 'staff.assigned' && x.petition?.id === p.id)!;
    expect(assigned.body).toContain(`办理期限${longDate(assignDue)}`);
    const slip = (await messages(handler)).items.find((x) => x.template === 'staff.supervise' && x.petition?.id === p.id)!;
    expect(slip.body).toContain(`回复期限${longDate(due)}，请按期书面回复是否采纳督办意见`);

    const { petition } = (await handler.request({ method: 'GET', url: `/api/petitions/${p.id}` })).json();
    const supervision = (petition.workflow.supervisions as Json[]).find((s) => s.kind === 'supervise')!;
    await act(handler, p.id, 'replySupervision', { supervisionId: supervision.id, reply: '已采纳，正在落实。', adopted: true });
    await notifications.dispatch();
    expect((await messages(supervisor)).items.find((x) => x.petition?.id === p.id)).toMatchObject({
      template: 'staff.supervision_replied',
    });
  });

  it('a deadline warning becomes one message per user, however often the sweep and the dispatchers run', async () => {
    const p = await register();
    await act(registrar, p.id, 'forward', { toOrgId: dept.id });
    await act(handler, p.id, 'receive');
    const handle = await db
      .selectFrom('petition_clocks')
      .select('id')
      .where('petition_id', '=', p.id)
      .where('key', '=', 'handle')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('petition_clocks')
      .set({ due_at: new Date(Date.now() - 60_000) })
      .where('id', '=', handle.id)
      .execute();
    const clocks = createClocksService({ db });
    await Promise.all([clocks.sweep(), clocks.sweep()]);
    await clocks.sweep();
    await Promise.all([notifications.dispatch(), otherInstance.dispatch()]);
    await Promise.all([notifications.dispatch(), otherInstance.dispatch()]);

    const rows = (await outboxOf(p.id)).filter((r) => r.template_key === 'staff.deadline_warning');
    expect(rows.map((r) => [r.idempotency_key, r.status])).toEqual([[`warning:${handle.id}:overdue:inapp`, 'sent']]);
    expect(rows[0]!.subject).toBe(`时限预警（已超期）：${p.number}`);
    for (const s of [handler, handler2]) {
      const warnings = (await messages(s)).items.filter((x) => x.template === 'staff.deadline_warning' && x.petition?.id === p.id);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.body).toContain('“办理并出具处理意见”期限已超期');
    }
    expect((await messages(registrar)).items.some((x) => x.template === 'staff.deadline_warning' && x.petition?.id === p.id)).toBe(false);
    const marked = await db.selectFrom('clock_warnings').select('notified_at').where('clock_id', '=', handle.id).execute();
    expect(marked).toHaveLength(1);
    expect(marked[0]!.notified_at).not.toBeNull();
  });
});

describe('templates', () => {
  it('every template fills all its values, and petitioners’ texts stay short', () => {
    const vars = new Proxy({}, { get: (_t, name) => `〈${String(name)}〉` });
    for (const key of Object.keys(TEMPLATES) as TemplateKey[]) {
      const { subject, body } = render(key, vars);
      expect(`${subject}${body}`).not.toMatch(/[{}]/);
      if (TEMPLATES[key].audience === 'petitioner') expect(body.length).toBeLessThan(90);
    }
  });
});
