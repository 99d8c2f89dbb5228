import { chineseNumber, chinaDate } from '@xinfang/domain';
import { sql } from 'kysely';
import { createHash } from 'node:crypto';
// Text is read back from the files themselves: jszip (already in the tree through exceljs) opens the .docx;
// unpdf (pdf.js, no native code) reads the PDF. unpdf is pinned at 1.7.0, its last release that runs on Node 20
// (1.8 requires Node 22).
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { Org } from '../../db/types.js';
import { createTestApp } from '../../test/app.js';
import { buildOrg, loginAs, petitionInput, validIdNumber, type Session } from '../../test/factories.js';
import { docxText } from '../../test/files.js';
import { DOCUMENT_KINDS } from './documents.kinds.js';
import { createFileStore } from '../attachments/index.js';
import { KINDS } from './documents.kinds.js';
import { contentDisposition, documentNumber, textDate } from './documents.render.js';
import { createDocumentsService } from './documents.service.js';

const { app, db, config } = await createTestApp({ PUBLIC_URL: 'https://xinfang.example.gov.cn' });
// A city above a county: the county government reviews its departments (复查), the city re-examines (复核).
const city = await buildOrg(db, { kind: 'government', name: '测试市人民政府' });
const county = await buildOrg(db, { parent: city, kind: 'government', name: '测试县人民政府' });
const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '测试县信访局' });
const dept = await buildOrg(db, { parent: county, kind: 'department', name: '测试县住房和城乡建设局' });
const discipline = await buildOrg(db, { parent: county, kind: 'discipline', name: '测试县纪委监委' });
const court = await buildOrg(db, { parent: city, kind: 'court', name: '测试市中级人民法院' });
// 机关代字 come from the bodies' short names.
await db.updateTable('orgs').set({ short_name: '测信访' }).where('id', '=', bureau.id).execute();
await db.updateTable('orgs').set({ short_name: '测住建' }).where('id', '=', dept.id).execute();

const registrar = await loginAs(app, db, bureau, ['registrar']);
const supervisor = await loginAs(app, db, bureau, ['supervisor']);
const handler = await loginAs(app, db, dept, ['handler']);
const head = await loginAs(app, db, dept, ['leader']);
const disciplineHandler = await loginAs(app, db, discipline, ['handler']);
const countyOffice = await loginAs(app, db, county, ['registrar', 'handler']);
const cityOffice = await loginAs(app, db, city, ['registrar', 'handler']);
const admin = await loginAs(app, db, county, ['admin']);

const today = () => chinaDate(new Date());
const year = Number(today().slice(0, 4));
const inDays = (n: number) => chinaDate(new Date(Date.now() + n * 86_400_000));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const decision = {
  outcome: 'support',
  request: '请求物业公司停止违规收取停车费并退还已收费用',
  facts: '经调查，物业公司未经业主大会同意占用公共道路收取停车费属实',
  reasons: '公共道路属业主共有，利用共有部分经营须经业主共同决定',
  basis: '《中华人民共和国民法典》第二百七十八条、第二百八十二条',
};

async function register(overrides: Record<string, unknown> = {}): Promise<Json> {
  const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput(overrides) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().petition;
}

