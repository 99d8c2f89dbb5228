import {
  PETITION_STATUSES,
  type PetitionStatus,
  ROLES,
  type Role,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
  INBOX_SECTIONS,
  type InboxSection,
  chinaDate,
  ROLE_PERMISSIONS,
} from '@xinfang/domain';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { AppError } from '../../errors.js';
import { type Org } from '../../db/types.js';
import { createTestApp } from '../../test/app.js';
import { buildOrg, loginAs, petitionInput, validIdNumber } from '../../test/factories.js';
import { act, DECISION, REVIEW_DECISION } from '../../test/workflow.js';
import { inboxPermissions, LIFECYCLE, WHILE_MERGED, type ActionDeclaration, type Relation } from './lifecycle.js';
import { workflowPolicy } from './workflow.policy.js';
import { inboxCondition, workflowRepository } from './workflow.repository.js';

// Every status × action × role × body: the policy answers what the declaration says. Each status's petition is
// built once over the API; the actors are then formed in memory for every role at every body.
const { app, db } = await createTestApp();
const city = await buildOrg(db, { kind: 'government', name: '测试市人民政府' });
const county = await buildOrg(db, { parent: city, kind: 'government', name: '测试县人民政府' });
const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '测试县信访局' });
const dept = await buildOrg(db, { parent: county, kind: 'department', name: '测试县住房和城乡建设局' });
const dept2 = await buildOrg(db, { parent: county, kind: 'department', name: '测试县自然资源局' });
const other = await buildOrg(db, { kind: 'government', name: '无关县人民政府' });
const BODIES = [city, county, bureau, dept, dept2, other];

const registrar = await loginAs(app, db, bureau, ['registrar']);
const supervisor = await loginAs(app, db, bureau, ['supervisor']);
const handler = await loginAs(app, db, dept, ['handler']);
// The department's own registrar passes on a 交办 it received (层层交办); the second department handles it.
const deptRouter = await loginAs(app, db, dept, ['registrar']);
const handler2 = await loginAs(app, db, dept2, ['handler']);
const head = await loginAs(app, db, dept, ['leader']);
const countyLeader = await loginAs(app, db, county, ['leader']);
const countyOffice = await loginAs(app, db, county, ['registrar', 'handler']);
const cityOffice = await loginAs(app, db, city, ['registrar', 'handler']);
const today = chinaDate(new Date());
const inTenDays = chinaDate(new Date(Date.now() + 10 * 86_400_000));

async function register(over: Record<string, unknown> = {}) {
  const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput(over) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().petition.id as number;
}
const delivery = { method: 'in_person', result: 'signed', deliveredOn: today };

async function concluded() {
  const id = await register();
  await act(registrar, id, 'forward', { toOrgId: dept.id });
  await act(handler, id, 'receive');
  await act(handler, id, 'decide', DECISION);
  await act(handler, id, 'deliver', delivery);
  await act(handler, id, 'conclude', { report: '已按处理意见办结。' });
  return id;
}
/** The body an assignment awaits signs for it, decides, delivers and reports: the matter awaits verification. */
async function reportBy(s: typeof handler, id: number) {
  await act(s, id, 'receive');
  await act(s, id, 'decide', DECISION);
  await act(s, id, 'deliver', delivery);
  await act(s, id, 'conclude', { report: '已按处理意见办结。' });
}
async function inReview() {
  const id = await concluded();
  await act(countyOffice, id, 'requestReview', { requestedOn: today, reasons: '补偿标准计算有误。' });
  return id;
}
async function inReexamination() {
  const id = await inReview();
  await act(countyOffice, id, 'decide', REVIEW_DECISION);
  await act(countyOffice, id, 'deliver', delivery);
  await act(cityOffice, id, 'requestReexamination', { requestedOn: today, reasons: '对复查意见不服。' });
  return id;
}

/** Bodies at or above a body: those whose relation is "this body or one above it". */
const atOrAbove = (o: Org) => BODIES.filter((b) => o.path.startsWith(b.path));
const superiorsOf = (router: Org, target: Org) =>
  BODIES.filter((b) => b.id !== target.id && (atOrAbove(router).includes(b) || atOrAbove(target).includes(b)));

interface Fixture {
  id: number;
  /** Which bodies stand in which relation to the petition (`any` is every body; `owner` is the county's leader). */
  rel: Partial<Record<Relation, Org[]>>;
  /** Actions whose guard (workflow.policy.ts) does not hold here, though status and relation fit. */
  blocked: WorkflowAction[];
}

