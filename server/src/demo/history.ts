import { addDays, chinaDate, type DeclineRoute, type Outcome, type WorkflowAction } from '@xinfang/domain';
import { setTimeout as sleep } from 'node:timers/promises';
import { actorOfUser, type Actor } from '../auth/actor.js';
import { auditService } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { AppError } from '../errors.js';
import { createFileStore } from '../features/attachments/attachments.storage.js';
import { authRepository } from '../features/auth/auth.repository.js';
import { createClocksService } from '../features/deadlines/clocks.service.js';
import { createDocumentsService } from '../features/documents/documents.service.js';
import { createPetitionsService } from '../features/petitions/petitions.service.js';
import type { ActionInput } from '../features/workflow/workflow.schema.js';
import { createWorkflowService } from '../features/workflow/workflow.service.js';
import { workflowView } from '../features/workflow/workflow.view.js';
import { createSearchPlanner } from '../features/worklist/worklist.planner.js';
import { createWorklistService } from '../features/worklist/worklist.service.js';

/** Which department of 临朐县 handles a message of the sample's class; the rest the townships and the bureau. */
const DEPARTMENT_BY_CLASS: Record<string, string> = {
  城乡建设: 'LQZJJ',
  劳动和社会保障: 'LQRSJ',
  教育文体: 'LQJTJ',
  卫生计生: 'LQWJJ',
  环境保护: 'LQSTHJ',
  交通运输: 'LQCG',
  商贸旅游: 'LQCG',
};
/** The handler the demo acts as in each body (DEMO_USERS). */
const HANDLER_OF: Record<string, string> = {
  LQZJJ: 'handler',
  LQRSJ: 'rsj',
  LQJTJ: 'jtj',
  LQWJJ: 'wjj',
  LQSTHJ: 'sthj',
  LQCG: 'township',
  LQXFJ: 'caseworker',
};

/** Matters the demo leaves open at a department past the handling deadline, for supervision to act on. */
const OVERDUE = 4;
/** Matters in 复查 at the county government, and one taken through 复核 to the end (条例 Arts. 35–36). */
const IN_REVIEW = 3;

/** The demo's tracking codes for 网上信访 › 查询, as README lists them, each on the latest matter of its kind. */
export const DEMO_QUERY_CODES = {
  concluded: 'DEMO-2026-JIEA',
  handling: 'DEMO-2026-BANL',
  review: 'DEMO-2026-FUCH',
  final: 'DEMO-2026-ZHJE',
} as const;
const STAGE_NAMES: Record<keyof typeof DEMO_QUERY_CODES, string> = {
  concluded: '已办结',
  handling: '办理中（已超期）',
  review: '复查中',
  final: '复核后终结',
};
export type Showcase = { number: string; code: string; stage: keyof typeof DEMO_QUERY_CODES; name: string };

interface Step {
  at: Date;
  petitionId: number;
  username: string;
  action: WorkflowAction;
  input: Record<string, unknown>;
}

/** A moment on a working day (Saturday and Sunday move to Monday), China time. */
function onWorkday(ymd: string, hour: number, minute: number): Date {
  const weekday = new Date(`${ymd}T12:00:00+08:00`).getUTCDay();
  const day = weekday === 6 ? addDays(ymd, 2) : weekday === 0 ? addDays(ymd, 1) : ymd;
  return new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
}

/** The next step of a matter: `days` after the previous one, in office hours, varied by the matter. */
const after = (prev: Date, days: number, seed: number) => onWorkday(addDays(chinaDate(prev), days), 9 + (seed % 8), (seed * 7) % 60);

const DECLINES: { route: DeclineRoute; org: string; reason: string }[] = [
  { route: 'litigation', org: 'WFZY', reason: '该事项已进入诉讼程序，属于人民法院处理范围，请依法通过诉讼途径解决。' },
  { route: 'reconsideration', org: 'WFFY', reason: '该事项属于对行政行为不服，请依法向行政复议机关申请行政复议。' },
];
const OUTCOME_CYCLE: Outcome[] = ['support', 'explain', 'support', 'explain', 'reject'];

/**
 * The plausible history of each imported demo message: routed by the bureau within days (转送, 交办, 直接办理 or
 * 不予受理), signed for, decided within the 60 days of 条例 Art. 33, delivered, concluded and, for 交办, verified;
 * a few taken to 复查 and one through 复核 to the end. Steps that would fall after now are not taken, so recent
 * matters are open at the stage they have reached; a few older ones stay with their department past the deadline.
 */
