import { GROUP_SIZE, VOLUME_FIELDS } from '@xinfang/domain';
import { sql, type RawBuilder } from 'kysely';
import { clockKeys, PETITIONER_WINDOWS } from '../deadlines/index.js';

/**
 * What each petition contributes to the statistics, derived from the petition and its events: the one
 * definition of every figure (docs/STATISTICS.md). `selection` is a query returning petition ids (`id`).
 */

/** Breakdowns kept in `stat_volume.dim`; `all` has the key ''. */
export const VOLUME_DIMS = ['all', 'channel', 'type', 'category', 'region', 'accused'] as const;
export type VolumeDim = (typeof VOLUME_DIMS)[number];

/**
 * The key a fact (`f`, a row of `stat_facts`) counts under in each kept breakdown: the one definition the summary
 * rows and the drill-down both use. '' is a value not recorded; a fact with no accused body has no `accused` key.
 */
export function dimKey(dim: VolumeDim): RawBuilder<string | null> {
  switch (dim) {
    case 'all':
      return sql`''`;
    case 'channel':
      return sql`f.channel`;
    case 'type':
      return sql`f.type`;
    case 'category':
      return sql`coalesce(f.category_id::text, '')`;
    case 'region':
      return sql`coalesce(f.region, '')`;
    case 'accused':
      return sql`f.accused_org_id::text`;
  }
}

/** Days given to decide whether to accept (条例 Arts. 22–23): only for a matter on record without its clock. */
export const DECISION_DAYS = 15;
/** The clocks of the decision whether to accept: those a routing decision stops (告知是否受理, 12345's 派单). */
const DECISION_CLOCKS = clockKeys((r) => r.stopsOn.includes('accepted'));
/** The clocks of a forwarded matter's acceptance by the body it was sent to: started by the 转送, stopped by 签收. */
const FORWARDED_CLOCKS = clockKeys((r) => r.startsOn.includes('forwarded') && r.stopsOn.includes('received'));
/**
 * The decision of event `e` came by the due time of the clock of `keys` running when it was made (the clock's own
 * rule: a period ending on a day off ends on the next working day); a matter on record without its clock: fifteen
 * days from `from`.
 */
const onTime = (keys: string[], from: RawBuilder<unknown>) => sql`coalesce(
  (select e.at <= k.due_at from petition_clocks k
    where k.petition_id = e.petition_id and k.key = any(${keys}::text[])
      and k.started_at <= e.at and (k.stopped_at is null or k.stopped_at >= e.at)
    order by k.started_at desc, k.id desc limit 1),
  e.day <= ${from} + ${DECISION_DAYS}::int
)`;
/** Clocks of the handling duty, for 按期办结: those a decision or a conclusion stops (办理; Shandong's 交办事项办结). */
const HANDLING_CLOCKS = clockKeys((r) => r.stopsOn.includes('decided') || r.stopsOn.includes('concluded'));
const SATISFIED = ['satisfied', 'basically_satisfied'];

const day = (col: RawBuilder<unknown>) => sql`((${col}) at time zone 'Asia/Shanghai')::date`;

