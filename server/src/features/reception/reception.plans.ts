import {
  checkPlan,
  chinaDate,
  chinaDateTime,
  comingQuarters,
  generatePlan,
  publishDeadline,
  quarterDays,
  type Quarter,
  type ReceptionViolation,
  chinaInstant,
  chinaTimeOfDay,
} from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import { AppError, fieldError } from '../../errors.js';
import type { CalendarService } from '../deadlines/index.js';
import { receptionRepository as repo } from './reception.repository.js';
import type { PublicSlot, SlotBody, SlotDto } from './reception.schema.js';
import { leadersOf, presentPlace, receptionBody, ruleOf } from './reception.service.js';

type SlotRow = Awaited<ReturnType<typeof repo.slots>>[number];
type PlanRow = NonNullable<Awaited<ReturnType<typeof repo.plan>>>;

export const presentSlot = (s: SlotRow): SlotDto => ({
  id: s.id,
  date: chinaDate(s.starts_at),
  startTime: chinaTimeOfDay(s.starts_at),
  endTime: chinaTimeOfDay(s.ends_at),
  placeId: s.place_id,
  leaderIds: s.leader_ids,
  capacity: s.capacity,
  mode: s.mode,
  meetingUrl: s.meeting_url,
});

/** The violation as the API gives it: one `date` for every kind (a week by its Monday). */
const presentViolation = (v: ReceptionViolation) => {
  switch (v.kind) {
    case 'week_short':
      return { kind: v.kind, date: v.week, planned: v.planned, required: v.required };
    case 'day_without_leader':
      return { kind: v.kind, date: v.date };
    case 'leader_blocked':
      return { kind: v.kind, date: v.date, leaderId: v.leaderId, slotId: v.slotId };
    case 'published_late':
      return { kind: v.kind, date: v.date, deadline: v.deadline };
  }
};

const quarterName = (q: Quarter) => `${q.year} 年第 ${q.quarter} 季度`;

/**
 * 接访计划: a body's quarter plan generated from its level's rule, its leaders, their unavailability and the
 * working-day calendar; edited slot by slot; checked against the rule; published as numbered versions. Changes after
 * a publication are logged with their reason and published by the next version; the public reads only versions.
 */
