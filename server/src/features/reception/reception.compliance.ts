import {
  addDays,
  bimonthName,
  cadenceViolations,
  chinaDate,
  longDate,
  MATTER_FIGURES,
  RECEPTION_LEVEL_OF_KIND,
  RECEPTION_LEVELS,
  SCHEDULED_RECORD_KINDS,
  type MatterFigure,
  type OrgKind,
  type ReceptionLevel,
} from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import type { Database } from '../../db/database.js';
import type { CalendarService } from '../deadlines/index.js';
import { complianceRepository as repo } from './reception.compliance.repository.js';
import type { ComplianceDto, ComplianceQuery, ComplianceRecordsQuery, Tally } from './reception.compliance.schema.js';
import { receptionRepository } from './reception.repository.js';
import { receptionBody, ruleOf } from './reception.service.js';

const RECEPTION_KINDS = Object.keys(RECEPTION_LEVEL_OF_KIND) as OrgKind[];

type Slot = Awaited<ReturnType<typeof repo.slots>>[number];
type RecordRow = Awaited<ReturnType<typeof repo.records>>[number];
type Matter = Awaited<ReturnType<typeof repo.matters>>[number];

/** The counts of a row as the exports head them, in the order of their columns. */
export const COUNT_COLUMNS: [keyof Omit<Tally, 'leaderIds' | 'matters'>, string][] = [
  ['planned', '计划接访'],
  ['held', '按计划接访'],
  ['missed', '未按计划接访'],
  ['upcoming', '尚未到期'],
  ['unscheduled', '计划外接访'],
  ['outreach', '领导下访'],
  ['invitation', '领导约访'],
  ['batches', '接待批次'],
  ['persons', '接待人次'],
];

/** 临朐县2026年9—10月领导接访工作情况通报, or 合规情况报告 of any other period. */
export function complianceTitle(orgName: string, from: string, to: string) {
  const bimonth = bimonthName({ first: from, last: to });
  return bimonth ? `${orgName}${bimonth}领导接访工作情况通报` : `${orgName}领导接访工作合规情况报告（${longDate(from)}至${longDate(to)}）`;
}

/**
 * 合规情况报告: how a body's leaders (with those of the bodies below it, when asked) kept their published reception
 * days in a period: planned against held per leader and level, the reception rules applied to what was held, the
 * visitors as context, and the matters raised with how they were concluded and rated. It measures the leaders' work,
 * never the number of residents who came: 批次/人次 are shown, never compared.
 */