function plan(petitions: { id: number; receivedAt: Date; label: string; title: string }[], orgs: Map<string, number>, now: Date) {
  const steps: Step[] = [];
  const paths = new Map<number, string>();
  const overdueFrom = addDays(chinaDate(now), -150);
  const overdueTo = addDays(chinaDate(now), -75);
  let overdue = 0;
  let reviews = 0;
  let reexamined = false;
  for (const [i, p] of petitions.entries()) {
    const seed = p.id * 37 + i;
    const dept = DEPARTMENT_BY_CLASS[p.label] ?? 'LQCG';
    const route = i % 20;
    const day = chinaDate(p.receivedAt);
    const push = (at: Date, username: string, action: WorkflowAction, input: Record<string, unknown> = {}) => {
      steps.push({ at, petitionId: p.id, username, action, input });
      return at;
    };
    let t = after(p.receivedAt, 1 + (seed % 3), seed);
    if (route < 2) {
      const d = DECLINES[route]!;
      push(t, 'registrar', 'decline', { route: d.route, routeOrgId: orgs.get(d.org), reason: d.reason });
      paths.set(p.id, 'declined');
      continue;
    }
    let holder = dept;
    let assigned = false;
    if (route < 5) {
      holder = 'LQXFJ';
      push(t, 'registrar', 'accept');
    } else {
      assigned = route < 11;
      push(
        t,
        'registrar',
        assigned ? 'assign' : 'forward',
        assigned
          ? { toOrgId: orgs.get(dept), requirements: '请调查核实，依法处理，书面答复信访人并报送办结报告。' }
          : { toOrgId: orgs.get(dept), note: null },
      );
      t = push(after(t, 1, seed), HANDLER_OF[dept]!, 'receive');
    }
    const stuck = !assigned && holder !== 'LQXFJ' && overdue < OVERDUE && day >= overdueFrom && day <= overdueTo;
    if (stuck) {
      overdue++;
      paths.set(p.id, 'overdue');
      continue;
    }
    t = push(after(t, 12 + (seed % 35), seed), HANDLER_OF[holder]!, 'decide', {
      outcome: OUTCOME_CYCLE[seed % OUTCOME_CYCLE.length],
      request: `信访人反映“${p.title}”，请求有关部门调查处理。`,
      facts: '经调阅材料、实地走访并听取有关方面意见，信访人反映的情况基本属实。',
      reasons: '有关单位已按规定整改，并当面向信访人作了解释说明。',
      basis: '《信访工作条例》第三十二条及有关法律法规、政策规定',
      reviewOrgId: null,
    });
    t = push(after(t, 2, seed), HANDLER_OF[holder]!, 'deliver', {
      method: seed % 3 ? 'in_person' : 'post',
      result: 'signed',
      deliveredOn: chinaDate(after(t, 2, seed)),
      note: null,
    });
    t = push(after(t, 1, seed), HANDLER_OF[holder]!, 'conclude', { report: '已调查处理，处理意见书已送达信访人。' });
    if (assigned) t = push(after(t, 3, seed), 'registrar', 'verify', { note: null });
    paths.set(p.id, 'concluded');
    // 复查 asked for within 30 days of delivery (条例 Art. 35): the last ones still open, one older one to 复核.
    const deliveredDaysAgo = (now.getTime() - t.getTime()) / 86_400_000;
    const review =
      (!reexamined && deliveredDaysAgo > 200 && deliveredDaysAgo < 260) ||
      (reviews < IN_REVIEW && deliveredDaysAgo > 12 && deliveredDaysAgo < 25 && !assigned);
    if (!review) continue;
    const final = !reexamined && deliveredDaysAgo > 200;
    t = push(after(t, 8, seed), 'reviewer', 'requestReview', {
      requestedOn: chinaDate(after(t, 8, seed)),
      reasons: '信访人对处理意见不服，认为事实认定不清，请求复查。',
    });
    if (!final) {
      reviews++;
      paths.set(p.id, 'review');
      continue;
    }
    reexamined = true;
    const reviewDecision = {
      request: '请求撤销原处理意见。',
      facts: '经复查，原处理意见认定事实清楚。',
      basis: '《信访工作条例》第三十五条',
    };
    t = push(after(t, 20, seed), 'reviewer', 'decide', {
      ...reviewDecision,
      outcome: 'uphold',
      reasons: '原处理意见适用依据正确，程序合法。',
      reviewOrgId: null,
    });
    t = push(after(t, 2, seed), 'reviewer', 'deliver', {
      method: 'in_person',
      result: 'signed',
      deliveredOn: chinaDate(after(t, 2, seed)),
      note: null,
    });
    t = push(after(t, 10, seed), 'cityreviewer', 'requestReexamination', {
      requestedOn: chinaDate(after(t, 10, seed)),
      reasons: '信访人对复查意见仍不服，请求复核。',
    });
    t = push(after(t, 25, seed), 'cityreviewer', 'decide', {
      ...reviewDecision,
      outcome: 'uphold',
      reasons: '复查意见正确，予以维持。',
      basis: '《信访工作条例》第三十六条',
    });
    push(after(t, 2, seed), 'cityreviewer', 'deliver', {
      method: 'in_person',
      result: 'signed',
      deliveredOn: chinaDate(after(t, 2, seed)),
      note: null,
    });
    paths.set(p.id, 'final');
  }
  return { steps: steps.filter((s) => s.at < now).sort((a, b) => a.at.getTime() - b.at.getTime()), paths };
}

