import { addDays, chinaDate } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { actorOfUser } from '../../auth/actor.js';
import { userRecords } from '../auth/index.js';
import { createTestApp } from '../../test/app.js';
import { buildOrg, loginAs, petitionInput } from '../../test/factories.js';
import { createTestServices, DECISION, detail } from '../../test/workflow.js';
import { registerBody } from '../petitions/index.js';

const { app, db, config } = await createTestApp();
const county = await buildOrg(db, { kind: 'government', name: '测试县人民政府' });
const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '测试县信访局' });
const dept = await buildOrg(db, { parent: county, kind: 'department', name: '测试县住房和城乡建设局' });
const registrar = await loginAs(app, db, bureau, ['registrar']);
const handler = await loginAs(app, db, dept, ['handler']);
const { documents, petitions, workflow } = createTestServices(db, config.dataDir);

/** The actor a service sees for a test session's user. */
const actorOf = async (userId: number) => actorOfUser((await userRecords.findUserById(db, userId))!, { ip: 'test', requestId: 'test' });

/** Noon China time, `n` days before today. */
const daysAgo = (n: number) => new Date(`${addDays(chinaDate(new Date()), -n)}T12:00:00+08:00`);

describe('WorkflowService.record: an action entered after it happened', () => {
  it('dates the event, the rows, the clocks and the document at the moment given; the deadline is graded against today', async () => {
    const [clerk, officer] = [await actorOf(registrar.userId), await actorOf(handler.userId)];
    // A record of the bureau's history, on file since it was received.
    const input = registerBody.parse(petitionInput({ receivedAt: daysAgo(100).toISOString(), externalId: 'old-1' }));
    const { id } = await petitions.registerOne(clerk, input, { strict: false, source: 'import' });
    const version = async () => (await detail(registrar, id)).version as number;

    await workflow.record(clerk, id, 'forward', { version: await version(), toOrgId: dept.id, note: null }, daysAgo(98));
    await workflow.record(officer, id, 'receive', { version: await version() }, daysAgo(97));
    const events = await db.selectFrom('petition_events').select(['kind', 'at']).where('petition_id', '=', id).orderBy('id').execute();
    expect(events.map((e) => [e.kind, chinaDate(e.at)])).toEqual([
      ['registered', chinaDate(daysAgo(100))],
      ['forward', chinaDate(daysAgo(98))],
      ['receive', chinaDate(daysAgo(97))],
    ]);
    const assignment = await db
      .selectFrom('petition_assignments')
      .select(['created_at', 'received_at'])
      .where('petition_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(assignment).toEqual({ created_at: daysAgo(98), received_at: daysAgo(97) });
    // The handling clock started the day it was signed for, 97 days ago: past its 60 days, overdue now.
    const handle = (await detail(handler, id)).clocks.find((c: { key: string }) => c.key === 'handle');
    expect(new Date(handle.startedAt)).toEqual(daysAgo(97));
    expect(handle.grade).toBe('overdue');

    // The rows an action writes carry its moment, not the moment it was entered.
    await workflow.record(
      officer,
      id,
      'record',
      { version: await version(), kind: 'investigation', occurredOn: chinaDate(daysAgo(90)), note: '现场调查。' },
      daysAgo(90),
    );
    const handlingRecord = await db
      .selectFrom('handling_records')
      .select('created_at')
      .where('petition_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(handlingRecord.created_at).toEqual(daysAgo(90));
    await workflow.record(
      officer,
      id,
      'decide',
      { version: await version(), ...DECISION, outcome: 'support', reviewOrgId: null },
      daysAgo(40),
    );
    // Decided on the 57th of its 60 days: the clock was on time as it ran, so no warning was raised for it.
    const warnings = await db
      .selectFrom('clock_warnings as w')
      .innerJoin('petition_clocks as c', 'c.id', 'w.clock_id')
      .select(['c.key', 'w.grade'])
      .where('c.petition_id', '=', id)
      .execute();
    expect(warnings).toEqual([]);
    const decision = await db.selectFrom('decisions').select('issued_at').where('petition_id', '=', id).executeTakeFirstOrThrow();
    expect(decision.issued_at).toEqual(daysAgo(40));
    const doc = await db
      .selectFrom('documents')
      .select(['created_at', 'layout'])
      .where('petition_id', '=', id)
      .where('kind', '=', 'decision')
      .executeTakeFirstOrThrow();
    expect(doc.created_at).toEqual(daysAgo(40));
    const [y, m, d] = chinaDate(daysAgo(40)).split('-').map(Number);
    expect(JSON.stringify(doc.layout)).toContain(`${y}年${m}月${d}日`);

    // Delivery cannot be dated after the moment the action is recorded at.
    await expect(
      workflow.record(
        officer,
        id,
        'deliver',
        { version: await version(), method: 'post', result: 'signed', deliveredOn: chinaDate(daysAgo(30)), note: null },
        daysAgo(35),
      ),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      workflow.record(officer, id, 'conclude', { version: await version(), report: '已办结' }, new Date(Date.now() + 60_000)),
    ).rejects.toThrow('future');
    documents.close();
  });
});
