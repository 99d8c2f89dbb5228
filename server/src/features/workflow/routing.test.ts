import { chinaDate } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, loginAs, petitionInput, type Session } from '../../test/factories.js';
import { act, DECISION, detail, type Json } from '../../test/workflow.js';
import { routeRefusal, routingScope } from './routing.js';

// A city with its bureau and a department, two counties under it; one county with a department, a township and
// its village, and a court (a statutory route, never a petition handler).
const { app, db } = await createTestApp();
const city = await buildOrg(db, { kind: 'government', name: '路由测试市人民政府' });
const cityBureau = await buildOrg(db, { parent: city, kind: 'bureau', name: '路由测试市信访局' });
const cityDept = await buildOrg(db, { parent: city, kind: 'department', name: '路由测试市住房和城乡建设局' });
const county = await buildOrg(db, { parent: city, kind: 'government', name: '路由测试县人民政府' });
const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '路由测试县信访局' });
const dept = await buildOrg(db, { parent: county, kind: 'department', name: '路由测试县人力资源和社会保障局' });
const court = await buildOrg(db, { parent: county, kind: 'court', name: '路由测试县人民法院' });
const township = await buildOrg(db, { parent: county, kind: 'township', name: '路由测试镇人民政府' });
const village = await buildOrg(db, { parent: township, kind: 'village', name: '路由测试村村民委员会' });
const otherCounty = await buildOrg(db, { parent: city, kind: 'government', name: '另一县人民政府' });
const otherBureau = await buildOrg(db, { parent: otherCounty, kind: 'bureau', name: '另一县信访局' });

const cityRegistrar = await loginAs(app, db, cityBureau, ['registrar']);
const registrar = await loginAs(app, db, bureau, ['registrar']);
const caseworker = await loginAs(app, db, bureau, ['handler']);
const deptHandler = await loginAs(app, db, dept, ['handler']);
const townHandler = await loginAs(app, db, township, ['handler']);

const inDays = (n: number) => chinaDate(new Date(Date.now() + n * 86_400_000));

