import { describe, expect, it } from 'vitest';
import { checkpointStore } from '../audit/audit.checkpoints.js';
import { auditService } from '../audit/audit.service.js';
import { buildApp } from '../app.js';
import { testConfig } from '../test/app.js';
import { createTestDatabase } from '../test/db.js';
import { createImportsService } from '../features/imports/imports.service.js';
import { createPetitionsService } from '../features/petitions/petitions.service.js';
import { workflowView } from '../features/workflow/workflow.view.js';
import { inProcessQueue } from '../jobs/queue.js';
import { demoDisputes } from './disputes.js';
import { DEMO_QUERY_CODES, demoHistory } from './history.js';
import { DEMO_PASSWORD, DEMO_USERS, firstStart, importDemoPetitions } from './seed.js';

describe('first start', () => {
  it('gives 五井东村 disputes at every stage, the escalated one awaiting 五井镇', async () => {
    const { db } = await createTestDatabase();
    await firstStart(db, true);
    await demoDisputes(db);
    const rows = await db
      .selectFrom('disputes as d')
      .leftJoin('orgs as e', 'e.id', 'd.escalated_to')
      .select(['d.status', 'e.name as awaiting'])
      .orderBy('d.id')
      .execute();
    expect(rows).toEqual([
      { status: 'registered', awaiting: null },
      { status: 'mediating', awaiting: null },
      { status: 'agreed', awaiting: null },
      { status: 'escalated', awaiting: '临朐县五井镇人民政府' },
    ]);
  });

  it('creates the demo bodies and accounts once, each creation audited', async () => {
    const { db } = await createTestDatabase();
    const result = await firstStart(db, true);
    expect(result.kind).toBe('demo');
    expect((await firstStart(db, true)).kind).toBe('existing');
    const orgs = await db.selectFrom('orgs').select(['name', 'kind', 'code']).execute();
    const names = orgs.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining(['潍坊市人民政府', '潍坊市信访局', '临朐县信访局', '昌乐县信访局', '临朐县住房和城乡建设局']),
    );
    for (const d of [
      '住房和城乡建设局',
      '人力资源和社会保障局',
      '自然资源局',
      '民政局',
      '教育和体育局',
      '卫生健康局',
      '生态环境局临朐分局',
      '公安局',
    ]) {
      expect(
        names.some((n) => n.includes(d)),
        d,
      ).toBe(true);
    }
    expect(orgs.filter((o) => o.kind === 'township')).toHaveLength(3);
    expect(orgs.filter((o) => o.kind === 'village').length).toBeGreaterThanOrEqual(3);
    const config = testConfig();
    expect(await auditService.verify(db, checkpointStore(config.dataDir, undefined))).toMatchObject({
      ok: true,
      count: orgs.length + DEMO_USERS.length,
    });

    const app = await buildApp({ config, db });
    for (const u of DEMO_USERS) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u.username, password: DEMO_PASSWORD } });
      expect(res.statusCode, u.username).toBe(200);
      expect(res.json().user.mustChangePassword).toBe(false);
    }
    const handler = await db
      .selectFrom('users')
      .innerJoin('orgs', 'orgs.id', 'users.org_id')
      .select('orgs.name')
      .where('username', '=', 'handler')
      .executeTakeFirstOrThrow();
    expect(handler.name).toBe('临朐县住房和城乡建设局');
    await app.close();
  });

  it('without demo data, creates one top body and an administrator with a one-time password', async () => {
    const { db } = await createTestDatabase();
    const result = await firstStart(db, false);
    if (result.kind !== 'bootstrap') throw new Error(`expected bootstrap, got ${result.kind}`);
    const app = await buildApp({ config: testConfig(), db });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: result.password } });
    expect(res.json().user).toMatchObject({ mustChangePassword: true, roles: ['admin'] });
    expect(await db.selectFrom('users').select('id').execute()).toHaveLength(1);
    await app.close();
  });
});

