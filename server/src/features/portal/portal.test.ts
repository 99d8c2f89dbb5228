import { chinaDate } from '@xinfang/domain';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, fileUpload, loginAs, PNG, validIdNumber } from '../../test/factories.js';
import { act, DECISION, type Json } from '../../test/workflow.js';

const DECISION_TEXT = { request: DECISION.request, facts: DECISION.facts, reasons: DECISION.reasons, basis: DECISION.basis };

const { app, db, config, jobs } = await createTestApp({
  PORTAL_CHALLENGE_WORK: '20',
  PORTAL_RATE_LIMIT_PER_MINUTE: '1000',
  NOTIFY_DISPATCH_DELAY_MS: '0',
  PORTAL_UPLOAD_MB_PER_ADDRESS: '1',
  PORTAL_PENDING_UPLOADS_MB: '2',
});
const county = await buildOrg(db, { kind: 'government', name: '测试县人民政府' });
const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '测试县信访局' });
const dept = await buildOrg(db, { parent: county, kind: 'department', name: '测试县住房和城乡建设局' });
const otherBureau = await buildOrg(db, { kind: 'bureau', name: '别处信访局' });
await db.updateTable('orgs').set({ region_code: '370724' }).where('id', 'in', [county.id, bureau.id, dept.id]).execute();
await db.updateTable('orgs').set({ region_code: '110101' }).where('id', '=', otherBureau.id).execute();
const registrar = await loginAs(app, db, bureau, ['registrar']);
const handler = await loginAs(app, db, dept, ['handler']);
const countyOffice = await loginAs(app, db, county, ['registrar', 'handler']);

async function solved() {
  const challenge = (await app.inject({ method: 'GET', url: '/api/public/challenge' })).json();
  const solution = await solveChallenge({ challenge, deriveKey });
  return { challenge, solution: { counter: solution!.counter, derivedKey: solution!.derivedKey } };
}

