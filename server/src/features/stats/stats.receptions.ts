import type { MatterFigure } from '@xinfang/domain';
import { sql, type RawBuilder } from 'kysely';

/*
 * The matters raised at leaders' receptions (reception_matters of reception_records) counted by the statistics' own
 * items of their petitions: the reception compliance report counts with these conditions and the work list drills
 * with them, so a count and its list agree.
 */

/** The receptions of some leaders in some China days: what every compliance figure and its drill-down read. */
export interface ReceptionSpan {
  leaderIds: number[];
  from: string;
  to: string;
}

/** Reception `r` was held by one of the leaders on one of the days. */
export const heldIn = (s: ReceptionSpan) =>
  sql<boolean>`r.leader_ids && ${s.leaderIds}::int[]
    and (r.held_at at time zone 'Asia/Shanghai')::date between ${s.from}::date and ${s.to}::date`;

/** The petition of matter `m` has the statistics' item `measure` (stat_facts: the one definition of each figure). */
const hasItem = (measure: string) => sql<boolean>`exists (
  select 1 from stat_facts f cross join jsonb_array_elements(f.items) i
  where f.petition_id = m.petition_id and i->>0 = ${measure})`;

/**
 * Whether matter `m` counts in a figure. Concluded and on time are the statistics' 办结 and 按期办结 of an assigned
 * matter; rated is a delivered decision the petitioner rated (参评); satisfied: rated, and each body rated (信访部门,
 * 责任单位) was rated 满意 or 基本满意 (the statistics' satisfied_*).
 */
export function matterFigure(f: MatterFigure): RawBuilder<boolean> {
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
    where ${heldIn(s)} and ${matterFigure(f)})`;
}