describe('demo petitions', () => {
  it('arrive with a year of handling: most concluded, a handful waiting, some overdue at departments, some in 复查; imported once whoever imports', async () => {
    const { db } = await createTestDatabase();
    const config = testConfig();
    await firstStart(db, true);
    const jobs = inProcessQueue((m) => console.error(m));
    // The server registers the import job's handler (app.ts).
    const imports = createImportsService({
      db,
      dataDir: config.dataDir,
      jobs,
      petitions: createPetitionsService({ db, workflowView }),
      log: (m) => console.error(m),
    });
    await imports.register();
    await importDemoPetitions(db, config.dataDir, jobs, (m) => console.error(m));
    const errors: string[] = [];
    await jobs.idle();
    const showcase = await demoHistory(db, config.dataDir, (m) => errors.push(m));
    await jobs.idle();
    expect(errors).toEqual([]);

    const statuses = async () =>
      Object.fromEntries(
        (
          await db
            .selectFrom('petitions')
            .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
            .groupBy('status')
            .execute()
        ).map((r) => [r.status, Number(r.n)]),
      );
    const byStatus = await statuses();
    const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBe(600);
    // Most concluded; the registrar's inbox a handful (the last days' messages), not a year of them.
    expect((byStatus.concluded ?? 0) + (byStatus.final ?? 0)).toBeGreaterThan(total / 2);
    expect(byStatus.registered ?? 0).toBeGreaterThan(0);
    expect(byStatus.registered).toBeLessThanOrEqual(8);
    expect(byStatus.declined).toBeGreaterThan(0);
    expect(byStatus.handling).toBeGreaterThan(0);
    expect(byStatus.in_review).toBeGreaterThanOrEqual(1);
    expect(byStatus.final).toBe(1);

    // Overdue now at departments: open handling clocks past their due time, held by a body that is not the bureau.
    const overdue = await db
      .selectFrom('petition_clocks as k')
      .innerJoin('petitions as p', 'p.id', 'k.petition_id')
      .innerJoin('orgs as o', 'o.id', 'p.holder_org_id')
      .select(['o.kind', 'k.key'])
      .where('k.stopped_at', 'is', null)
      .where('k.due_at', '<', new Date())
      .where('p.status', '=', 'handling')
      .execute();
    expect(overdue.filter((c) => c.kind === 'department' || c.kind === 'township').length).toBeGreaterThanOrEqual(2);

    // The history is dated: events span the year, in order, and decisions were issued when decided.
    const span = await db
      .selectFrom('petition_events')
      .select((eb) => [eb.fn.min('at').as('first'), eb.fn.max('at').as('last')])
      .where('kind', '=', 'decide')
      .executeTakeFirstOrThrow();
    expect(Date.now() - new Date(span.first as Date).getTime()).toBeGreaterThan(200 * 86_400_000);
    const late = await db
      .selectFrom('decisions as d')
      .innerJoin('petition_events as e', (j) => j.onRef('e.petition_id', '=', 'd.petition_id').on('e.kind', '=', 'decide'))
      .select('d.id')
      .whereRef('d.issued_at', '<>', 'e.at')
      .where('d.stage', '=', 'handling')
      .execute();
    expect(late.length).toBeLessThan(3); // only petitions decided more than once (复查) pair differently
    expect(showcase.map((s) => s.code).sort()).toEqual(Object.values(DEMO_QUERY_CODES).sort());

    // What the screens show: the registrar's 待办 a handful to route, the handler's matters to handle.
    const app = await buildApp({ config, db });
    const inbox = async (username: string) => {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
      const cookie = `xf_session=${login.cookies.find((c) => c.name === 'xf_session')!.value}`;
      return (await app.inject({ method: 'GET', url: '/api/inbox', headers: { cookie } })).json().sections as Record<string, unknown[]>;
    };
    expect((await inbox('registrar')).route).toHaveLength(byStatus.registered!);
    expect((await inbox('handler')).handle!.length).toBeGreaterThan(0);
    const tracked = await app.inject({
      method: 'POST',
      url: '/api/public/track',
      payload: { number: showcase.find((s) => s.stage === 'review')!.number, queryCode: DEMO_QUERY_CODES.review },
    });
    expect(tracked.statusCode, tracked.body).toBe(200);
    await app.close();

    // Importing the sample again adds nothing, whichever body runs it: the county government's administrator.
    const admin = await db.selectFrom('users').select(['id', 'org_id']).where('username', '=', 'admin').executeTakeFirstOrThrow();
    const registrarBody = await db.selectFrom('users').select('org_id').where('username', '=', 'registrar').executeTakeFirstOrThrow();
    expect(admin.org_id).not.toBe(registrarBody.org_id);
    const again = await imports.startDemo({ userId: admin.id, orgId: admin.org_id });
    await jobs.idle();
    const done = await db.selectFrom('import_jobs').selectAll().where('id', '=', again.id).executeTakeFirstOrThrow();
    expect(done).toMatchObject({ status: 'done', created: 0, skipped: 600 });
    expect(await statuses()).toEqual(byStatus);
  }, 300_000);
});
