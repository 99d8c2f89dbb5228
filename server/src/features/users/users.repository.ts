import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { UserTable } from '../../db/types.js';
import type { ListUsersQuery } from './users.schema.js';

const withOrg = (db: Executor) =>
  db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.org_id',
      'o.name as org_name',
      'o.path as org_path',
      'u.roles',
      'u.phone',
      'u.email',
      'u.active',
      'u.must_change_password',
      'u.locked_until',
      'u.last_login_at',
      'u.created_at',
    ]);

/** A user row with its body's name and path. */
export type UserRow = NonNullable<Awaited<ReturnType<ReturnType<typeof withOrg>['executeTakeFirst']>>>;

export const usersRepository = {
  findById(db: Executor, id: number) {
    return withOrg(db).where('u.id', '=', id).executeTakeFirst();
  },

  async list(db: Executor, scopePath: string, f: ListUsersQuery) {
    let q = withOrg(db).where('o.path', 'like', `${scopePath}%`);
    if (f.orgId) q = q.where('u.org_id', '=', f.orgId);
    if (f.role) q = q.where(sql<boolean>`${f.role} = any(u.roles)`);
    if (f.q) {
      const like = `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      q = q.where((eb) => eb.or([eb('u.username', 'ilike', like), eb('u.display_name', 'ilike', like)]));
    }
    if (f.status === 'active') q = q.where('u.active', '=', true);
    if (f.status === 'inactive') q = q.where('u.active', '=', false);
    if (f.status === 'locked') q = q.where('u.locked_until', '>', sql<Date>`now()`);
    const [items, total] = await Promise.all([
      q
        .orderBy('o.path')
        .orderBy('u.username')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      q
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { items, total: total.n };
  },

  async usernameTaken(db: Executor, username: string): Promise<boolean> {
    return Boolean(
      await db
        .selectFrom('users')
        .select('id')
        .where(sql`lower(username)`, '=', username.toLowerCase())
        .executeTakeFirst(),
    );
  },

  async insert(
    db: Executor,
    row: Pick<Insertable<UserTable>, 'username' | 'display_name' | 'org_id' | 'roles' | 'phone' | 'email' | 'password_hash'>,
  ) {
    const r = await db
      .insertInto('users')
      .values({ ...row, must_change_password: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  },

  async update(db: Executor, id: number, patch: Omit<Updateable<UserTable>, 'id' | 'password_hash'>) {
    await db
      .updateTable('users')
      .set({ ...patch, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  },
};
