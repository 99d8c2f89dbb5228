import { addDays, chinaDate, chinaDateTime, longDate, RECEPTION_LEVEL_OF_KIND, SCHEDULED_RECORD_KINDS } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { actorOfUser } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { decodeCursor, encodeCursor } from '../../shared/cursor.js';
import { type DocumentPlan, type DocumentsService, ROUTE_PHRASES, sentence } from '../documents/index.js';
import { orgRecords } from '../orgs/index.js';
import { petitionRecords, type PetitionsService } from '../petitions/index.js';
import type { WorkflowService } from '../workflow/index.js';
import { scopeOf } from '../workflow/index.js';
import { presentRecords } from './reception.records.present.js';
import { receptionRecordsRepository as repo } from './reception.records.repository.js';
import { fail, instructionText, petitionersOf, readdressed } from './reception.records.rules.js';
import { linkArrivals, receiveArrivals, slotArrivals } from './reception.records.visits.js';
import type { MatterInput, RecordBody, RecordEditBody, RecordsQuery, VisitorEditInput, VisitorInput } from './reception.records.schema.js';
import { receptionRepository } from './reception.repository.js';
import { ruleOf } from './reception.service.js';

const PAGE_SIZE = 50;
const MAX_SPEAKERS = 5;

/** What every matter of a record is saved with: who records, the leader who instructs, the record, its channel. */
interface MatterContext {
  actor: Actor;
  leader: Actor;
  body: RecordBody;
  channel: 'visit' | 'video';
  /** The leaders' names, for the visitor's notice. */
  leaderNames: string;
}

/**
 * 接访记录: a reception (on a slot or not), joint reception, outreach or 约访 with its visitors and the matters raised.
 * Each matter becomes a petition through the normal registration (channel 走访, or 视频 for a video slot) or is linked
 * to one; an assigned matter is 交办 to its body with the deadline and gets the leader's instruction as 批示 (the
 * workflow's own actions, so the 交办单 and notices follow as for any 交办); a legal-route matter is declined with the
 * route (the 不予受理告知书 follows). One transaction per save: any failure leaves nothing.
 */