const submission = (over: Record<string, unknown> = {}) => ({
  type: 'appeal',
  title: '小区门口道路破损严重',
  content: '城关街道东关社区门口的道路破损严重，下雨积水，居民出行困难，请求尽快修复。',
  placeRegionCode: '370724001',
  placeAddress: '城关街道东关社区',
  name: '刘桂英',
  // A fresh number each time: one number may submit only five times a day.
  phone: `138${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
  ...over,
});

async function submit(over: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: '/api/public/petitions', payload: { ...(await solved()), ...submission(over) } });
  return res;
}

/** Runs the jobs requests started (the SMS code's), then the dispatcher, as the server's queue would. */
async function dispatched() {
  await jobs.idle();
  await jobs.enqueue('notifications.dispatch', {});
  await jobs.idle();
}

/** The last code the local SMS adapter sent to a phone. */
function smsCodeFor(phone: string): string {
  const lines = readFileSync(path.join(config.dataDir, 'notifications', 'sms.jsonl'), 'utf8')
    .trim()
    .split('\n');
  const sent = lines.map((l) => JSON.parse(l) as { to: string; body: string }).filter((m) => m.to === phone);
  return /验证码 (\d{6})/.exec(sent.at(-1)!.body)![1]!;
}

const track = (number: string, queryCode: string) =>
  app.inject({ method: 'POST', url: '/api/public/track', payload: { number, queryCode } });
const asPetitioner = (token: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  app.inject({ method, url, headers: { 'x-portal-token': token }, ...(payload ? { payload } : {}) });

describe('online submission (条例 Art. 18)', () => {
  it('registers at the petition bureau of the place, answering with the number and a query code', async () => {
    const res = await submit();
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ body: '测试县信访局', queryCode: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/) });
    const row = await db
      .selectFrom('petitions')
      .select(['org_id', 'channel', 'status'])
      .where('number', '=', body.number)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ org_id: bureau.id, channel: 'online', status: 'registered' });
    // The registering bureau sees it at once in its routing inbox.
    const inbox = (await registrar.request({ method: 'GET', url: '/api/inbox' })).json();
    expect(inbox.sections.route.map((i: Json) => i.number)).toContain(body.number);
  });

  it('the petitioner chooses how to hear of progress: SMS and/or e-mail', async () => {
    const res = await submit({ email: 'liu.guiying@example.cn', notifySms: false, notifyEmail: true });
    expect(res.statusCode, res.body).toBe(201);
    const id = (await db.selectFrom('petitions').select('id').where('number', '=', res.json().number).executeTakeFirstOrThrow()).id;
    await act(registrar, id, 'accept');
    const notices = await db
      .selectFrom('outbox')
      .select(['channel', 'address'])
      .where('petition_id', '=', id)
      .where('audience', '=', 'petitioner')
      .execute();
    expect(notices).toEqual([{ channel: 'email', address: 'liu.guiying@example.cn' }]);
    expect((await submit({ email: 'not-an-address' })).json().error.details.fields[0].path).toBe('email');
  });

  it('an accusation names the accused body from the public directory, or is routed only once staff determine it (条例 Art. 30)', async () => {
    const found = await app.inject({ method: 'GET', url: `/api/public/orgs?q=${encodeURIComponent('住房和城乡建设')}` });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().items).toContainEqual({ id: dept.id, name: '测试县住房和城乡建设局', parentName: '测试县人民政府' });
    expect((await app.inject({ method: 'GET', url: '/api/public/orgs?q=' })).statusCode).toBe(400);

    const accusation = {
      type: 'accusation',
      title: '检举住建局工作人员索要好处费',
      content: '住建局某工作人员在办理房屋登记时向群众索要好处费，请求查处。',
    };
    const named = await submit({ ...accusation, accusedOrgId: dept.id });
    expect(named.statusCode, named.body).toBe(201);
    const namedRow = await db
      .selectFrom('petitions')
      .select(['id', 'accused_org_id', 'accused_org_unknown'])
      .where('number', '=', named.json().number)
      .executeTakeFirstOrThrow();
    expect(namedRow).toMatchObject({ accused_org_id: dept.id, accused_org_unknown: false });
    // The accused body never receives it, nor can see it.
    const toAccused = await registrar.request({ method: 'GET', url: `/api/petitions/${namedRow.id}` });
    const sendIt = await registrar.request({
      method: 'POST',
      url: `/api/petitions/${namedRow.id}/actions/assign`,
      payload: { version: toAccused.json().petition.version, toOrgId: dept.id, requirements: '请调查处理' },
    });
    expect(sendIt.statusCode, sendIt.body).toBe(409);
    expect(sendIt.json().error.code).toBe('route_to_accused');
    expect((await handler.request({ method: 'GET', url: `/api/petitions/${namedRow.id}` })).statusCode).toBe(404);

    // "Not sure": no body, and no routing until a registrar sets the body or confirms there is none.
    const unsure = await submit({ ...accusation, accusedPerson: '住建局某工作人员' });
    expect(unsure.statusCode, unsure.body).toBe(201);
    const id = (await db.selectFrom('petitions').select('id').where('number', '=', unsure.json().number).executeTakeFirstOrThrow()).id;
    const shown = (await registrar.request({ method: 'GET', url: `/api/petitions/${id}` })).json().petition;
    expect(shown).toMatchObject({ accusedOrg: null, accusedOrgUnknown: true });
    const early = await registrar.request({
      method: 'POST',
      url: `/api/petitions/${id}/actions/assign`,
      payload: { version: shown.version, toOrgId: dept.id, requirements: '请调查处理' },
    });
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().error.code).toBe('accused_org_unknown');
    expect(early.json().error.message).toContain('第三十条');
    const corrected = await registrar.request({
      method: 'PATCH',
      url: `/api/petitions/${id}`,
      payload: { reason: '经核实，被检举人系住建局工作人员', accusedOrgId: dept.id, version: shown.version },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().petition).toMatchObject({ accusedOrg: { id: dept.id }, accusedOrgUnknown: false });
    const refused = await act(registrar, id, 'assign', { toOrgId: dept.id, requirements: '请调查处理' }, 409);
    expect(refused.error.code).toBe('route_to_accused');

    // Confirming "no accused body" also opens routing.
    const other = await submit({ ...accusation, accusedPerson: '某村干部' });
    const otherId = (await db.selectFrom('petitions').select('id').where('number', '=', other.json().number).executeTakeFirstOrThrow()).id;
    const { version } = (await registrar.request({ method: 'GET', url: `/api/petitions/${otherId}` })).json().petition;
    const none = await registrar.request({
      method: 'PATCH',
      url: `/api/petitions/${otherId}`,
      payload: { reason: '被检举人为村干部，不涉及机关', accusedOrgNone: true, version },
    });
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json().petition.accusedOrgUnknown).toBe(false);
    await act(registrar, otherId, 'assign', { toOrgId: dept.id, requirements: '请调查处理' });
  });

  it('an online repeat of a final matter is recorded as its repeat, never telling the anonymous caller its number (条例 Art. 36)', async () => {
    const person = { phone: '13955556666', name: '孙终结', idNumber: validIdNumber(55) };
    const first = await submit(person);
    const row = await db
      .selectFrom('petitions')
      .select(['id', 'number'])
      .where('number', '=', first.json().number)
      .executeTakeFirstOrThrow();
    const user = await db.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow();
    await db
      .insertInto('decisions')
      .values({ petition_id: row.id, stage: 'reexamination', org_id: county.id, outcome: 'uphold', issued_by: user.id, ...DECISION_TEXT })
      .execute();
    await db.updateTable('petitions').set({ status: 'final', final_at: new Date() }).where('id', '=', row.id).execute();
    // The same person (ID number written in lower case) with the same text: recorded, not refused.
    const again = await submit({ ...person, idNumber: person.idNumber.toLowerCase() });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.body).not.toContain(row.number);
    const repeat = await db
      .selectFrom('petitions')
      .select(['repeat_of_id'])
      .where('number', '=', again.json().number)
      .executeTakeFirstOrThrow();
    expect(repeat.repeat_of_id).toBe(row.id);
  });

  it('refuses a missing, wrong or reused challenge', async () => {
    const proof = await solved();
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/public/petitions',
      payload: { ...proof, solution: { ...proof.solution, counter: proof.solution.counter + 1 }, ...submission() },
    });
    expect(wrong.json().error.code).toBe('portal_challenge_failed');
    const first = await app.inject({ method: 'POST', url: '/api/public/petitions', payload: { ...proof, ...submission() } });
    expect(first.statusCode).toBe(201);
    const again = await app.inject({ method: 'POST', url: '/api/public/petitions', payload: { ...proof, ...submission() } });
    expect(again.json().error.code).toBe('portal_challenge_failed');
    const none = await app.inject({ method: 'POST', url: '/api/public/petitions', payload: submission() });
    expect(none.statusCode).toBe(400);
  });

  it('anonymous only for suggestions and accusations; clear field errors otherwise', async () => {
    const anonymous = await submit({ type: 'suggestion', anonymous: true, name: null, phone: null, title: '建议增设公交站点' });
    expect(anonymous.statusCode, anonymous.body).toBe(201);
    const refused = await submit({ anonymous: true, name: null, phone: null });
    expect(refused.statusCode).toBe(400);
    const short = await submit({ content: '太短' });
    expect(short.json().error.details.fields[0].path).toBe('content');
    // A place must be one of the table of divisions.
    const nowhere = await submit({ placeRegionCode: '999999' });
    expect([nowhere.statusCode, nowhere.json().error.details.fields[0].path]).toEqual([400, 'placeRegionCode']);
  });

  it('an accusation names who is accused; a refusal by the registration rules keeps the solved challenge', async () => {
    const proof = await solved();
    const accusation = submission({
      type: 'accusation',
      title: '检举某村干部侵占集体土地补偿款',
      anonymous: true,
      name: null,
      phone: null,
    });
    const missing = await app.inject({ method: 'POST', url: '/api/public/petitions', payload: { ...proof, ...accusation } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields.map((f: Json) => f.path)).toContain('accusedPerson');
    const fixed = await app.inject({
      method: 'POST',
      url: '/api/public/petitions',
      payload: { ...proof, ...accusation, accusedPerson: '某村党支部书记' },
    });
    expect(fixed.statusCode, fixed.body).toBe(201);
  });

  it('refuses a flood from one phone number', async () => {
    const phone = '13900009999';
    for (let i = 0; i < 5; i++) expect((await submit({ phone, title: `道路破损问题第${i}次反映` })).statusCode).toBe(201);
    expect((await submit({ phone })).json().error.code).toBe('portal_rate_limited');
  });
});

describe('following a matter with the number and query code (条例 Art. 21)', () => {
  it('wrong codes lock the number after five tries; the right code gives the public view', async () => {
    const { number, queryCode } = (await submit()).json();
    const ok = await track(number, queryCode);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().petition).toMatchObject({ number, status: 'registered', body: { id: bureau.id, name: '测试县信访局' } });
    for (let i = 0; i < 5; i++) expect((await track(number, 'AAAA-BBBB-CCCC')).json().error.code).toBe('portal_not_found');
    expect((await track(number, queryCode)).json().error.code).toBe('portal_locked');
    expect((await track('XX2026999999', queryCode)).json().error.code).toBe('portal_not_found');
    expect((await asPetitioner('1.2.3', 'GET', '/api/public/petition')).json().error.code).toBe('portal_token_invalid');
  });

  it('events stored by an older version still show: unknown keys are not shown, a payload the union cannot read shows no detail', async () => {
    const { number, queryCode } = (await submit()).json();
    const id = (await db.selectFrom('petitions').select('id').where('number', '=', number).executeTakeFirstOrThrow()).id;
    const legacy = (kind: string, payload: object) => ({
      petition_id: id,
      actor_id: null,
      actor_org_id: dept.id,
      kind,
      payload: JSON.stringify(payload),
    });
    await db
      .insertInto('petition_events')
      .values([
        legacy('forward', { toOrgId: dept.id, toOrg: '测试县住房和城乡建设局', note: null, forwardedBy: '张三' }),
        legacy('deliver', { decisionId: 1, stage: 'handling', method: 'post', deliveredOn: '2026年3月1日' }),
      ])
      .execute();
    const view = await track(number, queryCode);
    expect(view.statusCode).toBe(200);
    expect(view.json().petition.timeline.slice(1)).toMatchObject([
      { kind: 'forward', body: '测试县住房和城乡建设局', toBody: '测试县住房和城乡建设局', detail: {} },
      { kind: 'deliver', toBody: null, detail: {} },
    ]);
    expect(JSON.stringify(view.json().petition.timeline)).not.toContain('张三');
  });

  it('or with the phone number and a one-time SMS code, sent through the outbox', async () => {
    const phone = '13711112222';
    const { number } = (await submit({ phone })).json();
    const ask = (p: string) => app.inject({ method: 'POST', url: '/api/public/phone-code', payload: { number, phone: p } });
    // A phone that is not the petitioner's gets the same answer, and nothing is sent.
    expect((await ask('13600000000')).statusCode).toBe(202);
    expect((await ask(phone)).statusCode).toBe(202);
    await dispatched();
    const sms = await db.selectFrom('outbox').select(['address']).where('template_key', '=', 'petitioner.verification_code').execute();
    expect(sms.map((m) => m.address)).toEqual([phone]);
    // The local SMS adapter (DATA_DIR/notifications/sms.jsonl) is the phone: the code is there, and only there.
    const code = smsCodeFor(phone);
    const byPhone = (c: string) => app.inject({ method: 'POST', url: '/api/public/track-phone', payload: { number, phone, code: c } });
    expect((await byPhone(code === '000000' ? '111111' : '000000')).json().error.code).toBe('portal_code_invalid');
    const ok = await byPhone(code);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().petition.number).toBe(number);
    expect((await byPhone(code)).json().error.code).toBe('portal_code_invalid'); // used once
  });

  it('asking for a code answers alike whether or not the phone is the petitioner’s, limited per phone and per address', async () => {
    const phone = '13722223333';
    const { number } = (await submit({ phone })).json();
    const series = async (p: string, remoteAddress: string) => {
      const answers: string[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await app.inject({ method: 'POST', url: '/api/public/phone-code', payload: { number, phone: p }, remoteAddress });
        answers.push(`${res.statusCode} ${res.body}`);
      }
      return answers;
    };
    const matching = await series(phone, '10.1.0.1');
    const other = await series('13722224444', '10.1.0.2');
    expect(matching).toEqual(other);
    expect(matching.map((a) => a.slice(0, 3))).toEqual(['202', '202', '202', '429', '429']);
    expect(JSON.parse(matching[3]!.slice(4)).error.code).toBe('portal_code_rate_limited');
    // One address asking for many phones is stopped as well, matching or not.
    const fromOne = [];
    for (let i = 0; i < 11; i++)
      fromOne.push(
        (
          await app.inject({
            method: 'POST',
            url: '/api/public/phone-code',
            payload: { number, phone: `1373333${String(i).padStart(4, '0')}` },
            remoteAddress: '10.1.0.3',
          })
        ).statusCode,
      );
    expect(fromOne).toEqual([...Array<number>(10).fill(202), 429]);
  });

  it('an SMS code is never in the outbox, its attempts or staff messages in clear: sealed beside it until sent, then erased', async () => {
    const phone = '13733334444';
    const { number } = (await submit({ phone })).json();
    await app.inject({ method: 'POST', url: '/api/public/phone-code', payload: { number, phone }, remoteAddress: '10.1.0.4' });
    await jobs.idle();
    const queued = await db
      .selectFrom('outbox')
      .innerJoin('outbox_secrets', 'outbox_secrets.outbox_id', 'outbox.id')
      .select(['outbox.id', 'outbox.body', 'outbox_secrets.sealed'])
      .where('outbox.address', '=', phone)
      .executeTakeFirstOrThrow();
    expect(queued.body).toContain('{{secret}}');
    expect(queued.body).not.toMatch(/\d{6}/);
    await dispatched();
    const code = smsCodeFor(phone);
    expect(queued.sealed).not.toContain(code);
    const everything = JSON.stringify([
      await db.selectFrom('outbox').selectAll().execute(),
      await db.selectFrom('notification_attempts').selectAll().execute(),
      await db.selectFrom('staff_messages').selectAll().execute(),
      await db.selectFrom('portal_phone_codes').selectAll().execute(),
    ]);
    expect(everything).not.toContain(code);
    expect(await db.selectFrom('outbox_secrets').select('outbox_id').where('outbox_id', '=', queued.id).execute()).toEqual([]);
    expect(await db.selectFrom('outbox').select('status').where('id', '=', queued.id).executeTakeFirstOrThrow()).toEqual({
      status: 'sent',
    });
  });

  it('assigned, decided and delivered: the petitioner sees bodies and the decision but no staff names or internal notes; rates; asks for review', async () => {
    const { number, queryCode, token } = (await submit()).json();
    const id = (await db.selectFrom('petitions').select('id').where('number', '=', number).executeTakeFirstOrThrow()).id;
    await act(registrar, id, 'assign', { toOrgId: dept.id, requirements: '请依法处理' });
    await act(handler, id, 'receive');
    await act(handler, id, 'record', { kind: 'investigation', occurredOn: chinaDate(new Date()), note: '内部笔记：与施工单位电话沟通' });
    await act(handler, id, 'decide', DECISION);

    const before = (await asPetitioner(token, 'GET', '/api/public/petition')).json().petition;
    expect(before.rating.state).toBe('not_yet');
    expect((await asPetitioner(token, 'POST', '/api/public/rating', { target: 'handling', rating: 'satisfied' })).json().error.code).toBe(
      'rating_not_available',
    );

    await act(handler, id, 'deliver', { method: 'electronic', result: 'signed', deliveredOn: chinaDate(new Date()) });
    await act(handler, id, 'conclude', { report: '已修复。' });
    await act(registrar, id, 'verify');

    const view = (await track(number, queryCode)).json();
    const text = JSON.stringify(view.petition);
    expect(text).not.toContain('内部笔记');
    const staffNames = await db.selectFrom('users').select('display_name').where('org_id', 'in', [bureau.id, dept.id]).execute();
    for (const u of staffNames) expect(text).not.toContain(u.display_name);
    expect(view.petition).toMatchObject({
      status: 'concluded',
      decisions: [
        { stage: 'handling', outcome: 'support', body: '测试县住房和城乡建设局', reviewBody: '测试县人民政府', basis: DECISION.basis },
      ],
      rating: {
        state: 'awaiting',
        targets: [
          { target: 'bureau', body: '测试县信访局', rating: null },
          { target: 'handling', rating: null },
        ],
      },
      review: { state: 'available', kind: 'review', body: '测试县人民政府' },
    });
    expect(view.petition.timeline.map((e: Json) => e.kind)).toEqual([
      'registered',
      'assign',
      'receive',
      'decide',
      'deliver',
      'conclude',
      'verify',
    ]);
    expect(view.petition.timeline[1]).toMatchObject({ body: '测试县信访局', toBody: '测试县住房和城乡建设局' });

    const t = view.token;
    // The notices and the decision addressed to the petitioner, as issued; never the slips between bodies.
    const kinds = view.petition.documents.map((d: Json) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['receipt', 'decision']));
    expect(kinds).not.toContain('assignment_slip');
    const decisionDoc = view.petition.documents.find((d: Json) => d.kind === 'decision');
    const pdf = await app.inject({
      method: 'GET',
      url: `/api/public/documents/${decisionDoc.id}/file?format=pdf&token=${encodeURIComponent(t)}`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const slip = await db
      .selectFrom('documents')
      .select('id')
      .where('petition_id', '=', id)
      .where('kind', '=', 'assignment_slip')
      .executeTakeFirstOrThrow();
    expect(
      (await app.inject({ method: 'GET', url: `/api/public/documents/${slip.id}/file?token=${encodeURIComponent(t)}` })).statusCode,
    ).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/public/documents/${decisionDoc.id}/file` })).json().error.code).toBe(
      'portal_token_invalid',
    );
    const noReason = await asPetitioner(t, 'POST', '/api/public/rating', { target: 'handling', rating: 'dissatisfied' });
    expect(noReason.json().error.details.fields[0].path).toBe('reasons');
    await asPetitioner(t, 'POST', '/api/public/rating', { target: 'handling', rating: 'dissatisfied', reasons: '路面只修了一半。' });
    const both = (await asPetitioner(t, 'POST', '/api/public/rating', { target: 'bureau', rating: 'basically_satisfied' })).json().petition;
    expect(both.rating).toMatchObject({
      state: 'rated',
      targets: [{ rating: 'basically_satisfied' }, { rating: 'dissatisfied', reasons: '路面只修了一半。' }],
    });
    expect((await asPetitioner(t, 'POST', '/api/public/rating', { target: 'bureau', rating: 'satisfied' })).json().error.code).toBe(
      'rating_exists',
    );
    const evaluations = await db
      .selectFrom('evaluations')
      .select(['target', 'org_id', 'rating'])
      .where('petition_id', '=', id)
      .orderBy('target')
      .execute();
    expect(evaluations).toEqual([
      { target: 'bureau', org_id: bureau.id, rating: 'basically_satisfied' },
      { target: 'handling', org_id: dept.id, rating: 'dissatisfied' },
    ]);

    const reviewed = (await asPetitioner(t, 'POST', '/api/public/review', { reasons: '路面只修了一半，请求复查。' })).json().petition;
    // The body holding it now is the reviewing one.
    expect(reviewed).toMatchObject({ status: 'in_review', review: { state: 'requested' }, body: { id: county.id } });
    // The county government, named in the decision, finds it in its inbox and decides it.
    const inbox = (await countyOffice.request({ method: 'GET', url: '/api/inbox' })).json();
    expect(inbox.sections.review.map((i: Json) => i.id)).toContain(id);
    const events = await db
      .selectFrom('petition_events')
      .select(['kind', 'actor_org_id'])
      .where('petition_id', '=', id)
      .where('kind', '=', 'requestReview')
      .execute();
    expect(events).toEqual([{ kind: 'requestReview', actor_org_id: county.id }]);
    expect((await asPetitioner(t, 'POST', '/api/public/review', { reasons: '再次申请复查，理由同上。' })).json().error.code).toBe(
      'review_not_available',
    );

    // After the 复查: the reviewing body is rated for its stage; the bureau, rated once for the matter, is not again.
    await act(countyOffice, id, 'decide', { ...DECISION, outcome: 'uphold', reviewOrgId: otherBureau.id });
    await act(countyOffice, id, 'deliver', { method: 'post', result: 'signed', deliveredOn: chinaDate(new Date()) });
    const afterReview = (await asPetitioner(t, 'GET', '/api/public/petition')).json().petition;
    expect(afterReview.rating).toMatchObject({
      state: 'awaiting',
      targets: [
        { target: 'bureau', rating: 'basically_satisfied' },
        { target: 'handling', body: '测试县人民政府', rating: null },
      ],
    });
    expect(afterReview.decisions.map((d: Json) => [d.stage, d.outcome])).toEqual([
      ['handling', 'support'],
      ['review', 'uphold'],
    ]);
    expect((await asPetitioner(t, 'POST', '/api/public/rating', { target: 'bureau', rating: 'satisfied' })).json().error.code).toBe(
      'rating_exists',
    );
    const rated = (await asPetitioner(t, 'POST', '/api/public/rating', { target: 'handling', rating: 'satisfied' })).json().petition;
    expect(rated.rating.state).toBe('rated');
    // One rating per target and stage, whatever the application does: the database refuses a second.
    const decisionId = (
      await db.selectFrom('decisions').select('id').where('petition_id', '=', id).where('stage', '=', 'review').executeTakeFirstOrThrow()
    ).id;
    await expect(
      db
        .insertInto('evaluations')
        .values({ petition_id: id, target: 'bureau', stage: 'handling', org_id: bureau.id, decision_id: decisionId, rating: 'satisfied' })
        .execute(),
    ).rejects.toThrow(/evaluations_one_per_stage/);
  });

  it('after 退回重办 the replaced decision is marked superseded: one 复查 route, the latest decision’s', async () => {
    const { number, token } = (await submit()).json();
    const id = (await db.selectFrom('petitions').select('id').where('number', '=', number).executeTakeFirstOrThrow()).id;
    const today = chinaDate(new Date());
    await act(registrar, id, 'assign', { toOrgId: dept.id, requirements: '请依法处理' });
    await act(handler, id, 'receive');
    await act(handler, id, 'decide', DECISION);
    await act(handler, id, 'deliver', { method: 'post', result: 'signed', deliveredOn: today });
    await act(handler, id, 'conclude', { report: '已处理。' });
    await act(registrar, id, 'rework', { reason: '未核实全部诉求，请重新办理。' });
    await act(handler, id, 'decide', { ...DECISION, outcome: 'explain' });
    await act(handler, id, 'deliver', { method: 'post', result: 'signed', deliveredOn: today });
    await act(handler, id, 'conclude', { report: '已重新办理。' });
    await act(registrar, id, 'verify');
    const view = (await asPetitioner(token, 'GET', '/api/public/petition')).json().petition;
    expect(view.decisions.map((d: Json) => [d.outcome, d.superseded])).toEqual([
      ['support', true],
      ['explain', false],
    ]);
    expect(view.review).toMatchObject({ state: 'available', kind: 'review' });
  });

  it('the rating window closes', async () => {
    const { number, token } = (await submit()).json();
    const id = (await db.selectFrom('petitions').select('id').where('number', '=', number).executeTakeFirstOrThrow()).id;
    await act(registrar, id, 'accept');
    const bureauHandler = await loginAs(app, db, bureau, ['handler']);
    await act(bureauHandler, id, 'decide', DECISION);
    await act(bureauHandler, id, 'deliver', { method: 'post', result: 'signed', deliveredOn: chinaDate(new Date()) });
    await db.updateTable('decisions').set({ delivered_on: '2025-01-02' }).where('petition_id', '=', id).execute();
    const late = await asPetitioner(token, 'POST', '/api/public/rating', { target: 'handling', rating: 'satisfied' });
    expect(late.json().error.code).toBe('rating_window_closed');
    expect((await asPetitioner(token, 'GET', '/api/public/petition')).json().petition.rating.state).toBe('expired');
  });
});