/** Matters whose steps of one day are recorded at the same time. */
const LANES = 4;

/** The steps of each China day, oldest day first, by petition (in their order). */
function byDay(steps: Step[]): Map<number, Step[]>[] {
  const days = new Map<string, Map<number, Step[]>>();
  for (const s of steps) {
    const day = days.get(chinaDate(s.at)) ?? new Map<number, Step[]>();
    day.set(s.petitionId, [...(day.get(s.petitionId) ?? []), s]);
    days.set(chinaDate(s.at), day);
  }
  return [...days.values()];
}

async function actorFor(db: Database, username: string): Promise<Actor> {
  const u = await authRepository.findUserByUsername(db, username);
  if (!u) throw new Error(`demo user ${username} missing`);
  return actorOfUser(u, { ip: 'demo', requestId: 'demo-history' });
}

/**
 * After the demo import: takes the imported messages through their histories (plan) with the workflow's own
 * pipeline, each action recorded at its moment (WorkflowService.record: events, clocks, documents and audit as if
 * entered then), oldest first, so document numbers and clocks follow the calendar. Nobody is messaged about
 * history. Sets the published tracking codes on four matters and returns them. Runs once, in the background of the
 * first start.
 */
export async function demoHistory(db: Database, dataDir: string, log: (m: string) => void): Promise<Showcase[]> {
  for (;;) {
    const job = await db.selectFrom('import_jobs').select('status').orderBy('id', 'desc').executeTakeFirst();
    if (!job || job.status === 'failed') return [];
    if (job.status === 'done') break;
    await sleep(500);
  }
  const clocks = createClocksService({ db });
  const documents = createDocumentsService({ db, files: createFileStore(dataDir), log });
  const petitions = createPetitionsService({ db, clocks, onRegistered: [documents.onRegistered], workflowView });
  const worklist = createWorklistService({ db, clocks, planner: createSearchPlanner() });
  const workflow = createWorkflowService({ db, petitions, worklist, clocks, listeners: [documents.listener] });
  try {
    const registrar = await actorFor(db, 'registrar');
    const imported = await db
      .selectFrom('petitions as p')
      .leftJoin('categories as c', 'c.id', 'p.category_id')
      .select(['p.id', 'p.version', 'p.received_at as receivedAt', 'p.title', 'c.name as label'])
      .where('p.org_id', '=', registrar.orgId)
      .where('p.external_id', 'like', 'tipdm:%')
      .where('p.status', '=', 'registered')
      .orderBy('p.received_at')
      .execute();
    const orgs = new Map(
      (await db.selectFrom('orgs').select(['code', 'id']).where('code', 'is not', null).execute()).map((o) => [o.code!, o.id]),
    );
    const { steps, paths } = plan(
      imported.map((p) => ({ ...p, label: p.label ?? '' })),
      orgs,
      new Date(),
    );
    const actors = new Map<string, Actor>();
    for (const username of new Set(steps.map((s) => s.username))) actors.set(username, await actorFor(db, username));
    // Each recorded action raises the version by one (as an action through the API would).
    const versions = new Map(imported.map((p) => [p.id, p.version]));
    const failed = new Set<number>();
    const take = async (s: Step) => {
      if (failed.has(s.petitionId)) return;
      const version = versions.get(s.petitionId)!;
      try {
        const input = { ...s.input, version } as ActionInput<typeof s.action>;
        await workflow.record(actors.get(s.username)!, s.petitionId, s.action, input, s.at);
        versions.set(s.petitionId, version + 1);
      } catch (err) {
        // A rule refusing a step ends that matter's history; anything else (the server stopping) ends it all.
        if (!(err instanceof AppError)) throw err;
        failed.add(s.petitionId);
        paths.delete(s.petitionId);
        log(`demo history: ${s.action} of petition ${s.petitionId}: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
    // Day by day, so documents are numbered in the order of their dates; within a day, matters side by side.
    for (const day of byDay(steps)) {
      const lanes = [...day.values()];
      await Promise.all(
        Array.from({ length: LANES }, async (_, lane) => {
          for (let i = lane; i < lanes.length; i += LANES) for (const s of lanes[i]!) await take(s);
        }),
      );
    }
    const showcase: Showcase[] = [];
    for (const stage of Object.keys(DEMO_QUERY_CODES) as (keyof typeof DEMO_QUERY_CODES)[]) {
      const path = stage === 'handling' ? 'overdue' : stage;
      // The latest matter of each kind: a concluded one still has its rating and 复查 windows open.
      const id = [...paths].filter(([, v]) => v === path).at(-1)?.[0];
      if (id === undefined) continue;
      const code = DEMO_QUERY_CODES[stage];
      await petitions.reissueCode(registrar, id, code);
      const { number } = await db.selectFrom('petitions').select('number').where('id', '=', id).executeTakeFirstOrThrow();
      showcase.push({ number, code, stage, name: STAGE_NAMES[stage] });
    }
    await auditService.link(db);
    return showcase;
  } finally {
    documents.close();
  }
}
