import { MATTER_FIGURES, type MatterFigure, type OrgKind, type ReceptionRecordKind } from '@xinfang/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.js';

/** The receptions of some leaders in some China days: what every compliance figure and its drill-down read. */
export interface ReceptionSpan {
  leaderIds: number[];
  from: string;
  to: string;
}

const heldIn = (s: ReceptionSpan, alias = 'r') =>
  sql<boolean>`${sql.ref(`${alias}.leader_ids`)} && ${s.leaderIds}::int[]
    and (${sql.ref(`${alias}.held_at`)} at time zone 'Asia/Shanghai')::date between ${s.from}::date and ${s.to}::date`;

/** The petition of matter `m` has the statistics' item `measure` (stat_facts: the one definition of each figure). */
const hasItem = (measure: string) => sql<boolean>`exists (
  select 1 from stat_facts f cross join jsonb_array_elements(f.items) i
  where f.petition_id = m.petition_id and i->>0 = ${measure})`;

/**
 * Whether matter `m` counts in a figure. Concluded and on time are the statistics' 办结 and 按期办结 of an assigned
 * matter; rated is a delivered decision the petitioner rated (参评); satisfied: rated, and each body rated (信访部门,
 * 责任单位) was rated 满意 or 基本满意 (the statistics' satisfied_*).
 */
function figure(f: MatterFigure): RawBuilder<boolean> {
  switch (f) {
    case 'raised':
      return sql<boolean>`true`;
    case 'solved':
    case 'assigned':
    case 'legal_route':
      return sql<boolean>`m.decision = ${f}`;
    case 'concluded':
      return sql<boolean>`m.decision = 'assigned' and ${hasItem('concluded')}`;
    case 'on_time':
      return sql<boolean>`m.decision = 'assigned' and ${hasItem('concluded_on_time')}`;
    case 'rated':
      return hasItem('rated');
    case 'satisfied':
      return sql<boolean>`${hasItem('rated')} and not exists (
        select 1 from stat_facts f cross join jsonb_array_elements(f.items) r
        where f.petition_id = m.petition_id and r->>0 like 'rated\\_%'
          and not exists (select 1 from jsonb_array_elements(f.items) s where s->>0 = 'satisfied_' || substr(r->>0, 7)))`;
  }
}

/**
 * The work list's drill-down of a figure: the petitions of the matters raised at the leaders' receptions in the days,
 * counted by the figure (the same condition the report counts with, so the list holds what the figure says).
 */
export function matterCondition(s: ReceptionSpan, f: MatterFigure) {
  return sql<boolean>`p.id in (
    select m.petition_id from reception_matters m join reception_records r on r.id = m.record_id
    where ${heldIn(s)} and ${figure(f)})`;
}

export const complianceRepository = {
  /** The body and, when asked, the active bodies below it of the kinds that hold reception days. */
  bodies(db: Executor, org: { id: number; path: string }, subordinates: boolean, kinds: OrgKind[]) {
    let q = db.selectFrom('orgs').select(['id', 'name', 'kind', 'path']).orderBy('depth').orderBy('id');
    q = subordinates
      ? q.where('path', 'like', `${org.path}%`).where('active', '=', true).where('kind', 'in', kinds)
      : q.where('id', '=', org.id);
    return q.execute();
  },

  /** Current slots of the bodies' published plans in the days, with their China day. */
  slots(db: Executor, orgIds: number[], from: string, to: string) {
    return db
      .selectFrom('reception_slots as s')
      .innerJoin('reception_plans as p', 'p.id', 's.plan_id')
      .select([
        's.id',
        'p.org_id',
        's.leader_ids',
        's.ends_at',
        sql<string>`to_char((s.starts_at at time zone 'Asia/Shanghai')::date, 'YYYY-MM-DD')`.as('date'),
      ])
      .where('p.org_id', 'in', orgIds)
      .where('p.version', '>', 0)
      .where('s.removed_at', 'is', null)
      .where(sql<boolean>`(s.starts_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date`)
      .orderBy('s.starts_at')
      .orderBy('s.id')
      .execute();
  },

  /** Users by id with their body (a leader named on a slot may have moved since). */
  users(db: Executor, ids: number[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('users').select(['id', 'display_name', 'org_id']).where('id', 'in', ids).execute();
  },

  /** The receptions of the span, each with its China day and the number of its visitors (人次). */
  records(db: Executor, s: ReceptionSpan, kind?: ReceptionRecordKind, unscheduled?: boolean) {
    if (s.leaderIds.length === 0) return Promise.resolve([]);
    let q = db
      .selectFrom('reception_records as r')
      .select([
        'r.id',
        'r.kind',
        'r.slot_id',
        'r.leader_ids',
        'r.unscheduled',
        'r.held_at',
        'r.place',
        sql<string>`to_char((r.held_at at time zone 'Asia/Shanghai')::date, 'YYYY-MM-DD')`.as('date'),
        sql<number>`(select count(*)::int from reception_visitors v where v.record_id = r.id and v.removed_at is null)`.as('visitors'),
      ])
      .where(heldIn(s));
    if (kind) q = q.where('r.kind', '=', kind);
    if (unscheduled !== undefined) q = q.where('r.unscheduled', '=', unscheduled);
    return q.orderBy('r.held_at').orderBy('r.id').execute();
  },

  /** The matters raised in the span: their record, petition, and whether each figure counts them. */
  async matters(db: Executor, s: ReceptionSpan) {
    if (s.leaderIds.length === 0) return [];
    const { rows } = await sql<{ record_id: number; petition_id: number } & Record<MatterFigure, boolean>>`
      select m.record_id, m.petition_id, ${sql.join(MATTER_FIGURES.map((f) => sql`${figure(f)} as ${sql.ref(f)}`))}
      from reception_matters m join reception_records r on r.id = m.record_id
      where ${heldIn(s)}
      order by m.record_id, m.position`.execute(db);
    return rows.map((r) => ({ ...r, petition_id: Number(r.petition_id) }));
  },

  /** Names of users, for the drill-down's records. */
  names(db: Executor, ids: number[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  },
};
