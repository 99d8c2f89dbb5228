import { chinaDate, quarterOf, type OrgKind, type Role } from '@xinfang/domain';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../auth/password.js';
import type { Database } from '../db/database.js';
import type { Org } from '../db/types.js';
import { orgsRepository } from '../features/orgs/orgs.repository.js';
import { usersRepository } from '../features/users/users.repository.js';

const suffix = () => randomBytes(3).toString('hex');

/** A body, under a parent when given. */
export async function buildOrg(db: Database, opts: { parent?: Org; kind?: OrgKind; name?: string; code?: string } = {}): Promise<Org> {
  return orgsRepository.insert(
    db,
    {
      parent_id: opts.parent?.id ?? null,
      kind: opts.kind ?? (opts.parent ? 'department' : 'government'),
      name: opts.name ?? `测试机构${suffix()}`,
      short_name: null,
      code: opts.code ?? null,
      region_code: null,
      contact_person: null,
      contact_phone: null,
      address: null,
    },
    opts.parent ?? null,
  );
}

/** Moves a body (and everything below it) under another, as the 机构管理 move does. */
export async function moveOrg(db: Database, id: number, parentId: number) {
  const moved = await db.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const parent = await db.selectFrom('orgs').selectAll().where('id', '=', parentId).executeTakeFirstOrThrow();
  await orgsRepository.moveSubtree(db, moved, parent);
}

/** A county-like tree of its own for each test: government → bureau, department → village. */
export async function buildOrgTree(db: Database) {
  const county = await buildOrg(db, { kind: 'government', name: `测试县人民政府${suffix()}` });
  const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '测试县信访局' });
  const department = await buildOrg(db, { parent: county, kind: 'department', name: '测试县住房和城乡建设局' });
  const township = await buildOrg(db, { parent: county, kind: 'township', name: '测试镇人民政府' });
  const village = await buildOrg(db, { parent: township, kind: 'village', name: '测试村村民委员会' });
  const other = await buildOrg(db, { kind: 'government', name: `另一县人民政府${suffix()}` });
  const otherDepartment = await buildOrg(db, { parent: other, kind: 'department', name: '另一县民政局' });
  return { county, bureau, department, township, village, other, otherDepartment };
}

export const TEST_PASSWORD = 'Passw0rd-test';
let hashed: Promise<string> | undefined;

/** An active account with a known password and no forced change (unless asked). */
export async function buildUser(db: Database, opts: { org: Org; roles: Role[]; username?: string; mustChange?: boolean }) {
  hashed ??= hashPassword(TEST_PASSWORD);
  const username = opts.username ?? `u_${suffix()}`;
  const id = await usersRepository.insert(db, {
    username,
    display_name: `用户${username}`,
    org_id: opts.org.id,
    roles: opts.roles,
    phone: null,
    email: null,
    password_hash: await hashed,
  });
  await db
    .updateTable('users')
    .set({ must_change_password: opts.mustChange ?? false })
    .where('id', '=', id)
    .execute();
  return { id, username, orgId: opts.org.id };
}

/** A signed-in client: cookie and CSRF token, and a request helper that sends both. */
export interface Session {
  cookie: string;
  csrf: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function login(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${username}: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'xf_session')!;
  const csrf = (res.json() as { user: { csrfToken: string } }).user.csrfToken;
  const header = `xf_session=${cookie.value}`;
  return {
    cookie: header,
    csrf,
    request: (opts) => app.inject({ ...opts, headers: { cookie: header, 'x-csrf-token': csrf, ...(opts.headers ?? {}) } }),
  };
}

/** Signs in a fresh user with the given roles in the given body. */
export async function loginAs(app: FastifyInstance, db: Database, org: Org, roles: Role[]): Promise<Session & { userId: number }> {
  const user = await buildUser(db, { org, roles });
  return { ...(await login(app, user.username)), userId: user.id };
}

/** A valid GB 11643 identity number (check digit computed) from a running number. */
export function validIdNumber(n: number, birth = '19800101'): string {
  const base = `370724${birth}${String(n % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(base[i]), 0);
  return base + '10X98765432'[sum % 11];
}

/** A valid registration (a phone call by one person) with overrides. */
export function petitionInput(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'phone',
    receivedAt: new Date(Date.now() - 3600_000).toISOString(),
    type: 'appeal',
    title: '反映小区物业违规收取停车费问题',
    content: '我们小区的物业公司未经业主大会同意，占用公共道路划线收取停车费，请有关部门调查处理。',
    personsCount: 1,
    petitioners: [{ name: '王建华', phone: '13812345678', idNumber: validIdNumber(1) }],
    ...overrides,
  };
}

/** Registers a petition through the API as `s`, with overrides of petitionInput(). */
export async function registerPetition(s: Session, overrides: Record<string, unknown> = {}) {
  const res = await s.request({ method: 'POST', url: '/api/petitions', payload: petitionInput(overrides) });
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.body}`);
  return res.json() as {
    petition: {
      id: number;
      number: string;
      petitioners: { id: number; name: string; phone: string; idNumber: string }[];
      flags: Record<string, boolean>;
    };
    queryCode: string;
  };
}

/** A multipart body with one file in the field `file`, for inject(). */
export function fileUpload(filename: string, content: Buffer) {
  const boundary = '----xf' + randomBytes(6).toString('hex');
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads a file as a staff attachment (multipart, as the browser sends it). */
export function uploadAttachment(s: Session, filename: string, content: Buffer) {
  return s.request({ method: 'POST', url: '/api/attachments', ...fileUpload(filename, content) });
}

/** The smallest valid PNG (1×1), for uploads. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e5270ee40000000049454e44ae426082',
  'hex',
);

/**
 * Slots of the body's published quarter plans (as publication leaves them), at a place of its own: each slot an
 * instant and its leaders, three and a half hours long unless `endsAt` says otherwise. Returns the slots' ids.
 */
export async function buildPublishedSlots(
  db: Database,
  org: Org,
  createdBy: number,
  slots: { startsAt: Date; endsAt?: Date; leaderIds: number[]; capacity?: number }[],
  place = `${org.name}接待室`,
): Promise<number[]> {
  const { id: placeId } = await db
    .insertInto('reception_places')
    .values({ org_id: org.id, name: place, address: '人民路 1 号', hours: '工作日' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids: number[] = [];
  for (const s of slots) {
    const { year, quarter } = quarterOf(chinaDate(s.startsAt));
    const plan = await db
      .insertInto('reception_plans')
      .values({ org_id: org.id, year, quarter, version: 1, created_by: createdBy })
      .onConflict((oc) => oc.columns(['org_id', 'year', 'quarter']).doUpdateSet({ version: 1 }))
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id } = await db
      .insertInto('reception_slots')
      .values({
        plan_id: plan.id,
        starts_at: s.startsAt,
        ends_at: s.endsAt ?? new Date(s.startsAt.getTime() + 3.5 * 3600_000),
        place_id: placeId,
        mode: 'in_person',
        capacity: s.capacity ?? 10,
        leader_ids: s.leaderIds,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(id);
  }
  return ids;
}
