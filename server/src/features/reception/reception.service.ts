import { RECEPTION_LEVEL_OF_KIND, type ReceptionLevel, type ReceptionRule } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import type { Org } from '../../db/types.js';
import { AppError, fieldError } from '../../errors.js';
import { orgRecords } from '../orgs/index.js';
import { scopeOf } from '../workflow/index.js';
import { receptionRepository as repo } from './reception.repository.js';
import type { PlaceBody, RuleBody, UnavailabilityBody } from './reception.schema.js';

type RuleRow = Awaited<ReturnType<typeof repo.rule>>;
type PlaceRow = NonNullable<Awaited<ReturnType<typeof repo.place>>>;
type UnavailabilityRow = Pick<
  NonNullable<Awaited<ReturnType<typeof repo.findUnavailability>>>,
  'id' | 'user_id' | 'from_date' | 'to_date' | 'kind' | 'note'
>;

export const ruleOf = (r: RuleRow): ReceptionRule => ({
  level: r.level,
  cadence: r.cadence,
  weekdays: r.weekdays,
  perWeek: r.per_week,
  startTime: r.start_time,
  endTime: r.end_time,
  capacity: r.capacity,
  publishLeadDays: r.publish_lead_days,
  leaderRoles: r.leader_roles,
});
export const presentPlace = (p: PlaceRow) => ({
  id: p.id,
  orgId: p.org_id,
  name: p.name,
  address: p.address,
  hours: p.hours,
  accessibility: p.accessibility,
  mapUrl: p.map_url,
});

const placeColumns = (body: PlaceBody) => ({
  name: body.name,
  address: body.address,
  hours: body.hours,
  accessibility: body.accessibility,
  map_url: body.mapUrl,
});

/**
 * The body when the actor may plan for it, else undefined: it lies in the tree of the actor's own government, as a
 * petition bureau plans the reception days of its government, the departments and the townships under it.
 */
export async function orgInReach(db: Executor, actor: Actor, orgId: number): Promise<Org | undefined> {
  const org = await orgRecords.findById(db, orgId);
  return org?.active && org.path.startsWith((await scopeOf(db, actor.orgPath)).path) ? org : undefined;
}

const presentUnavailability = (u: UnavailabilityRow, leaderName: string) => ({
  id: u.id,
  leaderId: u.user_id,
  leaderName,
  from: u.from_date,
  to: u.to_date,
  kind: u.kind,
  note: u.note,
});

/** A body in the actor's reach that holds reception days, with its level; `field` names the request's field at fault. */
export async function receptionBody(
  db: Executor,
  actor: Actor,
  orgId: number,
  field = 'orgId',
): Promise<{ org: Org; level: ReceptionLevel }> {
  const org = await orgInReach(db, actor, orgId);
  if (!org) throw fieldError(field, '机构不存在或不在本机构管辖范围内');
  const level = RECEPTION_LEVEL_OF_KIND[org.kind];
  if (!level) throw fieldError(field, '该类机构不安排领导接访日（仅人民政府、信访部门、职能部门和乡镇街道）');
  return { org, level };
}

/** The leaders of a body for reception: its active users holding a role the level's rule counts. */
export async function leadersOf(db: Executor, org: Org, rule: ReceptionRule) {
  return (await repo.leaders(db, org.id, rule.leaderRoles)).map((u) => ({ id: u.id, name: u.display_name }));
}

