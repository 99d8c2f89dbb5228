import { chinaDate } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrgTree, loginAs, petitionInput } from '../../test/factories.js';
import { act, detail } from '../../test/workflow.js';
import { createNotificationsService } from '../notifications/index.js';

// A petition's handling body hands a part of it to a village for mediation; the result comes back as its record.
const { app, db, config } = await createTestApp();
const tree = await buildOrgTree(db);
const registrar = await loginAs(app, db, tree.bureau, ['registrar']);
const handler = await loginAs(app, db, tree.department, ['handler']);
const village = await loginAs(app, db, tree.village, ['registrar', 'handler']);
const notifications = createNotificationsService({ db, config });
const today = chinaDate(new Date());

async function handling(over: Record<string, unknown> = {}) {
  const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput(over) });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().petition.id as number;
  await act(registrar, id, 'forward', { toOrgId: tree.department.id });
  await act(handler, id, 'receive');
  return id;
}
const part = {
  kind: 'property',
  title: '停车位占用的邻里争执',
  facts: '物业收费问题由本局处理；其中两户因停车位占用发生的争执，请村委会调解。',
  parties: [
    { name: '陈某', claim: '对方让出车位' },
    { name: '林某', claim: '车位按先来后到使用' },
  ],
};

describe('a part of a petition mediated by a village', () => {
  it('opens a dispute at the village, which never sees the petition, and brings its agreement back as a handling record', async () => {
    const id = await handling();
    await act(handler, id, 'requestMediation', { orgId: tree.village.id, ...part });

    // The village is told in-app, about the part only, with a link to its register.
    await notifications.dispatch({ budgetMs: 5000 });
    const messages = (await village.request({ method: 'GET', url: '/api/messages' })).json().items as { title: string; link: string }[];
    expect(messages[0]).toMatchObject({ title: '交由调解：停车位占用的邻里争执', link: '/disputes?awaiting=true' });

    const list = (await village.request({ method: 'GET', url: '/api/disputes?awaiting=true' })).json().items as {
      id: number;
      title: string;
    }[];
    const handed = list.find((x) => x.title === part.title)!;
    expect(handed).toBeDefined();
    let d = (await village.request({ method: 'GET', url: `/api/disputes/${handed.id}` })).json().dispute;
    expect(d).toMatchObject({ source: 'petition', status: 'registered', org: { id: tree.village.id } });
    expect(d.actions).not.toContain('toPetition');
    // The village does not see the petition; the handling body sees the dispute it opened.
    expect((await village.request({ method: 'GET', url: `/api/petitions/${id}` })).statusCode).toBe(404);
    expect((await handler.request({ method: 'GET', url: `/api/disputes/${handed.id}` })).statusCode).toBe(200);

    const step = async (action: string, body: Record<string, unknown>) => {
      const res = await village.request({
        method: 'POST',
        url: `/api/disputes/${d.id}/${action}`,
        payload: { version: d.version, ...body },
      });
      expect(res.statusCode, res.body).toBe(200);
      d = res.json().dispute;
    };
    await step('mediate', { mediators: ['村调委会 王某'] });
    await step('agree', {
      concludedOn: today,
      terms: '林某让出东侧车位，陈某另付清洁费五十元。',
      performance: '三日内履行。',
      partyIds: d.partyList.map((p: { id: number }) => p.id),
      mediators: ['村调委会 王某'],
      followUpOn: chinaDate(new Date(Date.now() + 7 * 86_400_000)),
    });

    const petition = await detail(handler, id);
    const record = petition.workflow.records.at(-1);
    expect(record).toMatchObject({ kind: 'mediation', agreement: true, org: { id: tree.village.id } });
    expect(record.note).toContain('林某让出东侧车位');
    // Reported once: the follow-up does not report again, and the petition's mediator relation is spent.
    expect((await detail(handler, id)).workflow.records.filter((r: { kind: string }) => r.kind === 'mediation')).toHaveLength(1);
  });

  it('is never handed to the accused village, nor to a body that is not a village', async () => {
    const accusing = await handling({ type: 'accusation', accusedPerson: '村委会主任', accusedOrgId: tree.village.id });
    const res = await handler.request({
      method: 'POST',
      url: `/api/petitions/${accusing}/actions/requestMediation`,
      payload: { version: (await detail(handler, accusing)).version, orgId: tree.village.id, ...part },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('route_to_accused');
    const other = await handling();
    const notVillage = await handler.request({
      method: 'POST',
      url: `/api/petitions/${other}/actions/requestMediation`,
      payload: { version: (await detail(handler, other)).version, orgId: tree.township.id, ...part },
    });
    expect(notVillage.statusCode).toBe(400);
    expect(notVillage.json().error.details.fields[0].path).toBe('orgId');
  });
});