async function act(s: Session, id: number, action: string, body: Record<string, unknown> = {}, status = 200): Promise<Json> {
  const { version } = (await s.request({ method: 'GET', url: `/api/petitions/${id}` })).json().petition;
  const res = await s.request({ method: 'POST', url: `/api/petitions/${id}/actions/${action}`, payload: { version, ...body } });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

async function documents(s: Session, petitionId: number): Promise<Json[]> {
  const res = await s.request({ method: 'GET', url: `/api/petitions/${petitionId}/documents` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

async function download(s: Session, id: number, format: 'docx' | 'pdf') {
  const res = await s.request({ method: 'GET', url: `/api/documents/${id}/file?format=${format}` });
  expect(res.statusCode, res.body).toBe(200);
  return { body: res.rawPayload, headers: res.headers };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The text of a PDF as a reader extracts it. */
async function pdfText(buf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buf)), { mergePages: true });
  return text;
}

/** Lines wrap anywhere in Chinese text: compare without white space. */
const flat = (s: string) => s.replace(/\s+/g, '');

describe('issuing (条例 Arts. 22–23, 31–36, 40)', () => {
  it('every kind is issued by its action, numbered per body, kind and year without gaps', async () => {
    const p = await register();
    const assigned = await register({ title: '反映小区违建问题', content: '小区内有业主私自搭建彩钢房，占用消防通道。' });
    const declined = await register({ litigation: true });
    const forwarded = await register();
    await act(registrar, p.id, 'accept', { note: '本机关直接办理' });
    await act(registrar, declined.id, 'decline', { route: 'litigation', routeOrgId: court.id, reason: '该事项属于人民法院受理范围' });
    await act(registrar, forwarded.id, 'forward', { toOrgId: dept.id });
    await act(registrar, assigned.id, 'assign', { toOrgId: dept.id, requirements: '请核实后依法处理', dueDate: inDays(40) });
    await act(handler, assigned.id, 'receive');
    await act(handler, assigned.id, 'requestExtension', { days: 20, reason: '需委托房屋安全鉴定，鉴定周期较长。' });
    await act(head, assigned.id, 'approveExtension', { approve: true });
    await act(supervisor, assigned.id, 'supervise', { proposals: '建议组织联合调查', replyDueDate: inDays(5) });
    await act(handler, assigned.id, 'decide', { ...decision, outcome: 'reject' });
    await act(handler, assigned.id, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: today() });
    await act(handler, assigned.id, 'conclude', { report: '已作出处理意见。' });
    await act(registrar, assigned.id, 'verify');
    await act(countyOffice, assigned.id, 'requestReview', { requestedOn: today(), reasons: '对处理意见不服。' });
    await act(countyOffice, assigned.id, 'decide', { ...decision, outcome: 'uphold' });
    await act(countyOffice, assigned.id, 'deliver', { method: 'post', result: 'signed', deliveredOn: today() });
    await act(cityOffice, assigned.id, 'requestReexamination', { requestedOn: today(), reasons: '对复查意见不服。' });
    await act(cityOffice, assigned.id, 'decide', { ...decision, outcome: 'uphold' });

    const number = (prefix: string, kind: keyof typeof KINDS, seq: number) => documentNumber(prefix, kind, year, seq);
    expect((await documents(registrar, p.id)).map((d) => [d.kind, d.number, d.org.id])).toEqual([
      ['receipt', number('测信访', 'receipt', 1), bureau.id],
      ['acceptance_notice', number('测信访', 'acceptance_notice', 1), bureau.id],
    ]);
    expect((await documents(registrar, declined.id)).map((d) => [d.kind, d.number])).toEqual([
      ['receipt', number('测信访', 'receipt', 3)],
      ['decline_notice', number('测信访', 'decline_notice', 1)],
    ]);
    expect((await documents(registrar, forwarded.id)).map((d) => d.kind)).toEqual(['receipt', 'forward_notice']);
    const all = await documents(registrar, assigned.id);
    expect(all.map((d) => [d.kind, d.number, d.org.name])).toEqual([
      ['receipt', number('测信访', 'receipt', 2), '测试县信访局'],
      ['assignment_slip', number('测信访', 'assignment_slip', 1), '测试县信访局'],
      // The petitioner's own notice of the 交办 (for a visitor without a phone, too).
      ['assignment_notice', number('测信访', 'assignment_notice', 1), '测试县信访局'],
      ['extension_notice', number('测住建', 'extension_notice', 1), '测试县住房和城乡建设局'],
      ['supervision_slip', number('测信访', 'supervision_slip', 1), '测试县信访局'],
      ['decision', number('测住建', 'decision', 1), '测试县住房和城乡建设局'],
      // A body without a short name is named in full.
      ['review_decision', number('测试县人民政府', 'review_decision', 1), '测试县人民政府'],
      ['reexamination_decision', number('测试市人民政府', 'reexamination_decision', 1), '测试市人民政府'],
    ]);
    expect(number('测信访', 'acceptance_notice', 3)).toBe(`测信访受〔${year}〕3号`);

    // Each document is linked to the event that issued it.
    const events = (await registrar.request({ method: 'GET', url: `/api/petitions/${assigned.id}` })).json().petition.events as Json[];
    const kindOfEvent = new Map(events.map((e) => [e.id, e.kind]));
    expect(all.map((d) => kindOfEvent.get(d.eventId))).toEqual([
      'registered',
      'assign',
      'assign',
      'approveExtension',
      'supervise',
      'decide',
      'decide',
      'decide',
    ]);

    // The texts carry what the action recorded.
    const text = async (id: number) =>
      (await db.selectFrom('documents').select('text').where('id', '=', id).executeTakeFirstOrThrow()).text;
    const slip = await text(all[1]!.id);
    expect(slip).toContain('测试县住房和城乡建设局：');
    expect(slip).toContain('请核实后依法处理。');
    expect(slip).toContain('小区内有业主私自搭建彩钢房');
    const notice = await text(all[2]!.id);
    expect(notice).toContain('王建华：');
    expect(notice).toMatch(/已于\d{4}年\d{1,2}月\d{1,2}日将该信访事项交由测试县住房和城乡建设局办理/);
    const extension = await text(all[3]!.id);
    expect(extension).toContain('办理期限延长20日');
    expect(extension).toContain('需委托房屋安全鉴定，鉴定周期较长。');
    expect(await text(all[4]!.id)).toMatch(/建议组织联合调查。[\s\S]*请于\d{4}年\d{1,2}月\d{1,2}日前/);
    const decline = await text((await documents(registrar, declined.id))[1]!.id);
    expect(decline).toContain('依法向人民法院提起诉讼（受理机关：测试市中级人民法院）');
    expect(decline).toContain('该事项属于人民法院受理范围。');
    expect(await text((await documents(registrar, forwarded.id))[1]!.id)).toContain('转送测试县住房和城乡建设局依法处理');
  });

  it('numbers have no gaps: an action that fails after issuing gives its number back', async () => {
    const service = createDocumentsService({ db, files: createFileStore(config.dataDir) });
    const p = await register();
    const before = await db
      .selectFrom('document_number_counters')
      .select('last_seq')
      .where('org_id', '=', bureau.id)
      .where('kind', '=', 'acceptance_notice')
      .executeTakeFirst();
    const actor = { ...(await actorOf(registrar)) };
    const eventId = (await db.selectFrom('petition_events').select('id').where('petition_id', '=', p.id).executeTakeFirstOrThrow()).id;
    await expect(
      db.transaction().execute(async (trx) => {
        await service.listener({
          trx,
          actor,
          petitionId: p.id,
          eventId,
          at: new Date(),
          action: 'accept',
          from: 'registered',
          to: 'accepted',
          payload: { note: null },
        });
        throw new Error('the action failed later');
      }),
    ).rejects.toThrow('the action failed later');
    await act(registrar, p.id, 'accept');
    const [, notice] = await documents(registrar, p.id);
    expect(notice!.number).toBe(documentNumber('测信访', 'acceptance_notice', year, (before?.last_seq ?? 0) + 1));
  });

  it('issued documents are never changed or removed', async () => {
    const p = await register();
    const [receipt] = await documents(registrar, p.id);
    await expect(db.updateTable('documents').set({ title: 'x' }).where('id', '=', receipt!.id).execute()).rejects.toThrow(/never changed/);
    await expect(db.deleteFrom('documents').where('id', '=', receipt!.id).execute()).rejects.toThrow(/never changed/);
  });
});

describe('group petitions (条例 Art. 20)', () => {
  it('notices and decisions are addressed to every representative, not the first alone', async () => {
    const p = await register({
      channel: 'visit',
      personsCount: 30,
      petitioners: [
        { name: '刘庆国', idNumber: validIdNumber(201), isMain: true, isRepresentative: true },
        { name: '孙丽华', idNumber: validIdNumber(202), isRepresentative: true },
        { name: '赵德明', idNumber: validIdNumber(203) },
        { name: '钱玉兰', idNumber: validIdNumber(204), isRepresentative: true },
      ],
    });
    await act(registrar, p.id, 'accept', { note: '本机关直接办理' });
    await act(await loginAs(app, db, bureau, ['handler']), p.id, 'decide', decision);
    const docs = await documents(registrar, p.id);
    const text = async (kind: string) =>
      (
        await db
          .selectFrom('documents')
          .select('text')
          .where('id', '=', docs.find((d) => d.kind === kind)!.id)
          .executeTakeFirstOrThrow()
      ).text;
    for (const kind of ['receipt', 'acceptance_notice', 'decision']) expect(await text(kind)).toContain('\n刘庆国、孙丽华、钱玉兰：\n');
    // A member who is not a representative is not an addressee.
    expect(await text('decision')).not.toContain('赵德明');
  });
});

describe('the 信访处理意见书 (条例 Art. 32; 北京市信访条例 Art. 43)', () => {
  it('Word and PDF both contain the request, facts and reasons, decision, basis, review route and time limit, 文号 and date', async () => {
    const p = await register({ petitioners: [{ name: '王喆', phone: '13812345678' }] });
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '依法处理' });
    await act(handler, p.id, 'receive');
    const started = performance.now();
    await act(handler, p.id, 'decide', decision);
    const took = performance.now() - started;
    const doc = (await documents(handler, p.id)).find((d) => d.kind === 'decision')!;
    expect(doc.number).toMatch(new RegExp(`^测住建处〔${year}〕\\d+号$`));

    const docx = await download(handler, doc.id, 'docx');
    const pdf = await download(handler, doc.id, 'pdf');
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    // Fonts by the names Chinese offices use: 仿宋_GB2312 for the text (the default style), 方正小标宋简体, 黑体.
    const zip = await JSZip.loadAsync(docx.body);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:eastAsia="仿宋_GB2312"');
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"'); // 37, 26, 35, 28 mm

    for (const [format, text] of [
      ['docx', await docxText(docx.body)],
      ['pdf', await pdfText(pdf.body)],
    ] as const) {
      const t = flat(text);
      const elements = {
        issuer: '测试县住房和城乡建设局',
        number: doc.number,
        title: '信访事项处理意见书',
        addressee: '王喆：',
        request: `一、信访请求${decision.request}。`,
        factsAndReasons: `二、调查核实的事实和理由${decision.facts}。${decision.reasons}。`,
        decision: '三、处理意见你的请求事实清楚，符合法律、法规、规章或者其他有关规定，本机关予以支持。',
        basis: `四、处理依据${decision.basis}`,
        review: '如不服本处理意见，可以自收到本意见书之日起三十日内向测试县人民政府请求复查。',
        date: textDate(today()),
        seal: '（印章）',
      };
      for (const [element, expected] of Object.entries(elements)) expect(t, `${format}: ${element}`).toContain(flat(expected));
    }
    console.info(`decide with the 信访处理意见书 (docx + PDF, in the transaction): ${took.toFixed(0)} ms`);
  });

  it('the 复查意见书 names the 复核 route; the 复核意见书 says it is final (Art. 36); outcomes read as the law words them', async () => {
    const p = await register();
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '依法处理' });
    await act(handler, p.id, 'receive');
    await act(handler, p.id, 'decide', { ...decision, outcome: 'explain' });
    await act(handler, p.id, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: today() });
    await act(handler, p.id, 'conclude', { report: '已答复。' });
    await act(registrar, p.id, 'verify');
    await act(countyOffice, p.id, 'requestReview', { requestedOn: today(), reasons: '对处理意见不服。' });
    await act(countyOffice, p.id, 'decide', { ...decision, outcome: 'uphold' });
    await act(countyOffice, p.id, 'deliver', { method: 'post', result: 'signed', deliveredOn: today() });
    await act(cityOffice, p.id, 'requestReexamination', { requestedOn: today(), reasons: '对复查意见不服。' });
    await act(cityOffice, p.id, 'decide', { ...decision, outcome: 'uphold' });
    const docs = await documents(cityOffice, p.id);
    const pdf = async (kind: string) =>
      flat(await pdfText((await download(cityOffice, docs.find((d) => d.kind === kind)!.id, 'pdf')).body));

    expect(await pdf('decision')).toContain('本机关对此作出解释说明');
    const review = await pdf('review_decision');
    expect(review).toContain('信访事项复查意见书');
    expect(review).toContain(flat(`你不服测试县住房和城乡建设局对“反映小区物业违规收取停车费问题”信访事项`));
    expect(review).toContain(`于${textDate(today())}向本机关请求复查`);
    // A review rules on the decision under review in its own words, never the first instance's (the stored text:
    // the PDF may break a page inside the sentence).
    const stored = async (kind: string) =>
      (await db.selectFrom('documents').select('text').where('petition_id', '=', p.id).where('kind', '=', kind).executeTakeFirstOrThrow())
        .text;
    expect(await stored('review_decision')).toContain('原处理意见认定事实清楚，适用依据正确，处理适当，本机关予以维持。');
    expect(review).not.toContain('本机关不予支持');
    expect(review).not.toContain('缺乏法律依据');
    expect(review).toContain('如不服本复查意见，可以自收到本意见书之日起三十日内向测试市人民政府请求复核。');
    const reexam = flat(
      await docxText((await download(cityOffice, docs.find((d) => d.kind === 'reexamination_decision')!.id, 'docx')).body),
    );
    expect(reexam).toContain('信访事项复核意见书');
    expect(reexam).toContain('本复核意见为最终意见');
    expect(reexam).toContain('仍以同一事实和理由提出信访事项的，不再受理。');
    expect(reexam).not.toContain('请求复查');
    expect(await stored('reexamination_decision')).toContain('经审查，复查意见认定事实清楚，适用依据正确，处理适当，本机关予以维持。');
  });
});