/** Petitions in every status (two where a guard hides an action in one), the bodies in each relation written by hand. */
const FIXTURES: Record<PetitionStatus, (() => Promise<Fixture>)[]> = {
  registered: [
    async () => {
      return {
        id: await register(),
        rel: { router: atOrAbove(bureau), superior: superiorsOf(bureau, bureau) },
        blocked: ['resolveBacklog'],
      };
    },
  ],
  accepted: [
    async () => {
      const id = await register();
      await act(registrar, id, 'accept');
      return { id, rel: { holder: [bureau], superior: superiorsOf(bureau, bureau) }, blocked: ['resolveBacklog'] };
    },
  ],
  forwarded: [
    async () => {
      const id = await register();
      await act(registrar, id, 'forward', { toOrgId: dept.id });
      return { id, rel: { receiver: [dept], superior: superiorsOf(bureau, bureau) }, blocked: ['resolveBacklog'] };
    },
  ],
  assigned: [
    async () => {
      const id = await register();
      await act(registrar, id, 'assign', { toOrgId: dept.id, requirements: '请限期办理。' });
      return { id, rel: { receiver: [dept], superior: superiorsOf(bureau, bureau) }, blocked: ['resolveBacklog'] };
    },
    async () => {
      // Passed on by the body it was assigned to (层层交办).
      const id = await register();
      await act(registrar, id, 'assign', { toOrgId: dept.id, requirements: '请限期办理。' });
      await act(handler, id, 'receive');
      await act(deptRouter, id, 'assign', { toOrgId: dept2.id, requirements: '请核实办理。' });
      return { id, rel: { receiver: [dept2], superior: superiorsOf(dept, dept) }, blocked: ['resolveBacklog'] };
    },
  ],
  returned: [
    async () => {
      const id = await register();
      await act(registrar, id, 'assign', { toOrgId: dept.id, requirements: '请限期办理。' });
      await act(handler, id, 'return', { reason: '不属于本单位职责。' });
      return { id, rel: { router: atOrAbove(bureau), superior: superiorsOf(bureau, bureau) }, blocked: ['resolveBacklog'] };
    },
  ],
  // Handling, with an assisting body, an urge awaiting a reply, a leader who owns the case and an instruction of
  // the county's leader awaiting the bureau that forwarded it and the department that handles it.
  handling: [
    async () => {
      const id = await register();
      await act(registrar, id, 'forward', { toOrgId: dept.id });
      await act(handler, id, 'receive');
      await act(handler, id, 'addAssist', { orgId: dept2.id, task: '核实土地权属。', owner: '李四', dueDate: inTenDays });
      await act(supervisor, id, 'urge', { message: '请加快办理。' });
      await act(countyLeader, id, 'takeOwnership');
      await act(countyLeader, id, 'instruct', { text: '请依法妥善处理。' });
      return {
        id,
        rel: {
          holder: [dept],
          assistant: [dept2],
          supervised: [dept],
          instructed: [bureau, dept],
          owner: [county],
          superior: superiorsOf(bureau, dept),
        },
        blocked: ['resolveBacklog', 'takeOwnership'],
      };
    },
    async () => {
      // Received by 交办: the body may pass it further down.
      const id = await register();
      await act(registrar, id, 'assign', { toOrgId: dept.id, requirements: '请限期办理。' });
      await act(handler, id, 'receive');
      return { id, rel: { holder: [dept], assignee: [dept], superior: superiorsOf(bureau, dept) }, blocked: ['resolveBacklog'] };
    },
  ],
  // Extended once, a second extension awaiting the leader.
  extended: [
    async () => {
      const id = await register();
      await act(registrar, id, 'forward', { toOrgId: dept.id });
      await act(handler, id, 'receive');
      await act(handler, id, 'requestExtension', { days: 10, reason: '需要补充调查。' });
      await act(head, id, 'approveExtension', { approve: true });
      await act(handler, id, 'requestExtension', { days: 5, reason: '听证尚未结束。' });
      return {
        id,
        rel: { holder: [dept], approver: [dept], superior: superiorsOf(bureau, dept) },
        blocked: ['requestExtension', 'resolveBacklog'],
      };
    },
  ],
  // Decided, not yet delivered; marked as backlog.
  answered: [
    async () => {
      const id = await register();
      await act(registrar, id, 'assign', { toOrgId: dept.id, requirements: '请限期办理。' });
      await act(handler, id, 'receive');
      await act(handler, id, 'decide', DECISION);
      await act(supervisor, id, 'markBacklog', { reason: '久拖未决。' });
      return {
        id,
        rel: { holder: [dept], decider: [dept], superior: superiorsOf(bureau, dept) },
        blocked: ['conclude', 'markBacklog'],
      };
    },
    async () => {
      // Delivered: now the body concludes.
      const id = await register();
      await act(registrar, id, 'forward', { toOrgId: dept.id });
      await act(handler, id, 'receive');
      await act(handler, id, 'decide', DECISION);
      await act(handler, id, 'deliver', delivery);
      return { id, rel: { holder: [dept], decider: [dept], superior: superiorsOf(bureau, dept) }, blocked: ['deliver', 'resolveBacklog'] };
    },
  ],
  pending_review: [
    async () => {
      const id = await register();
      await act(registrar, id, 'assign', { toOrgId: dept.id, requirements: '请限期办理。' });
      await reportBy(handler, id);
      return {
        id,
        rel: { holder: [dept], decider: [dept], assigner: [bureau], superior: superiorsOf(bureau, dept) },
        blocked: ['resolveBacklog'],
      };
    },
    async () => {
      // At the end of a 交办 chain: the first assigner verifies, not the body that passed it on.
      const id = await register();
      await act(registrar, id, 'assign', { toOrgId: dept.id, requirements: '请限期办理。' });
      await act(handler, id, 'receive');
      await act(deptRouter, id, 'assign', { toOrgId: dept2.id, requirements: '请核实办理。' });
      await reportBy(handler2, id);
      return {
        id,
        rel: { holder: [dept2], decider: [dept2], assigner: [bureau], superior: superiorsOf(dept, dept2) },
        blocked: ['resolveBacklog'],
      };
    },
  ],
  concluded: [
    async () => {
      return {
        id: await concluded(),
        rel: { holder: [dept], decider: [dept], reviewBody: [county] },
        blocked: ['requestReexamination', 'resolveBacklog'],
      };
    },
    async () => {
      // Concluded after 复查: 复核 may be asked for at the body the review decision names.
      const id = await inReview();
      await act(countyOffice, id, 'decide', REVIEW_DECISION);
      await act(countyOffice, id, 'deliver', delivery);
      return { id, rel: { holder: [dept], decider: [county], reviewBody: [city] }, blocked: ['requestReview', 'resolveBacklog'] };
    },
  ],
  in_review: [
    async () => {
      return {
        id: await inReview(),
        rel: { holder: [dept], decider: [dept], reviewBody: [county], reviewer: [county], superior: superiorsOf(bureau, dept) },
        blocked: ['deliver', 'resolveBacklog'],
      };
    },
  ],
  in_reexamination: [
    async () => {
      return {
        id: await inReexamination(),
        rel: { holder: [dept], decider: [county], reviewBody: [city], reviewer: [city], superior: superiorsOf(bureau, dept) },
        blocked: ['deliver', 'resolveBacklog'],
      };
    },
  ],
  final: [
    async () => {
      const id = await inReexamination();
      await act(cityOffice, id, 'decide', REVIEW_DECISION);
      await act(cityOffice, id, 'deliver', delivery);
      return { id, rel: { holder: [dept], decider: [city] }, blocked: ['resolveBacklog'] };
    },
  ],
  declined: [
    async () => {
      const id = await register();
      await act(registrar, id, 'decline', { route: 'litigation', reason: '属于人民法院受理范围。' });
      return { id, rel: { router: atOrAbove(bureau) }, blocked: ['resolveBacklog'] };
    },
  ],
};

