import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Org } from '../db/types.js';
import { createStatsService } from '../features/stats/stats.service.js';
import { createTestApp } from '../test/app.js';
import { buildOrg, loginAs, petitionInput, PNG, uploadAttachment, type Session } from '../test/factories.js';

/**
 * Every read path, tried as users of the accused body, its parent, a child and a sibling, before and after the
 * accused body is moved in the tree (条例 Art. 30). The registering bureau and the body above the accused are the
 * controls: they must see what the others must not, through the same paths.
 */
const { app, db } = await createTestApp();
const stats = createStatsService({ db });

const TERM = '挪用扶贫资金';
const ROLES = ['registrar', 'handler', 'leader', 'supervisor', 'auditor'] as const;

let province: Org, city: Org, otherCity: Org, county: Org, bureau: Org, department: Org, otherCounty: Org;
let admin: Session;
let petitionId: number;
let attachmentId: number;
let documentIds: number[];

beforeAll(async () => {
  province = await buildOrg(db, { kind: 'government', name: '测试省人民政府' });
  city = await buildOrg(db, { parent: province, kind: 'government', name: '甲市人民政府' });
  otherCity = await buildOrg(db, { parent: province, kind: 'government', name: '乙市人民政府' });
  // The accused: a county government, above the bureau that registers the accusation.
  county = await buildOrg(db, { parent: city, kind: 'government', name: '甲县人民政府' });
  bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '甲县信访局' });
  department = await buildOrg(db, { parent: county, kind: 'department', name: '甲县财政局' });
  otherCounty = await buildOrg(db, { parent: city, kind: 'government', name: '丙县人民政府' });
  admin = await loginAs(app, db, province, ['admin']);

  const registrar = await loginAs(app, db, bureau, ['registrar']);
  const upload = await uploadAttachment(registrar, '举报材料.png', PNG);
  expect(upload.statusCode, upload.body).toBe(201);
  attachmentId = upload.json().attachment.id;
  const res = await registrar.request({
    method: 'POST',
    url: '/api/petitions',
    payload: petitionInput({
      channel: 'visit',
      type: 'accusation',
      accusedOrgId: county.id,
      accusedPerson: '某副县长',
      title: `检举县政府${TERM}`,
      content: `检举县政府有关负责人${TERM}，请求查处。`,
      attachmentIds: [attachmentId],
    }),
  });
  expect(res.statusCode, res.body).toBe(201);
  petitionId = res.json().petition.id;
  // Two more petitioners accuse the same: a group of similar matters for the hot issues.
  for (const [i, name] of ['李明', '赵强'].entries()) {
    const more = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({
        type: 'accusation',
        accusedOrgId: county.id,
        title: `检举县政府${TERM}问题`,
        content: `检举县政府有关负责人${TERM}，请求严肃查处。`,
        petitioners: [{ name, phone: `1390000000${i}` }],
      }),
    });
    expect(more.statusCode, more.body).toBe(201);
  }
  const docs = await registrar.request({ method: 'GET', url: `/api/petitions/${petitionId}/documents` });
  documentIds = docs.json().items.map((d: { id: number }) => d.id);
  expect(documentIds.length).toBeGreaterThan(0);
  // A document downloaded by its registrar leaves an audit event about the accusation.
  expect((await registrar.request({ method: 'GET', url: `/api/documents/${documentIds[0]}/file?format=docx` })).statusCode).toBe(200);
  await stats.refresh();
});