export function createReceptionRecordsService({
  db,
  petitions,
  workflow,
  documents,
}: {
  db: Database;
  petitions: PetitionsService;
  workflow: WorkflowService;
  documents: DocumentsService;
}) {
  /** The leaders as acting users, each checked: known, active, within the actor's government, a leader by the rules. */
  async function leadersOf(trx: Executor, actor: Actor, ids: number[]) {
    const users = await repo.users(trx, ids);
    const scope = (await scopeOf(trx, actor.orgPath)).path;
    const rules = new Map((await receptionRepository.rules(trx)).map((r) => [r.level, ruleOf(r)]));
    return Promise.all(
      ids.map(async (id) => {
        const u = users.find((x) => x.id === id);
        if (!u || !u.active || !u.org_path.startsWith(scope))
          throw fail('reception_leader_unknown', 'leaderIds', '接访领导不存在、已停用或不在本机构管辖范围内');
        const org = await orgRecords.findById(trx, u.org_id);
        const level = org && RECEPTION_LEVEL_OF_KIND[org.kind];
        const rule = level && rules.get(level);
        if (!rule || !u.roles.some((r) => rule.leaderRoles.includes(r)))
          throw fail('reception_not_leader', 'leaderIds', `${u.display_name}不是接访规则中计为领导的人员`);
        return u;
      }),
    );
  }

  async function assertOrgs(trx: Executor, ids: number[], path: string) {
    const found = await orgRecords.findManyByIds(trx, ids);
    if (ids.some((id) => !found.find((o) => o.id === id && o.active))) throw fail('reception_org_unknown', path, '机构不存在或已停用');
  }

  /**
   * Registers or links one matter, then routes it as decided; returns the matter's petition and, when new, its code.
   * Its errors name fields within the matter (the caller re-addresses them).
   */
  async function saveMatter(trx: Executor, r: MatterContext, m: MatterInput) {
    const { actor, leader, body } = r;
    if (m.orgId) await assertOrgs(trx, [m.orgId], 'orgId');
    if (m.dueDate && m.dueDate < chinaDate(new Date())) throw fail('reception_due_past', 'dueDate', '办理期限不能早于今天');
    let petitionId: number;
    let queryCode: string | null = null;
    if (m.petitionId) {
      if (!(await petitionRecords.findVisible(trx, actor, m.petitionId)))
        throw fail('reception_petition_unknown', 'petitionId', '要关联的信访事项不存在或不在本机构查看范围内');
      petitionId = m.petitionId;
    } else {
      const registered = await petitions.registerIn(
        trx,
        actor,
        {
          channel: r.channel,
          receivedAt: body.heldAt,
          type: m.type!,
          categoryId: m.categoryId,
          title: m.title,
          content: m.content,
          placeRegionCode: null,
          placeAddress: null,
          personsCount: body.visitors.length,
          involvedCount: 0,
          accusedPerson: m.accusedPerson,
          accusedOrgId: m.accusedOrgId,
          accusedOrgNone: m.accusedOrgNone,
          anonymous: false,
          confidential: false,
          skipLevel: false,
          litigation: m.decision === 'legal_route' && m.legalRoute === 'litigation',
          majorUrgent: false,
          petitioners: petitionersOf(body.visitors),
          attachmentIds: [],
          repeatOfId: null,
          externalId: null,
          newFacts: null,
        },
        { strict: true, source: 'form' },
      );
      petitionId = registered.id;
      queryCode = registered.queryCode;
    }
    const version = async () => (await repo.petitionVersion(trx, petitionId)).version;
    // A linked petition is already on its way: the leader's instruction reaches its handling chain; routing it again is its handlers' call.
    if (m.decision === 'assigned' && !m.petitionId)
      await workflow.actIn(trx, actor, petitionId, 'assign', {
        version: await version(),
        toOrgId: m.orgId!,
        requirements: m.instruction,
        dueDate: m.dueDate,
      });
    if (m.decision === 'assigned')
      await workflow.actIn(trx, leader, petitionId, 'instruct', { version: await version(), text: instructionText(m) });
    if (m.decision === 'legal_route' && !m.petitionId)
      await workflow.actIn(trx, actor, petitionId, 'decline', {
        version: await version(),
        route: m.legalRoute,
        routeOrgId: null,
        reason: m.instruction,
      });
    const issued = await documents.issueForReception(trx, actor, petitionId, await documentPlans(trx, petitionId, body, m, r.leaderNames));
    return { petitionId, queryCode, documentIds: m.petitionId ? issued : await repo.documentIds(trx, petitionId) };
  }

  /**
   * The visitor's 领导接访告知书 of a matter (a new petition's 交办单 comes with its 交办). An assigned matter names the
   * body handling it: the one it was 交办 to, or the one a linked petition is with.
   */
  async function documentPlans(trx: Executor, petitionId: number, body: RecordBody, m: MatterInput, leaderNames: string) {
    const handler =
      m.decision !== 'assigned'
        ? ''
        : m.orgId
          ? (await orgRecords.findById(trx, m.orgId))!.name
          : await repo.lastInstructedBody(trx, petitionId);
    const dueDate = m.dueDate ? `，于${longDate(m.dueDate)}前办结并答复你` : '，办结后答复你';
    const decision = {
      solved: `当场解决：${sentence(m.instruction)}`,
      assigned: `交由${handler}办理${dueDate}。领导批示：${sentence(m.instruction)}`,
      legal_route: `${sentence(m.instruction)}该事项依法应当通过法定途径解决，请你${ROUTE_PHRASES[m.legalRoute ?? 'other']}。`,
    }[m.decision];
    const notice: DocumentPlan = {
      kind: 'reception_notice',
      values: {
        receptionDate: longDate(chinaDate(body.heldAt)),
        receptionPlace: body.place ?? '',
        leaders: leaderNames,
        leaderDecision: decision,
      },
    };
    return [notice];
  }

  function assertSpeakers(visitors: VisitorInput[]) {
    const speakers = visitors.filter((v) => v.isRepresentative).length;
    if (speakers > MAX_SPEAKERS) throw fail('representatives_exceeded', 'visitors', `已标记 ${speakers} 名代表，最多 ${MAX_SPEAKERS} 名`);
  }

  /** Kept visitors come back from the masked view: a masked value means "unchanged". */
  async function unmasked(trx: Executor, recordId: number, visitors: VisitorEditInput[]): Promise<VisitorInput[]> {
    const stored = await repo.visitors(trx, [recordId]);
    return visitors.map(({ id, ...v }, i) => {
      if (id === undefined) return v;
      const s = stored.find((x) => x.id === id);
      if (!s) throw fail('reception_visitor_unknown', `visitors.${i}`, '该来访人不在本接访记录中（可能已被他人更正），请刷新后重试');
      return { ...v, idNumber: v.idNumber?.includes('*') ? s.id_number : v.idNumber, phone: v.phone?.includes('*') ? s.phone : v.phone };
    });
  }

  const visitorRows = (recordId: number, visitors: VisitorInput[]) =>
    visitors.map((v, i) => ({
      record_id: recordId,
      position: i,
      name: v.name,
      id_type: v.idType,
      id_number: v.idNumber,
      phone: v.phone,
      is_representative: v.isRepresentative,
    }));

  async function get(actor: Actor, id: number) {
    const row = await repo.find(db, id, actor.orgPath, actor.userId);
    if (!row) throw new AppError('reception_record_not_found');
    return (await presentRecords(db, [row]))[0]!;
  }

  return {
    get,
    arrivals: (actor: Actor, slotId: number) => slotArrivals(db, actor, slotId),

    /**
     * What a record is made from: the leaders of the actor's government tree (by the reception rules) and the
     * published slots of the last two weeks and the next half year.
     */
    async options(actor: Actor) {
      const scope = (await scopeOf(db, actor.orgPath)).path;
      const rules = new Map((await receptionRepository.rules(db)).map((r) => [r.level, ruleOf(r)]));
      const users = await repo.usersUnder(db, scope);
      const leaders = users.filter((u) => {
        const level = RECEPTION_LEVEL_OF_KIND[u.org_kind];
        return level && u.roles.some((r) => rules.get(level)?.leaderRoles.includes(r));
      });
      const today = chinaDate(new Date());
      const slots = await repo.publishedSlotsUnder(db, scope, addDays(today, -14), addDays(today, 183));
      const nameOf = (id: number) => users.find((u) => u.id === id)?.display_name ?? '';
      return {
        leaders: leaders.map((u) => ({ id: u.id, name: u.display_name, orgName: u.org_name })),
        slots: slots.map((s) => ({
          id: s.id,
          startsAt: s.starts_at.toISOString(),
          label: `${chinaDateTime(s.starts_at)}—${chinaDateTime(s.ends_at).slice(11)} ${s.org_name} ${s.place_name}`,
          placeName: s.place_name,
          mode: s.mode,
          leaders: s.leader_ids.map((id) => ({ id, name: nameOf(id) })),
        })),
      };
    },

    /** Corrects the record's own facts (place, bodies present, visitors, what was raised, counsel); audited. */
    async update(actor: Actor, id: number, body: RecordEditBody) {
      assertSpeakers(body.visitors);
      await db.transaction().execute(async (trx) => {
        const before = await repo.lockRecord(trx, id, actor.orgPath);
        if (!before) throw new AppError('reception_record_not_found');
        if (before.version !== body.version) throw new AppError('version_conflict', { current: before.version });
        await assertOrgs(trx, body.presentOrgIds, 'presentOrgIds');
        await repo.updateRecord(trx, id, {
          place: body.place,
          present_org_ids: body.presentOrgIds,
          raised: body.raised,
          counsel: body.counsel,
          updated_by: actor.userId,
        });
        const visitors = await unmasked(trx, id, body.visitors);
        await repo.retireVisitors(trx, id);
        await repo.insertVisitors(trx, visitorRows(id, visitors));
        await auditService.record(trx, actor, {
          action: 'reception.record_updated',
          objectType: 'reception_record',
          objectId: id,
          orgId: before.org_id,
          before: { place: before.place, presentOrgIds: before.present_org_ids, raised: before.raised, counsel: before.counsel },
          after: {
            place: body.place,
            presentOrgIds: body.presentOrgIds,
            raised: body.raised,
            counsel: body.counsel,
            visitors: body.visitors.length,
          },
        });
      });
      return get(actor, id);
    },

    /** A page of records, newest first, and the cursor of the next page (null on the last). */
    async list(actor: Actor, { cursor, ...q }: RecordsQuery) {
      const after = cursor ? decodeCursor<[number, number]>(cursor, [2]) : undefined;
      const filter = q.mine ? { ...q, scopePath: null, leaderId: actor.userId } : { ...q, scopePath: actor.orgPath };
      const rows = await repo.list(db, { ...filter, after }, PAGE_SIZE + 1);
      const page = rows.slice(0, PAGE_SIZE);
      const last = page.at(-1);
      return {
        items: await presentRecords(db, page),
        nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor([last.held_at.getTime(), last.id]) : null,
      };
    },

    async create(actor: Actor, body: RecordBody) {
      assertSpeakers(body.visitors);
      const { id, queryCodes } = await db.transaction().execute(async (trx) => {
        const leaders = await leadersOf(trx, actor, body.leaderIds);
        await assertOrgs(trx, body.presentOrgIds, 'presentOrgIds');
        const slot = body.slotId ? await repo.publishedSlot(trx, body.slotId) : undefined;
        if (body.slotId && !slot) throw fail('reception_slot_not_found', 'slotId', '接访安排不存在或尚未公布');
        const { visitors, visitIds } = await receiveArrivals(trx, actor, slot, body.visitors);
        if (body.petitionId && !(await petitionRecords.findVisible(trx, actor, body.petitionId)))
          throw fail('reception_petition_unknown', 'petitionId', '要关联的信访事项不存在或不在本机构查看范围内');
        const ownership = body.petitionId ? await repo.ownership(trx, body.petitionId, body.leaderIds) : undefined;
        const day = chinaDate(body.heldAt);
        const scheduled = SCHEDULED_RECORD_KINDS.includes(body.kind) ? await repo.scheduledOn(trx, body.leaderIds, day) : null;
        const place = body.place ?? slot!.place_name;
        const leaderNames = leaders.map((l) => l.display_name).join('、');
        const { id } = await repo.insertRecord(trx, {
          org_id: actor.orgId,
          kind: body.kind,
          slot_id: body.slotId,
          held_at: body.heldAt,
          place,
          leader_ids: body.leaderIds,
          present_org_ids: body.presentOrgIds,
          raised: body.raised,
          counsel: body.counsel,
          petition_id: body.petitionId,
          ownership_id: ownership?.id ?? null,
          // On the slot recorded, or on another published slot that day.
          unscheduled: scheduled ? body.leaderIds.some((l) => !scheduled.has(l) && !slot?.leader_ids.includes(l)) : false,
          created_by: actor.userId,
          updated_by: actor.userId,
        });
        await repo.insertVisitors(trx, visitorRows(id, visitors));
        await linkArrivals(trx, id, visitIds);
        const leader = actorOfUser(leaders[0]!, { ip: actor.ip, requestId: actor.requestId });
        const channel = slot?.mode === 'video' ? 'video' : 'visit';
        const queryCodes: { petitionId: number; queryCode: string }[] = [];
        for (const [i, m] of body.matters.entries()) {
          const path = `matters.${i}`;
          const saved = await saveMatter(trx, { actor, leader, body: { ...body, place, visitors }, channel, leaderNames }, m).catch(
            (err: unknown) => {
              throw readdressed(err, path);
            },
          );
          if (saved.queryCode) queryCodes.push({ petitionId: saved.petitionId, queryCode: saved.queryCode });
          await repo.insertMatter(trx, {
            record_id: id,
            position: i,
            title: m.title,
            decision: m.decision,
            instruction: m.instruction,
            org_id: m.orgId,
            due_date: m.dueDate,
            legal_route: m.legalRoute,
            petition_id: saved.petitionId,
            registered: !m.petitionId,
            document_ids: saved.documentIds,
          });
        }
        await auditService.record(trx, actor, {
          action: 'reception.record_created',
          objectType: 'reception_record',
          objectId: id,
          orgId: actor.orgId,
          after: {
            kind: body.kind,
            slotId: body.slotId,
            heldAt: body.heldAt.toISOString(),
            leaderIds: body.leaderIds,
            presentOrgIds: body.presentOrgIds,
            visitors: body.visitors.length,
            visitIds,
            petitionId: body.petitionId,
            ownershipId: ownership?.id ?? null,
            matters: body.matters.map((m) => ({ decision: m.decision, orgId: m.orgId, dueDate: m.dueDate })),
          },
        });
        return { id, queryCodes };
      });
      const record = await get(actor, id);
      return {
        record,
        queryCodes: queryCodes.map((c) => ({
          ...c,
          number: record.matters.find((m) => m.petition.id === c.petitionId)!.petition.number,
        })),
      };
    },
  };
}
export type ReceptionRecordsService = ReturnType<typeof createReceptionRecordsService>;
