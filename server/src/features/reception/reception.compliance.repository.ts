import { MATTER_FIGURES, type MatterFigure, type OrgKind, type ReceptionRecordKind } from '@xinfang/domain';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { heldIn, matterFigure, type ReceptionSpan } from '../stats/index.js';

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
      select m.record_id, m.petition_id, ${sql.join(MATTER_FIGURES.map((f) => sql`${matterFigure(f)} as ${sql.ref(f)}`))}
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