async function register(s: Session, overrides: Record<string, unknown> = {}): Promise<Json> {
  const res = await s.request({ method: 'POST', url: '/api/petitions', payload: petitionInput(overrides) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().petition;
}
const targets = async (s: Session, id: number) => {
  const res = await s.request({ method: 'GET', url: `/api/petitions/${id}/route-targets` });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as Json[]).map((o) => o.name as string).sort();
};
const documentsOf = async (s: Session, id: number): Promise<Json[]> => {
  const res = await s.request({ method: 'GET', url: `/api/petitions/${id}/documents` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};
const clock = (p: Json, key: string): Json | undefined => (p.clocks as Json[]).filter((c) => c.key === key).at(-1);

describe('where 转送 and 交办 may go (条例 Arts. 23, 24)', () => {
  it('a body routes within its own government: a bureau or department its parent government, a township its own', () => {
    const chainOf = (o: typeof bureau) => [city, cityBureau, county, township, bureau, dept].filter((b) => o.path.startsWith(b.path));
    expect(routingScope(bureau, chainOf(bureau)).id).toBe(county.id);
    expect(routingScope(dept, chainOf(dept)).id).toBe(county.id);
    expect(routingScope(cityBureau, chainOf(cityBureau)).id).toBe(city.id);
    expect(routingScope(township, chainOf(township)).id).toBe(township.id);
    expect(routeRefusal(county, city)).toBe('route_upward');
    expect(routeRefusal(county, county)).toBe('route_upward');
    expect(routeRefusal(county, otherBureau)).toBe('route_out_of_area');
    expect(routeRefusal(county, cityDept)).toBe('route_out_of_area');
    expect(routeRefusal(county, village)).toBeNull();
  });

  it('refuses a higher government, one’s own government and another county with 409, the reason and the body; writes nothing', async () => {
    const p = await register(registrar);
    const cases = [
      ['assign', city, 'route_upward'],
      ['assign', county, 'route_upward'],
      ['assign', otherBureau, 'route_out_of_area'],
      ['forward', city, 'route_upward'],
      ['forward', otherBureau, 'route_out_of_area'],
      ['forward', cityDept, 'route_out_of_area'],
    ] as const;
    for (const [action, to, code] of cases) {
      const body = action === 'assign' ? { toOrgId: to.id, requirements: '请依法办理。' } : { toOrgId: to.id };
      const refused = (await act(registrar, p.id, action, body, 409)).error;
      expect(refused, `${action} to ${to.name}`).toMatchObject({
        code,
        details: { field: 'toOrgId', targetOrgId: to.id, targetOrg: to.name },
      });
      expect(refused.message).toContain('第二十三条');
    }
    const after = await detail(registrar, p.id);
    expect(after).toMatchObject({ status: 'registered', version: p.version });
    expect(after.workflow.assignments).toEqual([]);
    expect(await db.selectFrom('petition_access').selectAll().where('petition_id', '=', p.id).execute()).toEqual([]);

    // The body's own departments, township and its villages are fine.
    expect((await act(registrar, p.id, 'assign', { toOrgId: township.id, requirements: '请依法办理。' })).petition.status).toBe('assigned');
  });

  it('the picker lists exactly the bodies the action allows, without the accused body of an accusation', async () => {
    const p = await register(registrar);
    expect(await targets(registrar, p.id)).toEqual([dept.name, township.name, village.name].sort());
    // The city routes through both counties, never to the courts or itself.
    const q = await register(cityRegistrar);
    expect(await targets(cityRegistrar, q.id)).toEqual(
      [cityDept, county, bureau, dept, township, village, otherCounty, otherBureau].map((o) => o.name).sort(),
    );
    const accusation = await register(registrar, { type: 'accusation', accusedOrgId: township.id });
    expect(await targets(registrar, accusation.id)).toEqual([dept.name]);
    expect((await act(registrar, accusation.id, 'forward', { toOrgId: village.id }, 409)).error.code).toBe('route_to_accused');
    expect((await act(registrar, accusation.id, 'forward', { toOrgId: court.id }, 409)).error.code).toBe('route_target_invalid');
  });
});

describe('层层交办: a 交办 passed further down keeps the original assigner’s verification', () => {
  it('city → county bureau → township; the city verifies, the detail shows the whole chain', async () => {
    const p = await register(cityRegistrar);
    await act(cityRegistrar, p.id, 'assign', { toOrgId: bureau.id, requirements: '请县信访局督促属地办理。', dueDate: inDays(40) });
    await act(caseworker, p.id, 'receive');
    expect((await detail(registrar, p.id)).actions).toContain('assign');

    // No later than the city's date.
    const late = await act(registrar, p.id, 'assign', { toOrgId: township.id, requirements: '请属地核实。', dueDate: inDays(50) }, 400);
    expect(late.error.details.fields[0].path).toBe('dueDate');
    // Only within the county's own tree.
    expect((await act(registrar, p.id, 'assign', { toOrgId: otherBureau.id, requirements: '请核实。' }, 409)).error.code).toBe(
      'route_out_of_area',
    );
    // Without a date it inherits the city's, which is earlier than the township's own 60 days.
    const passed = (await act(registrar, p.id, 'assign', { toOrgId: township.id, requirements: '请属地核实办理。' })).petition;
    expect(passed.status).toBe('assigned');
    const [first, second] = passed.workflow.assignments as Json[];
    expect(second).toMatchObject({ fromOrg: { id: bureau.id }, toOrg: { id: township.id }, dueAt: first!.dueAt });

    await act(townHandler, p.id, 'receive');
    const handled = await detail(townHandler, p.id);
    expect(handled.workflow.assignChain).toEqual([
      { id: cityBureau.id, name: cityBureau.name },
      { id: bureau.id, name: bureau.name },
      { id: township.id, name: township.name },
    ]);
    await act(townHandler, p.id, 'decide', DECISION);
    await act(townHandler, p.id, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: chinaDate(new Date()) });
    const concluded = (await act(townHandler, p.id, 'conclude', { report: '已核实并答复。' })).petition;
    expect(concluded.status).toBe('pending_review');
    // The report goes to the city; the county passed the matter on and does not verify it.
    expect((await detail(registrar, p.id)).actions).not.toContain('verify');
    expect((await act(registrar, p.id, 'verify', {}, 409)).error.code).toBe('action_not_allowed');
    const inbox = async (s: Session) =>
      ((await s.request({ method: 'GET', url: '/api/inbox' })).json().sections.verify as Json[]).map((i) => i.id);
    expect(await inbox(cityRegistrar)).toContain(p.id);
    expect(await inbox(registrar)).not.toContain(p.id);

    const verified = (await act(cityRegistrar, p.id, 'verify', { note: '同意办结。' })).petition;
    expect(verified.status).toBe('concluded');
    expect((verified.workflow.assignments as Json[]).map((a) => a.status)).toEqual(['done', 'done']);
  });

  it('a body that received a 转送 does not pass it on by 交办; it may ask for 协办', async () => {
    const p = await register(registrar);
    await act(registrar, p.id, 'forward', { toOrgId: dept.id });
    await act(deptHandler, p.id, 'receive');
    const deptRouter = await loginAs(app, db, dept, ['registrar']);
    expect((await detail(deptRouter, p.id)).actions).not.toContain('assign');
    expect((await act(deptRouter, p.id, 'assign', { toOrgId: township.id, requirements: '请核实。' }, 409)).error.code).toBe(
      'action_not_allowed',
    );
  });
});

describe('the petitioner is told in writing', () => {
  it('交办 issues a 交办告知书 for the petitioner besides the 交办单 to the body', async () => {
    const p = await register(registrar);
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '请依法办理。', dueDate: inDays(30) });
    const docs = await documentsOf(registrar, p.id);
    expect(docs.map((d) => d.kind)).toEqual(['receipt', 'assignment_slip', 'assignment_notice']);
    const notice = docs.find((d) => d.kind === 'assignment_notice')!;
    expect(notice).toMatchObject({ title: '信访事项交办告知书' });
    const text = (await db.selectFrom('documents').select('text').where('id', '=', notice.id).executeTakeFirstOrThrow()).text;
    expect(text).toContain(`交由${dept.name}办理`);
    expect(text).toContain('王建华');
  });

  it('the body a matter is forwarded to has its own 15 days to accept; its 签收 issues the 受理告知书 and the SMS', async () => {
    const p = await register(registrar);
    const forwarded = (await act(registrar, p.id, 'forward', { toOrgId: dept.id })).petition;
    const running = clock(forwarded, 'accept_forwarded')!;
    expect(running).toMatchObject({ stoppedAt: null, label: '告知是否受理（转送事项）' });
    expect(Date.parse(running.dueAt) - Date.parse(running.startedAt)).toBeGreaterThanOrEqual(15 * 86_400_000 - 86_400_000);
    const rows = await db
      .selectFrom('petition_clocks')
      .select(['org_id'])
      .where('petition_id', '=', p.id)
      .where('key', '=', 'accept_forwarded')
      .execute();
    expect(rows).toEqual([{ org_id: dept.id }]);

    const received = (await act(deptHandler, p.id, 'receive')).petition;
    expect(clock(received, 'accept_forwarded')).toMatchObject({ stopEvent: 'received' });
    const docs = await documentsOf(registrar, p.id);
    expect(docs.map((d) => d.kind)).toEqual(['receipt', 'forward_notice', 'acceptance_notice']);
    const acceptance = await db.selectFrom('documents').select(['org_id']).where('id', '=', docs[2]!.id).executeTakeFirstOrThrow();
    expect(acceptance.org_id).toBe(dept.id);
    const sms = await db
      .selectFrom('outbox')
      .select(['template_key', 'body'])
      .where('petition_id', '=', p.id)
      .where('channel', '=', 'sms')
      .orderBy('id')
      .execute();
    expect(sms.map((r) => r.template_key)).toEqual(['petitioner.forwarded', 'petitioner.accepted']);
    expect(sms[1]!.body).toContain(`已由${dept.name}受理`);
  });

  it('signing for a 交办 issues no second notice: the assigning body has told the petitioner', async () => {
    const p = await register(registrar);
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '请依法办理。' });
    await act(deptHandler, p.id, 'receive');
    expect((await documentsOf(registrar, p.id)).map((d) => d.kind)).toEqual(['receipt', 'assignment_slip', 'assignment_notice']);
    expect(clock(await detail(registrar, p.id), 'accept_forwarded')).toBeUndefined();
  });
});