/** The facts of the selected petitions, one row each, in the columns of `stat_facts`. */
export function factsQuery(selection: RawBuilder<unknown>) {
  const eventDay = day(sql.ref('e.at'));
  return sql`
    with sel as (${selection}),
    p as (
      select p.*, ${day(sql.ref('p.received_at'))} as received_day
      from petitions p join sel on sel.id = p.id
    ),
    ev as (
      select e.petition_id, e.id, e.kind, e.actor_org_id as org, ${eventDay} as day, e.at, e.payload
      from petition_events e join sel on sel.id = e.petition_id
    ),
    items as (
      -- 及时受理: the first routing decision, by the due time of the decision clock it found running (the clock's
      -- own rule: a period ending on a day off ends on the next working day). A matter registered as a historical
      -- record has no clock: received day + 15.
      select r.petition_id, m.measure, r.org, r.day, 1::bigint as value
      from (
        select distinct on (e.petition_id) e.petition_id, e.org, e.day,
          ${onTime(DECISION_CLOCKS, sql`p.received_day`)} as timely
        from ev e join p on p.id = e.petition_id
        where e.kind in ('accept', 'forward', 'assign', 'decline')
        order by e.petition_id, e.id
      ) r cross join lateral (select 'decided' as measure union all select 'decided_timely' where r.timely) m
      union all
      -- A 转送's receiving body decides too: its 签收 is its 受理, by the due time of its own 15-day clock from the
      -- delivery (条例 Arts. 22–23).
      select r.petition_id, m.measure, r.org, r.day, 1
      from (
        select e.petition_id, e.org, e.day, ${onTime(FORWARDED_CLOCKS, day(sql.ref('a.created_at')))} as timely
        from ev e join petition_assignments a on a.id = (e.payload->>'assignmentId')::bigint
        where e.kind = 'receive' and a.mode = 'forward'
      ) r cross join lateral (select 'decided' as measure union all select 'decided_timely' where r.timely) m
      union all
      -- 答复: the first 处理意见书 of the handling stage and the days it took.
      select d.petition_id, m.measure, d.org_id, d.day, m.value
      from (
        select distinct on (d.petition_id) d.petition_id, d.org_id, ${day(sql.ref('d.issued_at'))} as day,
          ${day(sql.ref('d.issued_at'))} - p.received_day as days
        from decisions d join p on p.id = d.petition_id
        where d.stage = 'handling'
        order by d.petition_id, d.id
      ) d cross join lateral (values ('answered', 1::bigint), ('answer_days', d.days::bigint)) m(measure, value)
      union all
      -- 按期办结: no handling clock ran past its due time before the conclusion.
      select c.petition_id, m.measure, c.org, c.day, 1
      from (
        select distinct on (e.petition_id) e.petition_id, e.org, e.day,
          not exists (
            select 1 from petition_clocks k
            where k.petition_id = e.petition_id and k.key = any(${HANDLING_CLOCKS}::text[]) and k.started_at <= e.at
              and coalesce(least(k.stopped_at, e.at), e.at) > k.due_at
          ) as on_time
        from ev e where e.kind = 'conclude'
        order by e.petition_id, e.id
      ) c cross join lateral (select 'concluded' as measure union all select 'concluded_on_time' where c.on_time) m
      union all
      -- Delivered decisions may be rated (参评); ratings count on the day of the delivery they rate.
      select d.petition_id, 'delivered', d.org_id, d.delivered_on::date, 1
      from decisions d join sel on sel.id = d.petition_id where d.delivered_on is not null
      union all
      select d.petition_id, 'rated', d.org_id, d.delivered_on::date, 1
      from decisions d join sel on sel.id = d.petition_id
      where d.delivered_on is not null and exists (select 1 from evaluations v where v.decision_id = d.id)
      union all
      -- A petition counts once per rated body and target (the latest counted rating): ratings given twice before
      -- one per stage was enforced are kept but not counted.
      select v.petition_id, m.measure, v.org_id, d.delivered_on::date, 1
      from (
        select distinct on (v.petition_id, v.target, v.org_id) v.*
        from evaluations v join sel on sel.id = v.petition_id
        where v.counted
        order by v.petition_id, v.target, v.org_id, v.id desc
      ) v join decisions d on d.id = v.decision_id
      cross join lateral (
        select 'rated_' || v.target as measure
        union all select 'satisfied_' || v.target where v.rating = any(${SATISFIED}::text[])
      ) m
      union all
      -- Workflow counts, each on the acting body and the day.
      select e.petition_id,
        case e.kind when 'forward' then 'forwarded' when 'assign' then 'assigned' when 'urge' then 'urged'
          when 'supervise' then 'supervised' when 'return' then 'returned' else 'reworked' end,
        e.org, e.day, 1
      from ev e where e.kind in ('forward', 'assign', 'urge', 'supervise', 'return', 'rework')
      union all
      select x.petition_id, 'extended', x.org_id, ${day(sql.ref('x.decided_at'))}, 1
      from extensions x join sel on sel.id = x.petition_id where x.status = 'approved'
      union all
      -- 督办 carries proposals (条例 Art. 40), adopted or not by the supervised body: received by the supervised
      -- body, and made by the supervising one (its report under Art. 41 states the proposals it made).
      select s.petition_id, m.measure, m.org, ${day(sql.ref('s.created_at'))}, 1
      from supervisions s join sel on sel.id = s.petition_id
      cross join lateral (
        select 'proposals' as measure, s.to_org_id as org
        union all select 'proposals_adopted', s.to_org_id where s.adopted
        union all select 'proposals_made', s.from_org_id
        union all select 'proposals_made_adopted', s.from_org_id where s.adopted
      ) m
      where s.kind = 'supervise'
      union all
      -- 超期: a matter counts once, on the body of its first clock to run out.
      select * from (
        select distinct on (k.petition_id) k.petition_id, 'overdue_ever', k.org_id, ${day(sql.ref('w.created_at'))}, 1
        from petition_clocks k join sel on sel.id = k.petition_id join clock_warnings w on w.clock_id = k.id and w.grade = 'overdue'
        where k.key <> all(${PETITIONER_WINDOWS}::text[])
        order by k.petition_id, w.created_at, k.id
      ) o
      union all
      select * from (
        select distinct on (k.petition_id) k.petition_id, 'overdue_now', k.org_id, p.received_day, 1
        from petition_clocks k join p on p.id = k.petition_id
        where k.stopped_at is null and k.grade = 'overdue' and k.key <> all(${PETITIONER_WINDOWS}::text[])
        order by k.petition_id, k.due_at, k.id
      ) n
      union all
      -- 积案 and 包案, counted on the day marked / taken; resolved when 化解 or concluded.
      select b.petition_id, m.measure, b.org, b.day, 1
      from (
        select distinct on (e.petition_id) e.petition_id, e.org, e.day, p.backlog_resolved_on is not null as resolved
        from ev e join p on p.id = e.petition_id where e.kind = 'markBacklog' and p.backlog_at is not null
        order by e.petition_id, e.id
      ) b cross join lateral (select 'backlog_marked' as measure union all select 'backlog_resolved' where b.resolved) m
      union all
      select o.petition_id, m.measure, o.org_id, ${day(sql.ref('o.since'))}, 1
      from ownerships o join p on p.id = o.petition_id
      cross join lateral (
        select 'owned' as measure
        union all select 'owned_resolved' where p.status in ('concluded', 'final') or p.backlog_resolved_on is not null
      ) m
    ),
    chains as (
      -- A body and every body above it, from the materialised path.
      select o.id, string_to_array(trim(both '/' from o.path), '/')::int[] as chain from orgs o
    ),
    firsts as (
      -- A figure counts petitions: each counts once per body (with those above), on the day of its first item
      -- there, so a figure and its drill-down (the petitions with such an item) are the same set.
      select distinct on (i.petition_id, i.measure, s.scope) i.petition_id, i.measure, i.org, i.day, i.value, s.scope
      from items i join chains c on c.id = i.org cross join unnest(c.chain) s(scope)
      order by i.petition_id, i.measure, s.scope, i.day, i.org
    ),
    item_json as (
      select g.petition_id,
        jsonb_agg(jsonb_build_array(g.measure, g.day, g.value, to_jsonb(g.scopes)) order by g.measure, g.day, g.org) as items
      from (
        select petition_id, measure, org, day, value, array_agg(scope order by scope) as scopes
        from firsts group by 1, 2, 3, 4, 5
      ) g
      group by g.petition_id
    ),
    acting as (
      select petition_id, array_agg(distinct org) as orgs from items group by 1
    )
    select p.id as petition_id, p.received_day, p.channel, p.type, p.category_id, p.place_region_code as region,
      p.accused_org_id, p.persons_count as persons, p.first_time, p.repeat_of_id is not null as repeat,
      p.merged_into_id is not null as merged, p.persons_count >= ${GROUP_SIZE}::int as grouped, p.skip_level, p.litigation,
      p.major_urgent, p.backlog_at is not null as backlog,
      (
        -- The bodies that see the petition (petition_scopes), and those that acted on it with the bodies above them.
        select array_agg(distinct s order by s)
        from (
          select sc.org_id as s from petition_scopes sc where sc.petition_id = p.id
          union
          select unnest(string_to_array(trim(both '/' from o.path), '/')::int[]) from orgs o where o.id = any(a.orgs)
        ) b
      ) as scopes,
      coalesce(j.items, '[]'::jsonb) as items
    from p left join item_json j on j.petition_id = p.id left join acting a on a.petition_id = p.id`;
}