// Built side by side; the final matter last, as it bars registering the same facts again (条例 Art. 36).
const build = (statuses: readonly PetitionStatus[]) =>
  Promise.all(statuses.flatMap((status) => FIXTURES[status].map(async (b) => ({ status, ...(await b()) }))));
const fixtures = [...(await build(PETITION_STATUSES.filter((s) => s !== 'final'))), ...(await build(['final']))];

function actorAt(body: Org, role: Role): Actor {
  return {
    // The county's leader owns the case in the handling fixture: the actor formed for that role there is them.
    userId: body === county && role === 'leader' ? countyLeader.userId : -1,
    username: `${role}@${body.id}`,
    displayName: role,
    orgId: body.id,
    orgPath: body.path,
    orgName: body.name,
    roles: [role],
    permissions: [...ROLE_PERMISSIONS[role]],
    mustChangePassword: false,
    sessionId: '',
    ip: '127.0.0.1',
    requestId: '',
  };
}

/** What the declaration says, from the fixture's relations written out above. */
function expected(f: Fixture, status: PetitionStatus, action: WorkflowAction, body: Org, role: Role) {
  const d: ActionDeclaration = LIFECYCLE[action];
  if (!d.permission.some((p) => ROLE_PERMISSIONS[role].includes(p))) return 'forbidden';
  const stands = (by: Relation) =>
    by === 'any' ? true : by === 'owner' ? role === 'leader' && !!f.rel.owner?.includes(body) : !!f.rel[by]?.includes(body);
  const fits = d.who.some((w) => w.from.includes(status) && stands(w.by)) && !f.blocked.includes(action);
  return fits ? 'allowed' : 'action_not_allowed';
}