describe('downloads', () => {
  it('an edited template changes new documents; an issued document downloads byte-identical', async () => {
    const p = await register();
    await act(registrar, p.id, 'accept');
    const [, notice] = await documents(registrar, p.id);
    const pdf1 = await download(registrar, notice!.id, 'pdf');
    const docx1 = await download(registrar, notice!.id, 'docx');
    // Rendered after the action (or at this first download), then stored once: the files are the ones listed.
    const [, stored] = await documents(registrar, p.id);
    expect(sha256(pdf1.body)).toBe(stored!.pdfSha256);
    expect(sha256(docx1.body)).toBe(stored!.docxSha256);
    const name = `信访事项受理告知书（测信访受〔${year}〕`;
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(pdf1.headers['content-disposition'] as string)![1]!)).toContain(name);
    expect(pdf1.headers['content-disposition']).not.toMatch(/filename\*=[^;]*[()]/); // RFC 5987 attr-char

    const body = `${KINDS.acceptance_notice.template}\n本告知书使用修改后的模板（{{orgName}}）。`;
    const saved = await admin.request({ method: 'PUT', url: '/api/document-templates/acceptance_notice', payload: { body } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().template).toMatchObject({ kind: 'acceptance_notice', body, isDefault: false });

    const q = await register();
    await act(registrar, q.id, 'accept');
    const [, fresh] = await documents(registrar, q.id);
    expect(flat(await pdfText((await download(registrar, fresh!.id, 'pdf')).body))).toContain('本告知书使用修改后的模板（测试县信访局）');

    const pdf2 = await download(registrar, notice!.id, 'pdf');
    const docx2 = await download(registrar, notice!.id, 'docx');
    expect(Buffer.compare(pdf1.body, pdf2.body)).toBe(0);
    expect(Buffer.compare(docx1.body, docx2.body)).toBe(0);
    expect(flat(await pdfText(pdf2.body))).not.toContain('修改后的模板');

    // Back to the default for the other tests; downloads are in the audit trail.
    await admin.request({ method: 'DELETE', url: '/api/document-templates/acceptance_notice' });
    const audit = await db
      .selectFrom('audit_events')
      .select('action')
      .where('object_type', '=', 'document')
      .where('object_id', '=', String(notice!.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'document.issue',
      'document.download',
      'document.download',
      'document.download',
      'document.download',
    ]);
  });

  it('accusation documents never reach the accused body (条例 Art. 30)', async () => {
    const p = await register({ type: 'accusation', accusedOrgId: dept.id, accusedPerson: '某科长', title: '检举某科长违规收受好处费' });
    await act(registrar, p.id, 'forward', { toOrgId: discipline.id });
    const docs = await documents(disciplineHandler, p.id);
    expect(docs.map((d) => d.kind)).toEqual(['receipt', 'forward_notice']);
    expect((await handler.request({ method: 'GET', url: `/api/petitions/${p.id}/documents` })).statusCode).toBe(404);
    for (const d of docs)
      for (const format of ['pdf', 'docx']) {
        const res = await handler.request({ method: 'GET', url: `/api/documents/${d.id}/file?format=${format}` });
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('document_not_found');
      }
    expect((await download(disciplineHandler, docs[1]!.id, 'pdf')).body.length).toBeGreaterThan(1000);
  });

  it('rendering waits for a second without requests, and the first download renders at once', async () => {
    const service = createDocumentsService({ db, files: createFileStore(config.dataDir) });
    const p = await register();
    service.noteRequest();
    expect(await service.renderPending()).toBe(0);
    const [receipt] = await documents(registrar, p.id);
    expect(receipt!.pdfSha256).toBeNull();
    expect((await download(registrar, receipt!.id, 'pdf')).body.length).toBeGreaterThan(1000);
    expect((await documents(registrar, p.id))[0]!.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    service.close();
  });

  it('files are rendered after the action, set once, and the record never changes', async () => {
    const service = createDocumentsService({ db, files: createFileStore(config.dataDir) });
    const p = await register();
    await service.renderPending();
    const [receipt] = await documents(registrar, p.id);
    expect(receipt!.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await service.renderPending()).toBe(0);
    await expect(sql`update documents set pdf_sha256 = docx_sha256 where id = ${receipt!.id}`.execute(db)).rejects.toThrow(/never changed/);
    await expect(sql`update documents set title = 'x' where id = ${receipt!.id}`.execute(db)).rejects.toThrow(/never changed/);
    await expect(sql`delete from documents where id = ${receipt!.id}`.execute(db)).rejects.toThrow(/never changed/);
  });

  it('the server renders the receipts of a burst of registrations by itself once it is quiet', async () => {
    const burst = [await register(), await register(), await register()];
    const rendered = async () =>
      (await Promise.all(burst.map(async (p) => (await documents(registrar, p.id as number))[0]!.pdfSha256))).every(Boolean);
    // Asking is a request too: ask every 1.5 s, leaving the quiet second the server waits for.
    const until = Date.now() + 20_000;
    while (!(await rendered()) && Date.now() < until) await new Promise((r) => setTimeout(r, 1500));
    expect(await rendered()).toBe(true);
  });

  it('the portal gets the documents addressed to the petitioner of its petition only', async () => {
    const service = createDocumentsService({ db, files: createFileStore(config.dataDir) });
    const p = await register();
    const other = await register();
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '依法处理' });
    await act(handler, p.id, 'receive');
    await act(handler, p.id, 'decide', decision);
    const mine = await service.listForPetitioner(p.id);
    expect(mine.map((d) => d.kind)).toEqual(['receipt', 'assignment_notice', 'decision']); // not the 交办单
    const file = await service.openForPetitioner(p.id, mine[2]!.id, 'pdf');
    expect(file.sha256).toBe((await service.listForPetitioner(p.id))[2]!.pdfSha256);
    const slip = (await documents(registrar, p.id)).find((d) => d.kind === 'assignment_slip')!;
    await expect(service.openForPetitioner(p.id, slip.id, 'pdf')).rejects.toMatchObject({ code: 'document_not_found' });
    await expect(service.openForPetitioner(other.id, mine[2]!.id, 'pdf')).rejects.toMatchObject({ code: 'document_not_found' });
  });
});