/**
 * The summary rows the given facts add (sign 1) or take away (sign -1); `facts` is a query over rows shaped like
 * `stat_facts`. Volume goes to every scope with each breakdown; dated measures to the chain of their body.
 */
export function volumeContributions(facts: RawBuilder<unknown>, sign: number) {
  const sums = VOLUME_FIELDS.map((f) =>
    f === 'registered'
      ? sql`${sign}::int as registered`
      : f === 'persons'
        ? sql`${sign} * f.persons as persons`
        : sql`${sign} * ${sql.ref(`f.${f}`)}::int as ${sql.ref(f)}`,
  );
  return sql`
    select s.scope as scope_org_id, d.dim, d.key, f.received_day as day, ${sql.join(sums)}
    from (${facts}) f
    cross join unnest(f.scopes) s(scope)
    cross join lateral (values ${sql.join(VOLUME_DIMS.map((d) => sql`(${sql.lit(d)}, ${dimKey(d)})`))}) d(dim, key)
    where d.key is not null`;
}

export function measureContributions(facts: RawBuilder<unknown>, sign: number) {
  return sql`
    select s.scope::int as scope_org_id, i->>0 as measure, (i->>1)::date as day, ${sign} * (i->>2)::bigint as value
    from (${facts}) f
    cross join jsonb_array_elements(f.items) i
    cross join jsonb_array_elements_text(i->3) s(scope)`;
}
