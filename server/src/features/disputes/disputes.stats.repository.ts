import { sql } from 'kysely';
import { disputeVisibleTo, type Reader } from '../../access/visibility.js';
import type { Executor } from '../../db/database.js';

/**
 * What each dispute registered in the period contributes to the figures (docs/STATISTICS.md "Grassroots disputes"),
 * one row per dispute the reader sees: the figures and their drill-down read the same rows.
 */
export async function disputeFacts(db: Executor, reader: Reader, from: Date, to: Date) {
  const { rows } = await sql<{
    id: number;
    kind: string;
    region_code: string;
    org_id: number;
    org_name: string;
    status: string;
    settled: boolean;
    disagreed: boolean;
    escalated: boolean;
    petitioned: boolean;
    mediated: boolean;
    late: boolean;
    last_follow_up: string | null;
    days_to_settle: number | null;
  }>`
    select d.id, d.kind, d.region_code, d.registered_org_id as org_id, ro.name as org_name, d.status,
      ag.at is not null as settled,
      exists (select 1 from dispute_events e where e.dispute_id = d.id and e.kind = 'disagree') as disagreed,
      exists (select 1 from dispute_events e where e.dispute_id = d.id and e.kind = 'escalate') as escalated,
      d.petition_id is not null as petitioned,
      exists (select 1 from petition_clocks k where k.dispute_id = d.id and k.key = 'mediation') as mediated,
      -- A mediation past its limit: ended after its due time, or still open past it.
      exists (select 1 from petition_clocks k where k.dispute_id = d.id and k.key = 'mediation'
              and coalesce(k.stopped_at, now()) > k.due_at) as late,
      (select f.result from dispute_follow_ups f where f.dispute_id = d.id order by f.visited_on desc, f.id desc limit 1) as last_follow_up,
      extract(epoch from ag.at - d.created_at)::float8 / 86400 as days_to_settle
    from disputes d
    join orgs ro on ro.id = d.registered_org_id
    left join lateral (select min(e.at) as at from dispute_events e where e.dispute_id = d.id and e.kind = 'agree') ag on true
    where d.created_at >= ${from} and d.created_at < ${to} and ${disputeVisibleTo(reader)}
    order by d.id`.execute(db);
  return rows;
}
export type DisputeFact = Awaited<ReturnType<typeof disputeFacts>>[number];