describe('文书模板', () => {
  it('lists every kind with its variables; only administrators edit', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/document-templates' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Json[];
    expect(items.map((t) => t.kind).sort()).toEqual([...DOCUMENT_KINDS].sort());
    const d = items.find((t) => t.kind === 'decision')!;
    expect(d.variables).toEqual(expect.arrayContaining([{ name: 'remedy', label: expect.any(String), required: true }]));
    expect((await registrar.request({ method: 'GET', url: '/api/document-templates' })).statusCode).toBe(403);
    const put = await registrar.request({ method: 'PUT', url: '/api/document-templates/receipt', payload: { body: 'x' } });
    expect(put.statusCode).toBe(403);
  });

  it('in English: every kind and variable has an English label; the template text stays Chinese', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/document-templates', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { kind: string; title: string; body: string; variables: { name: string; label: string }[] }[];
    expect(items).toHaveLength(DOCUMENT_KINDS.length);
    const chinese = /[\u4e00-\u9fff]/;
    for (const t of items) {
      expect(t.title, t.kind).not.toMatch(chinese);
      for (const v of t.variables) expect(v.label, `${t.kind}.${v.name}`).not.toMatch(chinese);
      expect(t.body).toMatch(chinese);
    }
    expect(items.find((t) => t.kind === 'decision')!.title).toBe('Handling decision');
  });

  it('are per body: a county overrides its own, its bodies use it, a sibling county and the top body do not; revert inherits', async () => {
    const sibling = await buildOrg(db, { parent: city, kind: 'government', name: '乙县人民政府' });
    const siblingBureau = await buildOrg(db, { parent: sibling, kind: 'bureau', name: '乙县信访局' });
    const cityBureau = await buildOrg(db, { parent: city, kind: 'bureau', name: '测试市信访局' });
    const topAdmin = await loginAs(app, db, city, ['admin']);
    const bureauAdmin = await loginAs(app, db, bureau, ['admin']);
    const receiptText = async (at: Org) => {
      const s = await loginAs(app, db, at, ['registrar']);
      const res = await s.request({ method: 'POST', url: '/api/petitions', payload: petitionInput() });
      expect(res.statusCode, res.body).toBe(201);
      const [receipt] = await documents(s, res.json().petition.id);
      return (await db.selectFrom('documents').select('text').where('id', '=', receipt!.id).executeTakeFirstOrThrow()).text;
    };
    const mark = (who: string) => `${KINDS.receipt.template}\n本凭证使用${who}的模板。`;
    const put = (s: Session, body: string, orgId?: number) =>
      s.request({ method: 'PUT', url: `/api/document-templates/receipt${orgId ? `?orgId=${orgId}` : ''}`, payload: { body } });

    const saved = await put(admin, mark('测试县'));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().template).toMatchObject({ source: { id: county.id }, own: true, inheritedFrom: null });
    expect(await receiptText(bureau)).toContain('本凭证使用测试县的模板。');
    expect(await receiptText(siblingBureau)).not.toContain('本凭证使用');
    expect(await receiptText(cityBureau)).not.toContain('本凭证使用');

    // The top body's template is the default for every body without one nearer.
    expect((await put(topAdmin, mark('测试市'))).statusCode).toBe(200);
    expect(await receiptText(cityBureau)).toContain('本凭证使用测试市的模板。');
    expect(await receiptText(siblingBureau)).toContain('本凭证使用测试市的模板。');
    expect(await receiptText(bureau)).toContain('本凭证使用测试县的模板。');

    // What the county's administrator sees: the county's own, what it would inherit, and a body below.
    const list = async (s: Session, orgId?: number) =>
      s.request({ method: 'GET', url: `/api/document-templates${orgId ? `?orgId=${orgId}` : ''}` });
    const own = (await list(admin)).json();
    expect(own.org).toEqual({ id: county.id, name: '测试县人民政府' });
    expect(own.items.find((t: Json) => t.kind === 'receipt')).toMatchObject({
      own: true,
      source: { id: county.id, name: '测试县人民政府' },
      inheritedFrom: { id: city.id, name: '测试市人民政府' },
      inheritedBody: mark('测试市'),
    });
    expect((await list(admin, bureau.id)).json().items.find((t: Json) => t.kind === 'receipt')).toMatchObject({
      own: false,
      source: { id: county.id },
    });
    // Outside their part of the tree, bodies do not exist for them.
    for (const res of [
      await list(admin, sibling.id),
      await put(admin, mark('乙县'), sibling.id),
      await put(bureauAdmin, mark('县'), county.id),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('org_not_found');
    }
    expect((await put(bureauAdmin, mark('县信访局'))).statusCode).toBe(200);
    expect(await receiptText(bureau)).toContain('本凭证使用县信访局的模板。');
    expect((await bureauAdmin.request({ method: 'DELETE', url: '/api/document-templates/receipt' })).statusCode).toBe(200);

    // Withdrawn, the county inherits the top body's again; withdrawing twice changes nothing.
    const reverted = await admin.request({ method: 'DELETE', url: '/api/document-templates/receipt' });
    expect(reverted.statusCode, reverted.body).toBe(200);
    expect(reverted.json().template).toMatchObject({ own: false, source: { id: city.id }, body: mark('测试市') });
    expect((await admin.request({ method: 'DELETE', url: '/api/document-templates/receipt' })).json().template.own).toBe(false);
    expect(await receiptText(bureau)).toContain('本凭证使用测试市的模板。');
    const trail = await db
      .selectFrom('audit_events')
      .select(['action', 'org_id'])
      .where('object_type', '=', 'document_template')
      .where('object_id', '=', 'receipt')
      .orderBy('seq')
      .execute();
    expect(trail.map((e) => `${e.action}@${e.org_id}`)).toEqual([
      `document_template.update@${county.id}`,
      `document_template.update@${city.id}`,
      `document_template.update@${bureau.id}`,
      `document_template.revert@${bureau.id}`,
      `document_template.revert@${county.id}`,
    ]);
    expect((await topAdmin.request({ method: 'DELETE', url: '/api/document-templates/receipt' })).statusCode).toBe(200);
  });

  it('refuses a template with an unknown variable, naming it, and a decision without its legal elements', async () => {
    const unknown = await admin.request({
      method: 'PUT',
      url: '/api/document-templates/acceptance_notice',
      payload: { body: '你的信访事项{{petitionNumber}}已受理，承办人{{handlerName}}。' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'template_variable_unknown', details: { variable: 'handlerName' } });
    expect(unknown.json().error.details.fields[0]).toMatchObject({ path: 'body', message: expect.stringContaining('{{handlerName}}') });

    const preview = await admin.request({ method: 'POST', url: '/api/document-templates/decision/preview', payload: { body: '{{nope}}' } });
    expect(preview.statusCode).toBe(400);
    expect(preview.json().error.details.variable).toBe('nope');

    const withoutRemedy = KINDS.decision.template.replace('{{remedy}}', '');
    const missing = await admin.request({ method: 'PUT', url: '/api/document-templates/decision', payload: { body: withoutRemedy } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'template_variable_required', details: { variable: 'remedy' } });
    const unpaired = await admin.request({
      method: 'PUT',
      url: '/api/document-templates/receipt',
      payload: { body: '编号：{{petitionNumber' },
    });
    expect(unpaired.json().error.details.fields[0].path).toBe('body');
  });

  it('previews a template as PDF with sample values', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/document-templates/decision/preview',
      payload: { body: KINDS.decision.template },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = flat(await pdfText(res.rawPayload));
    expect(text).toContain('测试县人民政府');
    expect(text).toContain('王建华：');
    expect(text).toContain('予以支持');
    expect(text).toContain(`测试县人民政府处〔${year}〕1号`);
  });
});