describe('the lifecycle declaration', () => {
  it('decides allowed() and assert() for every status × action × role × body relation', async () => {
    let combinations = 0;
    for (const f of fixtures) {
      const { status } = f;
      const p = (await workflowRepository.lockPetition(db, f.id))!;
      expect(p.status).toBe(status);
      const w = await workflowRepository.load(db, f.id);
      for (const body of BODIES)
        for (const role of ROLES) {
          const actor = actorAt(body, role);
          const allowed = workflowPolicy.allowed(actor, p, w);
          for (const action of WORKFLOW_ACTIONS) {
            const want = expected(f, status, action, body, role);
            let got = 'allowed';
            try {
              workflowPolicy.assert(actor, p, w, action);
            } catch (e) {
              got = (e as AppError).code;
            }
            expect(got, `${status} ${action} by ${role} at ${body.name}`).toBe(want);
            expect(allowed.includes(action), `${status} ${action} by ${role} at ${body.name}`).toBe(want === 'allowed');
            combinations++;
          }
        }
    }
    expect(new Set(fixtures.map((f) => f.status))).toEqual(new Set(PETITION_STATUSES));
    expect(combinations).toBe(fixtures.length * WORKFLOW_ACTIONS.length * ROLES.length * BODIES.length);
  });

  it('closes a merged petition (合并件) to every action, in any status, and takes it out of every inbox', async () => {
    // Another petitioner than the fixtures': the final fixture's would make these repeats of a final matter.
    const someone = { petitioners: [{ name: '合并人', idNumber: validIdNumber(42), phone: '13700004242', isMain: true }] };
    const into = await register(someone);
    const merge = async (id: number) => {
      const res = await registrar.request({ method: 'POST', url: `/api/petitions/${id}/merge`, payload: { intoId: into } });
      expect(res.statusCode, res.body).toBe(200);
      return id;
    };
    const handling = await register(someone);
    await act(registrar, handling, 'forward', { toOrgId: dept.id });
    await act(handler, handling, 'receive');
    await act(supervisor, handling, 'urge', { message: '请加快办理。' });
    const merged = [await merge(await register(someone)), await merge(handling)];
    let combinations = 0;
    for (const id of merged) {
      const p = (await workflowRepository.lockPetition(db, id))!;
      const w = await workflowRepository.load(db, id);
      for (const body of BODIES)
        for (const role of ROLES) {
          const actor = actorAt(body, role);
          expect(workflowPolicy.allowed(actor, p, w), `${p.status} by ${role} at ${body.name}`).toEqual(WHILE_MERGED);
          for (const action of WORKFLOW_ACTIONS) {
            const mayEver = LIFECYCLE[action].permission.some((x) => ROLE_PERMISSIONS[role].includes(x));
            let got = 'allowed';
            try {
              workflowPolicy.assert(actor, p, w, action);
            } catch (e) {
              got = (e as AppError).code;
            }
            expect(got, `${p.status} ${action} by ${role} at ${body.name}`).toBe(mayEver ? 'petition_merged' : 'forbidden');
            combinations++;
          }
        }
      for (const section of INBOX_SECTIONS)
        for (const body of BODIES) {
          const { rows } = await sql`select 1 from petitions p where p.id = ${id} and ${inboxCondition(section, body.id)}`.execute(db);
          expect(rows, `${section} at ${body.name}`).toEqual([]);
        }
    }
    expect(combinations).toBe(2 * WORKFLOW_ACTIONS.length * ROLES.length * BODIES.length);
    // Unmerged, it is a matter of its own again: its receiving body handles it.
    await registrar.request({ method: 'POST', url: `/api/petitions/${handling}/unmerge` });
    const p = (await workflowRepository.lockPetition(db, handling))!;
    expect(workflowPolicy.allowed(actorAt(dept, 'handler'), p, await workflowRepository.load(db, handling))).toContain('decide');
  });

  it('every action is allowed to some role at some body in some fixture', () => {
    const used = new Set<string>();
    for (const f of fixtures)
      for (const body of BODIES)
        for (const role of ROLES)
          for (const action of WORKFLOW_ACTIONS) if (expected(f, f.status, action, body, role) === 'allowed') used.add(action);
    expect(WORKFLOW_ACTIONS.filter((a) => !used.has(a))).toEqual([]);
  });

  it('the inbox sections derived from the declaration hold the same petitions as the conditions written by hand before', async () => {
    const ids = fixtures.map((f) => f.id);
    let rows = 0;
    for (const section of INBOX_SECTIONS)
      for (const body of BODIES) {
        const members = async (cond: ReturnType<typeof inboxCondition>) =>
          (
            await sql<{ id: number }>`select p.id from petitions p where p.id = any(${ids}::bigint[]) and ${cond} order by p.id`.execute(db)
          ).rows.map((r) => r.id);
        const derived = await members(inboxCondition(section, body.id));
        expect(derived, `${section} at ${body.name}`).toEqual(await members(previousInbox(section, body.id)));
        rows += derived.length;
      }
    // Not a comparison of empty sets.
    expect(rows).toBeGreaterThan(10);
  });

  it('each inbox section is seen by the roles that may act in its relation, as the service listed them before', () => {
    expect(Object.fromEntries(INBOX_SECTIONS.map((s) => [s, inboxPermissions(s)]))).toEqual({
      route: ['petition.route'],
      receive: ['petition.handle'],
      handle: ['petition.handle'],
      assist: ['petition.handle'],
      approve: ['petition.approve'],
      verify: ['petition.verify'],
      review: ['petition.handle'],
      supervision: ['petition.handle', 'petition.route'],
      instruction: ['petition.handle', 'petition.route', 'petition.approve'],
    });
  });
});

