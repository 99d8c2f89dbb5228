import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

const userWithOrg = (db: Executor) =>
  db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.org_id',
      'u.roles',
      'u.password_hash',
      'u.must_change_password',
      'u.active',
      'u.failed_logins',
      'u.locked_until',
      'o.path as org_path',
      'o.name as org_name',
      'o.active as org_active',
    ]);

export const authRepository = {
  findUserByUsername(db: Executor, username: string) {
    return userWithOrg(db)
      .where(sql`lower(u.username)`, '=', username.toLowerCase())
      .executeTakeFirst();
  },

  findUserById(db: Executor, id: number) {
    return userWithOrg(db).where('u.id', '=', id).executeTakeFirst();
  },

  /**
   * Takes one of the attempts a lock window allows, before the password is checked: counts it as a failure and
   * locks once the limit is reached, unless the account is locked already (then nothing). The row lock orders
   * concurrent attempts, so however many arrive at once, at most `limit` are ever checked per window.
   */
  claimAttempt(db: Executor, userId: number, limit: number, lockMinutes: number) {
    return db
      .updateTable('users')
      .set({
        failed_logins: sql`failed_logins + 1`,
        locked_until: sql`case when failed_logins + 1 >= ${limit} then now() + make_interval(mins => ${lockMinutes}) else locked_until end`,
        updated_at: sql`now()`,
      })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', sql<Date>`now()`)]))
      .returning(['failed_logins', 'locked_until'])
      .executeTakeFirst();
  },

  async recordSuccess(db: Executor, userId: number) {
    await db
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null, last_login_at: sql`now()` })
      .where('id', '=', userId)
      .execute();
  },

  async createSession(db: Executor, row: { id: string; user_id: number; ip: string; user_agent: string | null; expires_at: Date }) {
    await db.insertInto('sessions').values(row).execute();
  },

  /** The live session and its user, or nothing when idle too long, older than maxHours, revoked or the user is inactive. */
  findLiveSession(db: Executor, id: string, maxHours: number) {
    return db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .innerJoin('orgs as o', 'o.id', 'u.org_id')
      .select([
        's.id as session_id',
        's.expires_at',
        's.created_at',
        'u.id',
        'u.username',
        'u.display_name',
        'u.org_id',
        'u.roles',
        'u.must_change_password',
        'o.path as org_path',
        'o.name as org_name',
      ])
      .where('s.id', '=', id)
      .where('s.revoked_at', 'is', null)
      .where('s.expires_at', '>', sql<Date>`now()`)
      .where('s.created_at', '>', sql<Date>`now() - ${maxHours} * interval '1 hour'`)
      .where('u.active', '=', true)
      .where('o.active', '=', true)
      .executeTakeFirst();
  },

  async findOrgRegion(db: Executor, orgId: number) {
    const row = await db.selectFrom('orgs').select('region_code').where('id', '=', orgId).executeTakeFirst();
    return row?.region_code ?? null;
  },

  /** Slides the idle expiry, never past the session's absolute end. */
  async extendSession(db: Executor, id: string, idleHours: number, maxHours: number) {
    await db
      .updateTable('sessions')
      .set({
        expires_at: sql`least(now() + ${idleHours} * interval '1 hour', created_at + ${maxHours} * interval '1 hour')`,
        last_seen_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
  },

  async revokeSession(db: Executor, id: string) {
    await db
      .updateTable('sessions')
      .set({ revoked_at: sql`now()` })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  },

  /** Ends every session of a user except, optionally, one. */
  async revokeUserSessions(db: Executor, userId: number, except?: string) {
    let q = db
      .updateTable('sessions')
      .set({ revoked_at: sql`now()` })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null);
    if (except) q = q.where('id', '!=', except);
    await q.execute();
  },

  async setPassword(db: Executor, userId: number, passwordHash: string, mustChange: boolean) {
    await db
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        must_change_password: mustChange,
        password_changed_at: sql`now()`,
        failed_logins: 0,
        locked_until: null,
        updated_at: sql`now()`,
      })
      .where('id', '=', userId)
      .execute();
  },

  /** Expired and revoked sessions older than a day carry no petition data: they may go. */
  async purgeSessions(db: Executor) {
    const r = await db
      .deleteFrom('sessions')
      .where((eb) =>
        eb.or([eb('expires_at', '<', sql<Date>`now() - interval '1 day'`), eb('revoked_at', '<', sql<Date>`now() - interval '1 day'`)]),
      )
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