describe('helpers', () => {
  it('writes dates and numbers in Chinese, file names by RFC 5987', () => {
    expect(textDate('2026-11-28')).toBe('2026年11月28日');
    expect(textDate('2030-01-10')).toBe('2030年1月10日');
    expect([1, 10, 15, 20, 30, 31].map(chineseNumber)).toEqual(['一', '十', '十五', '二十', '三十', '三十一']);
    expect(contentDisposition('告知书（测〔2026〕1号）.pdf', 'document-1.pdf')).toBe(
      `attachment; filename="document-1.pdf"; filename*=UTF-8''%E5%91%8A%E7%9F%A5%E4%B9%A6%EF%BC%88%E6%B5%8B%E3%80%942026%E3%80%951%E5%8F%B7%EF%BC%89.pdf`,
    );
    expect(contentDisposition("a'(b)*.pdf", 'x.pdf')).toContain("filename*=UTF-8''a%27%28b%29%2A.pdf");
  });
});

/** The signed-in actor of a session, as services see it. */
async function actorOf(s: Session & { userId?: number }) {
  const me = (await s.request({ method: 'GET', url: '/api/auth/me' })).json().user;
  return {
    userId: me.id,
    username: me.username,
    displayName: me.displayName,
    orgId: me.org.id,
    orgPath: '',
    orgName: me.org.name,
    roles: me.roles,
    permissions: me.permissions,
    mustChangePassword: false,
    sessionId: '',
    ip: '127.0.0.1',
    requestId: 'test',
  };
}