const ids = (items: { id: number }[]) => items.map((i) => i.id);
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** What a user of `org` learns of the accusation through each read path: true where it is seen. */
async function readPaths(s: Session, org: Org) {
  const get = (url: string) => s.request({ method: 'GET', url });
  const list = async (q: string) => ids((await get(`/api/petitions?${q}&limit=200`)).json().items ?? []).includes(petitionId);
  const candidates = (
    await s.request({
      method: 'POST',
      url: '/api/petitions/repeat-candidates',
      payload: { title: `检举县政府${TERM}`, content: `检举县政府有关负责人${TERM}，请求查处。` },
    })
  ).json();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await get('/api/petitions/export?type=accusation')).rawPayload as unknown as ArrayBuffer);
  const exported = workbook.worksheets[0]!.rowCount > 1;
  const audit = (await get('/api/audit/events?limit=200')).json().items as { objectType: string; objectId: string }[];
  const about = (type: string, id: number) => audit.some((e) => e.objectType === type && e.objectId === String(id));
  const inbox = (await get('/api/inbox')).json().sections as Record<string, { id: number }[]>;
  const deadlines = (await get('/api/deadlines?scope=all')).json().items as { petition: { id: number } }[];
  const messages = (await get('/api/messages')).json().items as { petitionId: number | null }[];
  const period = `orgId=${org.id}&from=${today().slice(0, 8)}01&to=${today()}`;
  const overview = (await get(`/api/stats/overview?${period}`)).json();
  const drill = ids(
    (await get(`/api/petitions?stat=registered&statOrg=${org.id}&statFrom=${today().slice(0, 8)}01&statTo=${today()}&limit=200`)).json()
      .items,
  );
  const byType = (await get(`/api/stats/breakdown?${period}&dim=type`)).json().rows as { key: string; registered: number }[];
  const hot = (await get(`/api/stats/hot?${period}`)).json();
  return {
    paths: {
      detail: (await get(`/api/petitions/${petitionId}`)).statusCode === 200,
      search: await list(`q=${encodeURIComponent(TERM)}`),
      list: await list('type=accusation'),
      candidates: [...candidates.samePetitioner, ...candidates.similar].some((c: { id: number }) => c.id === petitionId),
      export: exported,
      receipt: (await s.request({ method: 'POST', url: `/api/petitions/${petitionId}/receipt`, payload: {} })).statusCode === 200,
      documents: (await get(`/api/petitions/${petitionId}/documents`)).statusCode === 200,
      documentFile: (await get(`/api/documents/${documentIds[0]}/file?format=docx`)).statusCode === 200,
      attachment: (await get(`/api/attachments/${attachmentId}/content`)).statusCode === 200,
      auditPetition: about('petition', petitionId),
      auditDocument: documentIds.some((d) => about('document', d)),
      auditAttachment: about('attachment', attachmentId),
      inbox: Object.values(inbox).some((items) => ids(items).includes(petitionId)),
      deadlines: deadlines.some((d) => d.petition.id === petitionId),
      messages: messages.some((m) => m.petitionId === petitionId),
      statsDrillDown: drill.includes(petitionId),
      hot: JSON.stringify(hot).includes(TERM),
    },
    // Every count equals what its drill-down lists.
    counts: {
      overview: overview.volume.registered.value,
      drillDown: drill.length,
      accusations: byType.find((r) => r.key === 'accusation')?.registered ?? 0,
    },
  };
}

const NONE = {
  detail: false,
  search: false,
  list: false,
  candidates: false,
  export: false,
  receipt: false,
  documents: false,
  documentFile: false,
  attachment: false,
  auditPetition: false,
  auditDocument: false,
  auditAttachment: false,
  inbox: false,
  deadlines: false,
  messages: false,
  statsDrillDown: false,
  hot: false,
};
/** What a body that may see the accusation reaches (no inbox task or message is addressed to it). */
const SEEN = {
  ...NONE,
  detail: true,
  deadlines: true,
  search: true,
  list: true,
  candidates: true,
  export: true,
  receipt: true,
  documents: true,
  documentFile: true,
  attachment: true,
  auditPetition: true,
  auditDocument: true,
  auditAttachment: true,
  statsDrillDown: true,
  hot: true,
};

async function expectPaths(org: () => Org, expected: typeof NONE) {
  const s = await loginAs(app, db, org(), [...ROLES]);
  const seen = await readPaths(s, org());
  expect(seen.paths).toEqual(expected);
  expect(seen.counts.overview).toBe(seen.counts.drillDown);
  expect(seen.counts.accusations).toBe(expected.list ? 3 : 0);
}

describe('an accusation against a county government (条例 Art. 30)', () => {
  const cases: [string, () => Org, typeof NONE][] = [
    ['the accused body', () => county, NONE],
    ['a body under the accused (its finance department)', () => department, NONE],
    ['a sibling of the accused (another county)', () => otherCounty, NONE],
    ['the body above the accused (the city)', () => city, SEEN],
    ['the registering bureau, under the accused', () => bureau, { ...SEEN, inbox: true }],
  ];
  it.each(cases)('before any move: %s', async (_, org, expected) => expectPaths(org, expected));

  it('moving the accused body elsewhere in the tree keeps the accusation from it and its bodies', async () => {
    const moved = await admin.request({ method: 'POST', url: `/api/orgs/${county.id}/move`, payload: { parentId: otherCity.id } });
    expect(moved.statusCode, moved.body).toBe(200);
    for (const o of [county, department, bureau])
      Object.assign(o, await db.selectFrom('orgs').selectAll().where('id', '=', o.id).executeTakeFirstOrThrow());
    await stats.refresh();
  });

  const after: [string, () => Org, typeof NONE][] = [
    ['the accused body', () => county, NONE],
    ['a body under the accused', () => department, NONE],
    ['the old parent, which no longer holds the registering bureau', () => city, NONE],
    ['the new parent', () => otherCity, SEEN],
    ['the registering bureau', () => bureau, { ...SEEN, inbox: true }],
  ];
  it.each(after)('after the move: %s', async (_, org, expected) => expectPaths(org, expected));
});