/** The inbox conditions as workflow.repository.ts wrote them before they were derived from the declaration. */
function previousInbox(section: InboxSection, orgId: number) {
  switch (section) {
    case 'route':
      return sql<boolean>`(p.status in ('registered','returned') and coalesce(p.router_org_id, p.org_id) = ${orgId})`;
    case 'receive':
      return sql<boolean>`(p.status in ('forwarded','assigned') and exists (select 1 from petition_assignments a
        where a.petition_id = p.id and a.mode <> 'assist' and a.status = 'pending' and a.to_org_id = ${orgId}))`;
    case 'handle':
      return sql<boolean>`(p.holder_org_id = ${orgId} and p.status in ('accepted','handling','extended','answered'))`;
    case 'assist':
      return sql<boolean>`exists (select 1 from petition_assignments a
        where a.petition_id = p.id and a.mode = 'assist' and a.status = 'pending' and a.to_org_id = ${orgId})`;
    case 'approve':
      return sql<boolean>`exists (select 1 from extensions e where e.petition_id = p.id and e.status = 'pending' and e.org_id = ${orgId})`;
    // The first assigner of a 交办 chain (层层交办): not a body that itself received the matter by 交办.
    case 'verify':
      return sql<boolean>`(p.status = 'pending_review' and exists (select 1 from petition_assignments a
        where a.petition_id = p.id and a.mode = 'assign' and a.status = 'received' and a.from_org_id = ${orgId})
        and not exists (select 1 from petition_assignments a
        where a.petition_id = p.id and a.mode = 'assign' and a.status = 'received' and a.to_org_id = ${orgId}))`;
    case 'review':
      return sql<boolean>`exists (select 1 from proceedings g where g.petition_id = p.id and g.status = 'open' and g.org_id = ${orgId})`;
    case 'supervision':
      return sql<boolean>`exists (select 1 from supervisions s where s.petition_id = p.id and s.replied_at is null and s.to_org_id = ${orgId})`;
    case 'instruction':
      return sql<boolean>`exists (select 1 from instruction_recipients r
        where r.petition_id = p.id and r.acknowledged_at is null and r.org_id = ${orgId})`;
  }
}