const uploadFrom = (remoteAddress: string, content: Buffer, filename = '现场照片.png') =>
  app.inject({ method: 'POST', url: '/api/public/attachments', remoteAddress, ...fileUpload(filename, content) });
const stored = (sha256: string) => existsSync(path.join(config.dataDir, 'files', sha256.slice(0, 2), sha256));

describe('public uploads', () => {
  it('are bound to the uploader: another submission cannot take them, with or without a token', async () => {
    const mine = (await uploadFrom('10.2.0.1', PNG)).json();
    expect(mine).toMatchObject({ attachment: { id: expect.any(Number), mime: 'image/png' }, token: expect.any(String) });
    const theirs = (await uploadFrom('10.2.0.2', PNG)).json();
    const petitions = async () =>
      Number(
        (
          await db
            .selectFrom('petitions')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await petitions();
    const proof = await solved();
    const attempt = (attachments: unknown) =>
      app.inject({ method: 'POST', url: '/api/public/petitions', payload: { ...proof, ...submission(), attachments } });
    // Someone else's upload id with the stranger's own token, a made-up token, or none: refused, nothing written.
    for (const attachments of [
      [{ id: mine.attachment.id, token: theirs.token }],
      [{ id: mine.attachment.id, token: `${Date.now() + 3_600_000}.forged` }],
    ]) {
      const res = await attempt(attachments);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'portal_upload_invalid', details: { fields: [{ path: 'attachments.0' }] } });
    }
    const none = await attempt([{ id: mine.attachment.id }]);
    expect(none.json().error.details.fields[0].path).toBe('attachments.0.token');
    expect(await petitions()).toBe(before);
    const row = await db
      .selectFrom('attachments')
      .select(['petition_id', 'org_id'])
      .where('id', '=', mine.attachment.id)
      .executeTakeFirstOrThrow();
    expect(row.petition_id).toBeNull();
    // The uploader, with the token, submits it (the same solved challenge: the refusals did not spend it).
    const ok = await attempt([{ id: mine.attachment.id, token: mine.token }]);
    expect(ok.statusCode, ok.body).toBe(201);
    const attached = await db
      .selectFrom('attachments')
      .select('petition_id')
      .where('id', '=', mine.attachment.id)
      .executeTakeFirstOrThrow();
    expect(attached.petition_id).not.toBeNull();
    // Once submitted it cannot be submitted again, even with its token.
    const again = await app.inject({
      method: 'POST',
      url: '/api/public/petitions',
      payload: { ...(await solved()), ...submission(), attachments: [{ id: mine.attachment.id, token: mine.token }] },
    });
    expect(again.json().error.code).toBe('portal_upload_invalid');
  });

  it('never submitted are deleted after a day, with their file when nothing else refers to it', async () => {
    const content = (tag: string) => Buffer.concat([PNG, Buffer.from(tag)]);
    const old = (await uploadFrom('10.3.0.1', content('old'))).json();
    const kept = (await uploadFrom('10.3.0.1', content('shared'))).json();
    const sameFile = (await uploadFrom('10.3.0.1', content('shared'))).json();
    const recent = (await uploadFrom('10.3.0.1', content('recent'))).json();
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/petitions',
      payload: { ...(await solved()), ...submission(), attachments: [{ id: kept.attachment.id, token: kept.token }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const dayAgo = new Date(Date.now() - 25 * 3_600_000);
    await db
      .updateTable('attachments')
      .set({ uploaded_at: dayAgo })
      .where('id', 'in', [old.attachment.id, kept.attachment.id, sameFile.attachment.id])
      .execute();
    await jobs.enqueue('portal.sweep', {});
    await jobs.idle();
    const left = await db
      .selectFrom('attachments')
      .select('id')
      .where(
        'id',
        'in',
        [old, kept, sameFile, recent].map((u) => u.attachment.id),
      )
      .orderBy('id')
      .execute();
    expect(left.map((r) => r.id)).toEqual([kept.attachment.id, recent.attachment.id]);
    expect(stored(old.attachment.sha256)).toBe(false);
    // The abandoned copy's row is gone, but the file it shared with a submitted attachment stays.
    expect(stored(sameFile.attachment.sha256)).toBe(true);
    expect(stored(recent.attachment.sha256)).toBe(true);
  });

  it('are capped per address and day, and in all while not submitted', async () => {
    const big = (tag: string) => Buffer.concat([PNG, Buffer.alloc(600 * 1024, tag)]);
    expect((await uploadFrom('10.4.0.1', big('a'))).statusCode).toBe(201);
    const second = await uploadFrom('10.4.0.1', big('b'));
    expect(second.statusCode).toBe(429);
    expect(second.json().error.code).toBe('portal_upload_quota');
    expect((await uploadFrom('10.4.0.2', big('c'))).statusCode).toBe(201);
    expect((await uploadFrom('10.4.0.3', big('d'))).statusCode).toBe(201);
    // 2 MB not yet submitted in all (the setting of this file): a fourth address waits.
    const full = await uploadFrom('10.4.0.4', big('e'));
    expect(full.statusCode).toBe(503);
    expect(full.json().error.code).toBe('portal_uploads_full');
  });
});
