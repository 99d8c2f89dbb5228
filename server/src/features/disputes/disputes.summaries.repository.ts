import { CLOSED_DISPUTE_STATUSES, DISPUTE_STATUSES, type SummaryPeriod } from '@xinfang/domain';
import { sql, type Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/schema.gen.js';

/**
 * 日排查日报告 (docs/GLOSSARY.md): a body's figures between two instants, counted from the register: disputes it
 * registered (found), settled by agreement (settled), escalated (escalated) in the period, and those it holds open
 * now (open). Counts only: a summary names nobody.
 */
/** Open and held by its body: neither ended nor awaiting the body above (that one counts it once it takes it over). */
const HELD_OPEN = DISPUTE_STATUSES.filter((s) => s !== 'escalated' && !(CLOSED_DISPUTE_STATUSES as readonly string[]).includes(s));

export const summariesRepository = {
  async figures(db: Executor, orgId: number, from: Date, to: Date) {
    const { rows } = await sql<{ found: number; settled: number; escalated: number; open: number }>`select
      (select count(*) from disputes where registered_org_id = ${orgId} and created_at >= ${from} and created_at < ${to})::int as found,
      (select count(*) from dispute_events where actor_org_id = ${orgId} and kind = 'agree' and at >= ${from} and at < ${to})::int as settled,
      (select count(*) from dispute_events where actor_org_id = ${orgId} and kind = 'escalate' and at >= ${from} and at < ${to})::int as escalated,
      (select count(*) from disputes where org_id = ${orgId} and status = any(${HELD_OPEN}::text[]))::int as open`.execute(db);
    return rows[0]!;
  },

  filed(db: Executor, orgId: number, period: SummaryPeriod, on: string) {
    return db
      .selectFrom('dispute_summaries')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('period', '=', period)
      .where('period_start', '=', on)
      .executeTakeFirst();
  },

  insert(db: Executor, row: Insertable<DB['dispute_summaries']>) {
    return db.insertInto('dispute_summaries').values(row).returningAll().executeTakeFirstOrThrow();
  },

  /** The villages and townships at or under a path, with their summary of the period if filed. */
  filers(db: Executor, orgPath: string, period: SummaryPeriod, on: string) {
    return db
      .selectFrom('orgs as o')
      .leftJoin('dispute_summaries as s', (j) => j.onRef('s.org_id', '=', 'o.id').on('s.period', '=', period).on('s.period_start', '=', on))
      .select(['o.id as org_id', 'o.name', 'o.kind', 's.id'])
      .select(['s.period', 's.period_start', 's.found', 's.settled', 's.escalated', 's.open', 's.zero', 's.note', 's.filed_at'])
      .where('o.path', 'like', `${orgPath}%`)
      .where('o.kind', 'in', ['village', 'township'])
      .where('o.active', '=', true)
      .orderBy('o.path')
      .execute();
  },
};
