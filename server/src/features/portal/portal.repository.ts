import { sql, type Insertable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { EvaluationTable } from '../../db/types.js';

/** The system account portal actions are recorded under; it cannot sign in (inactive, no password). */
export const PORTAL_USERNAME = '_portal';

/** Who holds the matter for the petitioner: the body reviewing it, else the handling body, else the one routing it. */
const holding = sql`coalesce((select g.org_id from proceedings g where g.petition_id = p.id and g.status = 'open' order by g.id desc limit 1),
  p.holder_org_id, p.router_org_id, p.org_id)`;

export const portalRepository = {
  /** The top body: home of the portal's account and of uploads not yet joined to a petition. */
  rootOrg(db: Executor) {
    return db.selectFrom('orgs').select('id').where('parent_id', 'is', null).orderBy('id').limit(1).executeTakeFirstOrThrow();
  },

  async portalUser(db: Executor): Promise<{ id: number }> {
    const found = await db.selectFrom('users').select('id').where('username', '=', PORTAL_USERNAME).executeTakeFirst();
    if (found) return found;
    const root = await portalRepository.rootOrg(db);
    await sql`insert into users (username, display_name, org_id, roles, password_hash, must_change_password, active)
      values (${PORTAL_USERNAME}, '网上信访平台（系统账户）', ${root.id}, array['registrar'], '!', false, false)
      on conflict do nothing`.execute(db);
    return db.selectFrom('users').select('id').where('username', '=', PORTAL_USERNAME).executeTakeFirstOrThrow();
  },

  /** The petition bureau of the place: the active bureau with the longest region code that prefixes it, else the top one. */
  receivingBureau(db: Executor, regionCode: string) {
    return db
      .selectFrom('orgs')
      .select(['id', 'name', 'path'])
      .where('kind', '=', 'bureau')
      .where('active', '=', true)
      .orderBy(sql`case when ${regionCode} like region_code || '%' then length(region_code) else -1 end`, 'desc')
      .orderBy(sql`length(path)`)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
  },

  /** Active bodies whose name contains the words, shortest names first. */
  searchOrgs(db: Executor, q: string, limit: number) {
    return db
      .selectFrom('orgs as o')
      .leftJoin('orgs as parent', 'parent.id', 'o.parent_id')
      .select(['o.id', 'o.name', 'parent.name as parentName'])
      .where('o.active', '=', true)
      .where('o.name', 'like', `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`)
      .orderBy(sql`length(o.name)`)
      .orderBy('o.id')
      .limit(limit)
      .execute();
  },

  byNumber(db: Executor, number: string) {
    return db
      .selectFrom('petitions as p')
      .innerJoin('orgs as o', 'o.id', 'p.org_id')
      .select([
        'p.id',
        'p.number',
        'p.title',
        'p.type',
        'p.status',
        'p.version',
        'p.received_at',
        'p.query_code_hash',
        'p.org_id',
        'o.name as org_name',
        sql<number>`${holding}`.as('body_id'),
        sql<string>`(select x.name from orgs x where x.id = ${holding})`.as('body_name'),
      ])
      .where('p.number', '=', number)
      .executeTakeFirst();
  },

  /** Counts a wrong code against a key; returns whether the key is locked now. */
  async fail(db: Executor, key: string, maxFailures: number, lockMinutes: number): Promise<void> {
    await sql`insert into portal_failures (key, failures, updated_at) values (${key}, 1, now())
      on conflict (key) do update set
        failures = case when portal_failures.updated_at < now() - interval '1 hour' then 1 else portal_failures.failures + 1 end,
        locked_until = case when (case when portal_failures.updated_at < now() - interval '1 hour' then 1 else portal_failures.failures + 1 end) >= ${maxFailures}
          then now() + make_interval(mins => ${lockMinutes}) else portal_failures.locked_until end,
        updated_at = now()`.execute(db);
  },

  async lockedUntil(db: Executor, key: string): Promise<Date | null> {
    const row = await db.selectFrom('portal_failures').select('locked_until').where('key', '=', key).executeTakeFirst();
    return row?.locked_until && row.locked_until > new Date() ? row.locked_until : null;
  },

  async clearFailures(db: Executor, key: string) {
    await db.deleteFrom('portal_failures').where('key', '=', key).execute();
  },

  /** Spends a challenge; false when it was used before. Old ones are swept on the way. */
  async spendChallenge(db: Executor, signature: string, expiresAt: Date): Promise<boolean> {
    await db.deleteFrom('portal_challenges').where('expires_at', '<', new Date()).execute();
    const r = await db
      .insertInto('portal_challenges')
      .values({ signature, expires_at: expiresAt })
      .onConflict((oc) => oc.doNothing())
      .returning('signature')
      .executeTakeFirst();
    return Boolean(r);
  },

  /** Online submissions with this phone in the last day (a flood from one number is refused). */
  async submissionsByPhone(db: Executor, phone: string, portalUserId: number): Promise<number> {
    const r = await sql<{ n: number }>`select count(*)::int as n from petitions p
      where p.registered_by = ${portalUserId} and p.created_at > now() - interval '1 day'
        and exists (select 1 from petitioners s where s.petition_id = p.id and s.phone = ${phone})`.execute(db);
    return r.rows[0]!.n;
  },

  /** The events a petitioner may see, with body names only (never staff names). */
  events(db: Executor, petitionId: number, kinds: readonly string[]) {
    return db
      .selectFrom('petition_events as e')
      .leftJoin('orgs as o', 'o.id', 'e.actor_org_id')
      .select(['e.at', 'e.kind', 'e.payload', 'o.name as org_name'])
      .where('e.petition_id', '=', petitionId)
      .where('e.kind', 'in', [...kinds])
      .orderBy('e.id')
      .execute();
  },

  /** Whether the phone is a current petitioner's of the petition. */
  async hasPhone(db: Executor, petitionId: number, phone: string): Promise<boolean> {
    const r = await db
      .selectFrom('petitioners')
      .select('id')
      .where('petition_id', '=', petitionId)
      .where('phone', '=', phone)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    return Boolean(r);
  },

  /**
   * Records a request for an SMS code unless the phone or the address asked too often in the last minutes (counted
   * over requests, matching or not); the id of the request, or null when refused. Requests of one phone are taken
   * one at a time, so a burst cannot slip past the count.
   */
  async requestCode(
    db: Database,
    r: { number: string; phone: string; address: string; minutes: number; maxPerPhone: number; maxPerAddress: number },
  ): Promise<number | null> {
    return db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtextextended(${`phone-code:${r.phone}`}, 0))`.execute(trx);
      const { rows } = await sql<{ phone: number; address: number }>`select
        count(*) filter (where phone = ${r.phone})::int as phone, count(*) filter (where address = ${r.address})::int as address
        from portal_code_requests
        where (phone = ${r.phone} or address = ${r.address}) and created_at > now() - make_interval(mins => ${r.minutes})`.execute(trx);
      if (rows[0]!.phone >= r.maxPerPhone || rows[0]!.address >= r.maxPerAddress) return null;
      const row = await trx
        .insertInto('portal_code_requests')
        .values({ number: r.number, phone: r.phone, address: r.address })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });
  },

  /** Requests older than a day count for nothing any more (the hourly sweep). */
  async forgetCodeRequests(db: Executor) {
    await db
      .deleteFrom('portal_code_requests')
      .where('created_at', '<', sql<Date>`now() - interval '1 day'`)
      .execute();
  },

  /** A request for a code not yet handled, marked handled (in the caller's transaction). */
  takeCodeRequest(db: Executor, id: number) {
    return db
      .updateTable('portal_code_requests')
      .set({ processed_at: sql<Date>`now()` })
      .where('id', '=', id)
      .where('processed_at', 'is', null)
      .returning(['number', 'phone'])
      .executeTakeFirst();
  },

  async insertCode(db: Executor, row: { petition_id: number; phone: string; code_hash: string; expires_at: Date }) {
    const r = await db.insertInto('portal_phone_codes').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },

  /** The latest unused, unexpired code of the phone for the petition. */
  liveCode(db: Executor, petitionId: number, phone: string) {
    return db
      .selectFrom('portal_phone_codes')
      .selectAll()
      .where('petition_id', '=', petitionId)
      .where('phone', '=', phone)
      .where('used_at', 'is', null)
      .where('expires_at', '>', new Date())
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  async useCode(db: Executor, id: number, ok: boolean) {
    await db
      .updateTable('portal_phone_codes')
      .set(ok ? { used_at: new Date() } : { attempts: sql`attempts + 1` })
      .where('id', '=', id)
      .execute();
  },

  evaluations(db: Executor, petitionId: number) {
    return db.selectFrom('evaluations').selectAll().where('petition_id', '=', petitionId).orderBy('id').execute();
  },

  async insertEvaluation(db: Executor, row: Insertable<EvaluationTable>) {
    const r = await db
      .insertInto('evaluations')
      .values(row)
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    return r?.id ?? null;
  },
};