export function createReceptionPlansService({
  db,
  calendar,
  onPublished = async () => undefined,
}: {
  db: Database;
  calendar: CalendarService;
  /** Called in the publication's transaction (约访: those booked on a changed slot are told). */
  onPublished?: (trx: Executor, planId: number, version: number) => Promise<void>;
}) {
  /** Days off of these people within the quarter, as the generation and the checks take them. */
  async function unavailableIn(trx: Executor, people: number[], quarter: Quarter) {
    const { first, last } = quarterDays(quarter);
    return (await repo.unavailability(trx, people, first, last)).map((u) => ({ leaderId: u.user_id, from: u.from_date, to: u.to_date }));
  }

  /** Everything a check or a view of the plan needs, read in the caller's transaction. */
  async function context(trx: Executor, actor: Actor, plan: PlanRow) {
    const { org, level } = await receptionBody(trx, actor, plan.org_id);
    const rule = ruleOf(await repo.rule(trx, level));
    const quarter: Quarter = { year: plan.year, quarter: plan.quarter as Quarter['quarter'] };
    const leaders = await leadersOf(trx, org, rule);
    const slots = await repo.slots(trx, plan.id);
    // Everyone named on a slot, leaders of the body or not (a leader moved away since): their days off count too.
    const named = [...new Set([...leaders.map((l) => l.id), ...slots.flatMap((s) => s.leader_ids)])];
    const unavailable = await unavailableIn(trx, named, quarter);
    const cal = await calendar.calendar(trx);
    return { org, level, rule, quarter, leaders, slots, unavailable, cal, places: await repo.placesFor(trx, org.path) };
  }
  type Context = Awaited<ReturnType<typeof context>>;

  function violations(c: Context, plan: PlanRow, now: Date) {
    return checkPlan({
      quarter: c.quarter,
      rule: c.rule,
      slots: c.slots.map((s) => ({ id: s.id, date: chinaDate(s.starts_at), leaderIds: s.leader_ids })),
      unavailable: c.unavailable,
      isWorkingDay: (d) => c.cal.isWorkingDay(d),
      // Timing binds the first publication; later versions are corrections, published when they happen.
      ...(plan.version === 0 ? { publishDate: chinaDate(now) } : {}),
    });
  }

  /**
   * The plan as the API gives it. A write passes the context it checked against: a slot added, changed or removed
   * since is read again (a slot may only name the body's leaders, whose days off the context already holds).
   */
  async function view(trx: Executor, actor: Actor, plan: PlanRow, now: Date, checked?: Context) {
    const c = checked ? { ...checked, slots: await repo.slots(trx, plan.id) } : await context(trx, actor, plan);
    const changes = await repo.changes(trx, plan.id);
    const latest = plan.version > 0 ? await repo.latestVersion(trx, plan.id) : undefined;
    return {
      id: plan.id,
      orgId: c.org.id,
      orgName: c.org.name,
      level: c.level,
      year: plan.year,
      quarter: plan.quarter,
      version: plan.version,
      publishedAt: latest?.published_at.toISOString() ?? null,
      deadline: publishDeadline(c.quarter, c.rule.publishLeadDays),
      calendarKnown: c.cal.covers(plan.year),
      unpublished: plan.version === 0 || changes.some((ch) => ch.published_version === null),
      slots: c.slots.map(presentSlot),
      violations: violations(c, plan, now).map(presentViolation),
      changes: changes.map((ch) => ({
        id: ch.id,
        slotId: ch.slot_id,
        kind: ch.kind,
        reason: ch.reason,
        changedBy: ch.display_name,
        changedAt: ch.changed_at.toISOString(),
        publishedVersion: ch.published_version,
      })),
      leaders: c.leaders,
      places: c.places.map(presentPlace),
    };
  }

  async function lockedPlan(trx: Executor, id: number) {
    const plan = await repo.planForUpdate(trx, id);
    if (!plan) throw new AppError('reception_plan_not_found');
    return plan;
  }

  /** The checks every slot passes: inside the quarter and ahead, a place of the body, its leaders, no double booking. */
  async function checkSlot(trx: Executor, c: Context, body: SlotBody, now: Date, exceptId: number | null) {
    const { first, last } = quarterDays(c.quarter);
    if (body.date < first || body.date > last) throw fieldError('date', `日期须在${quarterName(c.quarter)}内（${first} 至 ${last}）`);
    const startsAt = chinaInstant(body.date, body.startTime);
    const endsAt = chinaInstant(body.date, body.endTime);
    if (startsAt <= now) throw fieldError('date', '不能安排已经过去的时间');
    if (!c.places.some((p) => p.id === body.placeId)) throw fieldError('placeId', '接访场所不存在或不属于本机构及其上级');
    const unknown = body.leaderIds.findIndex((id) => !c.leaders.some((l) => l.id === id));
    if (unknown >= 0) throw fieldError(`leaderIds.${unknown}`, '不是该机构的接访领导');
    const clash = await repo.overlapping(trx, body.leaderIds, startsAt, endsAt, exceptId);
    if (clash) throw fieldError('leaderIds', `该领导在 ${chinaDateTime(clash.starts_at)} 已有接访安排，时间重叠`);
    return {
      starts_at: startsAt,
      ends_at: endsAt,
      place_id: body.placeId,
      leader_ids: body.leaderIds,
      capacity: body.capacity,
      mode: body.mode,
      meeting_url: body.meetingUrl,
    };
  }

  /** After a publication every change needs its reason and is logged for the next version (and those booked). */
  async function logChange(
    trx: Executor,
    actor: Actor,
    plan: PlanRow,
    kind: 'added' | 'changed' | 'removed',
    slotId: number,
    before: SlotDto | null,
    after: SlotDto | null,
    reason: string | null,
  ) {
    if (plan.version > 0) {
      if (!reason) throw fieldError('reason', '计划已公布，调整须说明原因（将告知已预约的来访人）');
      await repo.insertChange(trx, {
        plan_id: plan.id,
        slot_id: slotId,
        kind,
        before: before && JSON.stringify(before),
        after: after && JSON.stringify(after),
        reason,
        changed_by: actor.userId,
      });
    }
    await auditService.record(trx, actor, {
      action: `reception.slot_${kind}`,
      objectType: 'reception_slot',
      objectId: slotId,
      orgId: plan.org_id,
      before,
      after: after ? { ...after, reason } : reason ? { reason } : null,
    });
  }

  return {
    /** Generates a coming quarter's draft (again, while it was never published). */
    async generate(actor: Actor, input: { orgId: number; year: number; quarter: number; placeId: number }, now = new Date()) {
      const quarter = { year: input.year, quarter: input.quarter as Quarter['quarter'] };
      const coming = comingQuarters(chinaDate(now));
      if (!coming.some((q) => q.year === quarter.year && q.quarter === quarter.quarter))
        throw fieldError('quarter', `只能安排接下来的季度：${coming.map(quarterName).join('、')}`);
      return db.transaction().execute(async (trx) => {
        const { org, level } = await receptionBody(trx, actor, input.orgId);
        const rule = ruleOf(await repo.rule(trx, level));
        if (!(await repo.placesFor(trx, org.path)).some((p) => p.id === input.placeId))
          throw fieldError('placeId', '接访场所不存在或不属于本机构及其上级');
        const leaders = await leadersOf(trx, org, rule);
        if (leaders.length === 0) throw fieldError('orgId', '该机构没有接访领导（持有规则所列角色的启用账户）');
        const plan =
          (await repo.insertPlan(trx, { org_id: org.id, year: quarter.year, quarter: quarter.quarter, created_by: actor.userId })) ??
          (await repo.plan(trx, org.id, quarter.year, quarter.quarter))!;
        const locked = await lockedPlan(trx, plan.id);
        if (locked.version > 0) throw new AppError('reception_plan_published');
        const previous = await repo.slots(trx, plan.id);
        await repo.retireSlots(
          trx,
          previous.map((s) => s.id),
        );
        const unavailable = await unavailableIn(
          trx,
          leaders.map((l) => l.id),
          quarter,
        );
        const cal = await calendar.calendar(trx);
        const generated = generatePlan({
          quarter,
          rule,
          leaderIds: leaders.map((l) => l.id),
          unavailable,
          isWorkingDay: (d) => cal.isWorkingDay(d),
        });
        await repo.insertSlots(
          trx,
          generated.map((s) => ({
            plan_id: plan.id,
            starts_at: chinaInstant(s.date, s.startTime),
            ends_at: chinaInstant(s.date, s.endTime),
            place_id: input.placeId,
            mode: 'in_person' as const,
            meeting_url: null,
            capacity: rule.capacity,
            leader_ids: s.leaderIds,
          })),
        );
        await auditService.record(trx, actor, {
          action: 'reception.plan_generated',
          objectType: 'reception_plan',
          objectId: plan.id,
          orgId: org.id,
          after: { year: quarter.year, quarter: quarter.quarter, slots: generated.length, replaced: previous.length },
        });
        return view(trx, actor, locked, now);
      });
    },

    async get(actor: Actor, orgId: number, year: number, quarter: number, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        await receptionBody(trx, actor, orgId);
        const plan = await repo.plan(trx, orgId, year, quarter);
        if (!plan) throw new AppError('reception_plan_not_found');
        return view(trx, actor, plan, now);
      });
    },

    async addSlot(actor: Actor, planId: number, body: SlotBody, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const plan = await lockedPlan(trx, planId);
        const c = await context(trx, actor, plan);
        const values = await checkSlot(trx, c, body, now, null);
        const [slot] = await repo.insertSlots(trx, [{ ...values, plan_id: plan.id }]);
        await logChange(trx, actor, plan, 'added', slot!.id, null, presentSlot(slot!), body.reason);
        return view(trx, actor, plan, now, c);
      });
    },

    async updateSlot(actor: Actor, slotId: number, body: SlotBody, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const found = await repo.slot(trx, slotId);
        if (!found) throw new AppError('reception_slot_not_found');
        const plan = await lockedPlan(trx, found.plan_id);
        const c = await context(trx, actor, plan);
        if (found.starts_at <= now) throw new AppError('reception_slot_past');
        const values = await checkSlot(trx, c, body, now, slotId);
        const slot = await repo.updateSlot(trx, slotId, values);
        await logChange(trx, actor, plan, 'changed', slotId, presentSlot(found), presentSlot(slot), body.reason);
        return view(trx, actor, plan, now, c);
      });
    },

    async removeSlot(actor: Actor, slotId: number, reason: string | null, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const found = await repo.slot(trx, slotId);
        if (!found) throw new AppError('reception_slot_not_found');
        const plan = await lockedPlan(trx, found.plan_id);
        await receptionBody(trx, actor, plan.org_id);
        if (found.starts_at <= now) throw new AppError('reception_slot_past');
        await repo.retireSlots(trx, [slotId]);
        await logChange(trx, actor, plan, 'removed', slotId, presentSlot(found), null, reason);
        return view(trx, actor, plan, now);
      });
    },

    /**
     * Publishes the plan as its next version. With violations it needs `confirmViolations` (the refusal lists
     * them); a republication needs changes and their reason. The version keeps the slots as published, with the
     * names of their leaders and places, which is all the public ever reads.
     */
    async publish(actor: Actor, planId: number, input: { confirmViolations: boolean; reason: string | null }, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const plan = await lockedPlan(trx, planId);
        const c = await context(trx, actor, plan);
        if (plan.version > 0) {
          if (!(await repo.changes(trx, plan.id)).some((ch) => ch.published_version === null))
            throw new AppError('reception_plan_unchanged');
          if (!input.reason) throw fieldError('reason', '重新公布须说明调整原因');
        }
        const found = violations(c, plan, now).map(presentViolation);
        if (found.length > 0 && !input.confirmViolations) throw new AppError('reception_violations_unconfirmed', { violations: found });
        const names = new Map(
          (await repo.userNames(trx, [...new Set(c.slots.flatMap((s) => s.leader_ids))])).map((u) => [u.id, u.display_name]),
        );
        const places = new Map(c.places.map((p) => [p.id, p]));
        const published: PublicSlot[] = c.slots.map((s) => ({
          ...presentSlot(s),
          placeName: places.get(s.place_id)?.name ?? '',
          leaders: s.leader_ids.map((id) => names.get(id) ?? ''),
        }));
        const version = plan.version + 1;
        await repo.insertVersion(trx, {
          plan_id: plan.id,
          version,
          published_by: actor.userId,
          reason: input.reason,
          slots: JSON.stringify(published),
          violations: JSON.stringify(found),
        });
        const changedSlots = await repo.publishChanges(trx, plan.id, version);
        await repo.setPlanVersion(trx, plan.id, version);
        await onPublished(trx, plan.id, version);
        await auditService.record(trx, actor, {
          action: 'reception.plan_published',
          objectType: 'reception_plan',
          objectId: plan.id,
          orgId: plan.org_id,
          after: {
            version,
            slots: published.length,
            violations: found.map((v) => v.kind),
            changedSlots: [...new Set(changedSlots)],
            reason: input.reason,
          },
        });
        return view(trx, actor, { ...plan, version }, now, c);
      });
    },
  };
}
export type ReceptionPlansService = ReturnType<typeof createReceptionPlansService>;