// After the numbering tests: this registers petitions of its own.
describe('受理凭证: one receipt from the template, printed or downloaded', () => {
  const receipt = (s: Session, id: number, payload: Json = {}, pdf = false) =>
    s.request({ method: 'POST', url: `/api/petitions/${id}/receipt${pdf ? '/pdf' : ''}`, payload });
  const lines = (r: { json(): Json }) => (r.json().receipt.layout.paragraphs as { text: string }[]).map((p) => p.text);

  it('the filed copy has the portal address and no code; the copy handed over has the code, checked, in print and PDF alike', async () => {
    const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput() });
    const { petition, queryCode } = res.json() as { petition: Json; queryCode: string };
    const filed = await receipt(registrar, petition.id);
    expect(filed.statusCode, filed.body).toBe(200);
    const text = lines(filed).join('\n');
    expect(text).toContain(`信访事项编号：${petition.number}`);
    expect(text).toContain('自收到信访事项之日起十五日内');
    expect(text).toContain('登录https://xinfang.example.gov.cn/portal，凭信访事项编号和查询码');
    expect(text).not.toContain(queryCode);
    // Only the hash of the code is kept: the stored document has the words in its place.
    const stored = await db
      .selectFrom('documents')
      .select('text')
      .where('petition_id', '=', petition.id)
      .where('kind', '=', 'receipt')
      .executeTakeFirstOrThrow();
    expect(stored.text).not.toContain(queryCode);
    expect(stored.text).toContain('查询码：（登记时当面告知');

    const handed = await receipt(registrar, petition.id, { queryCode: queryCode.toLowerCase() });
    expect(lines(handed)).toContain(`查询码：${queryCode}`);
    expect(lines(handed).filter((l) => !l.startsWith('查询码'))).toEqual(lines(filed).filter((l) => !l.startsWith('查询码')));
    const pdf = await receipt(registrar, petition.id, { queryCode }, true);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toContain('no-store');
    const pdfFlat = flat(await pdfText(pdf.rawPayload));
    expect(pdfFlat).toContain(flat(`查询码：${queryCode}`));
    expect(pdfFlat).toContain(flat('https://xinfang.example.gov.cn/portal'));

    const wrong = await receipt(registrar, petition.id, { queryCode: 'AAAA-BBBB-CCCC' });
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([409, 'query_code_mismatch']);
    const malformed = await receipt(registrar, petition.id, { queryCode: '123' });
    expect([malformed.statusCode, malformed.json().error.details.fields[0].path]).toEqual([400, 'queryCode']);
    // Another body's petition is not there for it.
    expect((await receipt(handler, petition.id)).statusCode).toBe(404);
  });

  it('a body template without the code is refused', async () => {
    const put = await admin.request({
      method: 'PUT',
      url: '/api/document-templates/receipt',
      payload: { body: '信访事项编号：{{petitionNumber}}' },
    });
    expect([put.statusCode, put.json().error.code]).toEqual([400, 'template_variable_required']);
  });
});