/** 接访规则, 接访场所 and leaders' unavailability: what the quarter plans are made from. */
export function createReceptionSetupService({ db }: { db: Database }) {
  async function placeInScope(actor: Actor, id: number) {
    const place = await repo.place(db, id);
    if (!place || !(await orgInReach(db, actor, place.org_id))) throw new AppError('reception_place_not_found');
    return place;
  }

  return {
    async rules() {
      return (await repo.rules(db)).map((r) => ({ ...ruleOf(r), updatedAt: r.updated_at.toISOString() }));
    },

    async updateRule(actor: Actor, level: ReceptionLevel, body: RuleBody) {
      const row = await db.transaction().execute(async (trx) => {
        const before = ruleOf(await repo.rule(trx, level));
        const after = await repo.updateRule(trx, level, {
          cadence: body.cadence,
          weekdays: body.weekdays,
          per_week: body.perWeek,
          start_time: body.startTime,
          end_time: body.endTime,
          capacity: body.capacity,
          publish_lead_days: body.publishLeadDays,
          leader_roles: body.leaderRoles,
          updated_by: actor.userId,
        });
        await auditService.record(trx, actor, {
          action: 'reception.rule_updated',
          objectType: 'reception_rule',
          objectId: level,
          orgId: actor.orgId,
          before: { ...before },
          after: { ...ruleOf(after) },
        });
        return after;
      });
      return { ...ruleOf(row), updatedAt: row.updated_at.toISOString() };
    },

    /** The places a body's receptions may use: its own and those of the bodies above it. */
    async places(actor: Actor, orgId: number) {
      const org = await orgInReach(db, actor, orgId);
      if (!org) throw new AppError('org_not_found');
      return (await repo.placesFor(db, org.path)).map(presentPlace);
    },

    async createPlace(actor: Actor, body: PlaceBody) {
      const org = await orgInReach(db, actor, body.orgId);
      if (!org) throw fieldError('orgId', '机构不存在或不在本机构管辖范围内');
      const place = await db.transaction().execute(async (trx) => {
        const p = await repo.insertPlace(trx, { ...placeColumns(body), org_id: org.id });
        await auditService.record(trx, actor, {
          action: 'reception.place_created',
          objectType: 'reception_place',
          objectId: p.id,
          orgId: org.id,
          after: presentPlace(p),
        });
        return p;
      });
      return presentPlace(place);
    },

    async updatePlace(actor: Actor, id: number, body: PlaceBody) {
      const before = await placeInScope(actor, id);
      if (body.orgId !== before.org_id) throw fieldError('orgId', '场所所属机构不能更改，请在新机构下新建场所');
      const place = await db.transaction().execute(async (trx) => {
        const p = await repo.updatePlace(trx, id, placeColumns(body));
        await auditService.record(trx, actor, {
          action: 'reception.place_updated',
          objectType: 'reception_place',
          objectId: id,
          orgId: p.org_id,
          before: presentPlace(before),
          after: presentPlace(p),
        });
        return p;
      });
      return presentPlace(place);
    },

    /** Retired, not deleted: published slots keep naming it. */
    async removePlace(actor: Actor, id: number) {
      const before = await placeInScope(actor, id);
      await db.transaction().execute(async (trx) => {
        await repo.updatePlace(trx, id, { removed_at: new Date() });
        await auditService.record(trx, actor, {
          action: 'reception.place_removed',
          objectType: 'reception_place',
          objectId: id,
          orgId: before.org_id,
          before: presentPlace(before),
        });
      });
    },

    /** A body's leaders and their unavailability from a day on. */
    async unavailability(actor: Actor, orgId: number, from: string) {
      const { org, level } = await receptionBody(db, actor, orgId);
      const leaders = await leadersOf(db, org, ruleOf(await repo.rule(db, level)));
      const rows = await repo.unavailability(
        db,
        leaders.map((l) => l.id),
        from,
        '9999-12-31',
      );
      return {
        leaders,
        items: rows.map((u) => presentUnavailability(u, u.display_name)),
      };
    },

    async addUnavailability(actor: Actor, body: UnavailabilityBody) {
      const leader = (await repo.userNames(db, [body.leaderId]))[0];
      const org = leader && (await orgInReach(db, actor, leader.org_id));
      if (!leader || !org) throw fieldError('leaderId', '领导不存在或不在本机构管辖范围内');
      const row = await db.transaction().execute(async (trx) => {
        const u = await repo.insertUnavailability(trx, {
          user_id: body.leaderId,
          from_date: body.from,
          to_date: body.to,
          kind: body.kind,
          note: body.note,
          created_by: actor.userId,
        });
        await auditService.record(trx, actor, {
          action: 'reception.unavailability_added',
          objectType: 'leader_unavailability',
          objectId: u.id,
          orgId: org.id,
          after: { leaderId: body.leaderId, from: body.from, to: body.to, kind: body.kind, note: body.note },
        });
        return u;
      });
      return presentUnavailability(row, leader.display_name);
    },

    async removeUnavailability(actor: Actor, id: number) {
      const row = await repo.findUnavailability(db, id);
      const user = row && (await repo.userNames(db, [row.user_id]))[0];
      const org = user && (await orgInReach(db, actor, user.org_id));
      if (!row || !org) throw new AppError('reception_unavailability_not_found');
      await db.transaction().execute(async (trx) => {
        await repo.removeUnavailability(trx, id);
        await auditService.record(trx, actor, {
          action: 'reception.unavailability_removed',
          objectType: 'leader_unavailability',
          objectId: id,
          orgId: org.id,
          before: { leaderId: row.user_id, from: row.from_date, to: row.to_date, kind: row.kind },
        });
      });
    },
  };
}
export type ReceptionSetupService = ReturnType<typeof createReceptionSetupService>;