export function createReceptionComplianceService({ db, calendar }: { db: Database; calendar: CalendarService }) {
  /** The bodies, their rules and leaders (current ones and any named on the period's slots), and the slots. */
  async function scope(actor: Actor, q: ComplianceQuery) {
    const { org } = await receptionBody(db, actor, q.orgId);
    const rules = new Map((await receptionRepository.rules(db)).map((r) => [r.level, ruleOf(r)]));
    const bodies = (await repo.bodies(db, org, q.subordinates, RECEPTION_KINDS)).map((b) => {
      const level = RECEPTION_LEVEL_OF_KIND[b.kind]!;
      return { ...b, level, rule: rules.get(level)! };
    });
    const slots = await repo.slots(
      db,
      bodies.map((b) => b.id),
      q.from,
      q.to,
    );
    const leaders = new Map<number, { id: number; name: string; body: (typeof bodies)[number] }>();
    const ofBodies = await Promise.all(bodies.map((body) => receptionRepository.leaders(db, body.id, body.rule.leaderRoles)));
    bodies.forEach((body, i) => ofBodies[i]!.forEach((l) => leaders.set(l.id, { id: l.id, name: l.display_name, body })));
    // A leader on a slot who is no longer one of the body's leaders still answers for it, under the slot's body.
    const named = [...new Set(slots.flatMap((s) => s.leader_ids))].filter((id) => !leaders.has(id));
    for (const u of await repo.users(db, named))
      leaders.set(u.id, {
        id: u.id,
        name: u.display_name,
        body: bodies.find((b) => b.id === slots.find((s) => s.leader_ids.includes(u.id))!.org_id)!,
      });
    // A body with no leader to receive has no plan to keep (its plan cannot even be generated).
    const led = bodies.filter((b) => [...leaders.values()].some((l) => l.body.id === b.id));
    return { org, bodies: led, slots, leaders: [...leaders.values()] };
  }

  /** Everything counted for a set of leaders: each slot and record once, whatever the number of its leaders counted. */
  function tally(ids: number[], slots: Slot[], records: RecordRow[], matters: Matter[], now: Date): Tally & { missedSlots: Slot[] } {
    const set = new Set(ids);
    const mine = (leaderIds: number[]) => leaderIds.filter((id) => set.has(id));
    const ofLeaders = records.filter((r) => mine(r.leader_ids).length > 0);
    const scheduled = ofLeaders.filter((r) => SCHEDULED_RECORD_KINDS.includes(r.kind));
    let planned = 0;
    let held = 0;
    let missed = 0;
    const missedSlots: Slot[] = [];
    for (const s of slots)
      for (const id of mine(s.leader_ids)) {
        planned++;
        if (scheduled.some((r) => r.leader_ids.includes(id) && (r.slot_id === s.id || r.date === s.date))) held++;
        else if (s.ends_at <= now) {
          missed++;
          missedSlots.push({ ...s, leader_ids: [id] });
        }
      }
    const recordIds = new Set(ofLeaders.map((r) => r.id));
    const raised = matters.filter((m) => recordIds.has(m.record_id));
    const petitions = (f: MatterFigure) => new Set(raised.filter((m) => m[f]).map((m) => m.petition_id)).size;
    return {
      leaderIds: ids,
      planned,
      held,
      missed,
      upcoming: planned - held - missed,
      unscheduled: scheduled.filter((r) => r.unscheduled).length,
      outreach: ofLeaders.filter((r) => r.kind === 'outreach').length,
      invitation: ofLeaders.filter((r) => r.kind === 'invitation').length,
      batches: ofLeaders.length,
      persons: ofLeaders.reduce((n, r) => n + r.visitors, 0),
      matters: Object.fromEntries(MATTER_FIGURES.map((f) => [f, petitions(f)])) as Tally['matters'],
      missedSlots,
    };
  }
  const plain = ({ missedSlots: _m, ...t }: ReturnType<typeof tally>): Tally => t;

  return {
    async report(actor: Actor, q: ComplianceQuery, now = new Date()): Promise<ComplianceDto> {
      const { org, bodies, slots, leaders } = await scope(actor, q);
      const span = { leaderIds: leaders.map((l) => l.id), from: q.from, to: q.to };
      const [records, matters, cal] = await Promise.all([repo.records(db, span), repo.matters(db, span), calendar.calendar(db)]);
      const count = (ids: number[]) => tally(ids, slots, records, matters, now);
      // The rules bind the days gone by: today's reception may still come.
      const yesterday = addDays(chinaDate(now), -1);
      const checkedTo = yesterday < q.from ? null : yesterday < q.to ? yesterday : q.to;
      const violations = checkedTo
        ? bodies.flatMap((b) => {
            const ids = new Set(leaders.filter((l) => l.body.id === b.id).map((l) => l.id));
            const led = new Set(
              records.filter((r) => SCHEDULED_RECORD_KINDS.includes(r.kind) && r.leader_ids.some((id) => ids.has(id))).map((r) => r.date),
            );
            return cadenceViolations(b.rule, { first: q.from, last: checkedTo }, led, (d) => cal.isWorkingDay(d)).map((v) => ({
              org: { id: b.id, name: b.name },
              level: b.level,
              kind: v.kind,
              date: v.kind === 'week_short' ? v.week : (v as { date: string }).date,
              held: v.kind === 'week_short' ? v.planned : null,
              required: v.kind === 'week_short' ? v.required : null,
            }));
          })
        : [];
      const rows = leaders.map((l) => ({
        ...count([l.id]),
        leader: { id: l.id, name: l.name },
        org: { id: l.body.id, name: l.body.name },
        level: l.body.level,
      }));
      const byLevel = (level: ReceptionLevel) => leaders.filter((l) => l.body.level === level).map((l) => l.id);
      return {
        org: { id: org.id, name: org.name },
        from: q.from,
        to: q.to,
        subordinates: q.subordinates,
        title: complianceTitle(org.name, q.from, q.to),
        checkedTo,
        leaders: rows.map(({ missedSlots: _m, ...r }) => r),
        levels: RECEPTION_LEVELS.filter((level) => byLevel(level).length > 0).map((level) => ({ ...plain(count(byLevel(level))), level })),
        total: plain(count(span.leaderIds)),
        violations,
        missed: rows.flatMap((r) => r.missedSlots.map((s) => ({ date: s.date, leader: r.leader, org: r.org }))),
      };
    },

    /** The receptions behind a 批次, 未按计划, 下访 or 约访 figure of the report. */
    async records(actor: Actor, q: ComplianceRecordsQuery) {
      const { leaders } = await scope(actor, q);
      const ids = leaders.filter((l) => (!q.leaderId || l.id === q.leaderId) && (!q.level || l.body.level === q.level)).map((l) => l.id);
      const span = { leaderIds: ids, from: q.from, to: q.to };
      const rows =
        q.figure === 'batches'
          ? await repo.records(db, span)
          : q.figure === 'unscheduled'
            ? (await repo.records(db, span, undefined, true)).filter((r) => SCHEDULED_RECORD_KINDS.includes(r.kind))
            : await repo.records(db, span, q.figure);
      const names = new Map((await repo.names(db, [...new Set(rows.flatMap((r) => r.leader_ids))])).map((u) => [u.id, u.display_name]));
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        heldAt: r.held_at.toISOString(),
        place: r.place,
        leaders: r.leader_ids.map((id) => ({ id, name: names.get(id) ?? '' })),
        visitors: r.visitors,
        unscheduled: r.unscheduled,
      }));
    },
  };
}
export type ReceptionComplianceService = ReturnType<typeof createReceptionComplianceService>;
