import {
  chinaDate,
  CLOSED_DISPUTE_STATUSES,
  DISPUTE_LEGAL_ROUTE_ZH,
  type DisputeAction,
  type DisputeLegalRoute,
  type DisputeSource,
  type DisputeStatus,
} from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import { AppError, fieldError } from '../../errors.js';
import type { ClocksService } from '../deadlines/index.js';
import type { PetitionsService } from '../petitions/index.js';
import type { WorkflowListener, WorkflowService } from '../workflow/index.js';
import { DISPUTE_HANDLERS, escalationTargets, type EscalationRule } from './actions/index.js';
import { disputeTarget } from './disputes.lifecycle.js';
import { disputesPolicy, type DisputeFacts } from './disputes.policy.js';
import { presentDispute, presentListItem } from './disputes.presenter.js';
import { disputesRepository, type DisputeRow } from './disputes.repository.js';
import type { DisputeActionInput, DisputeListQuery, RegisterDisputeInput } from './disputes.schema.js';

/** The rows of a dispute its rules read (disputes.policy.ts) and its detail shows. */
async function rulesRows(executor: Executor, id: number, clocks: ClocksService) {
  const [reports, parties, events, clockList] = await Promise.all([
    disputesRepository.reports(executor, id),
    disputesRepository.parties(executor, id),
    disputesRepository.events(executor, id),
    clocks.forDispute(executor, id),
  ]);
  return { reports, parties, events, clocks: clockList };
}

/** The facts the rules read besides the status and the bodies, from the dispute's rows. */
function factsOf(d: DisputeRow, rows: Awaited<ReturnType<typeof rulesRows>>, now: Date): DisputeFacts {
  // A report counts once the holder issued it after it last took the dispute over.
  const heldSince = rows.events.findLast((e) => e.kind === 'takeOver')?.at;
  return {
    reportedByHolder: rows.reports.some((r) => r.org_id === d.org_id && (!heldSince || r.created_at >= heldSince)),
    holderIsParty: rows.parties.some((p) => p.org_id === d.org_id),
    mediationOverdue: rows.clocks.some((c) => c.key === 'mediation' && !c.stoppedAt && c.dueAt < now),
    handedFromPetition: d.source_petition_id !== null,
  };
}

/** A new dispute held by `orgId`: its number, parties, first event and audit record, in the caller's transaction. */
async function open(
  trx: Executor,
  actor: Actor,
  input: Omit<RegisterDisputeInput, 'source'> & { source: DisputeSource; orgId: number; sourcePetitionId: number | null },
): Promise<number> {
  const number = await disputesRepository.nextNumber(trx);
  const id = await disputesRepository.insert(trx, {
    number,
    org_id: input.orgId,
    registered_org_id: actor.orgId,
    held_by: [input.orgId],
    status: 'registered',
    kind: input.kind,
    source: input.source,
    title: input.title,
    facts: input.facts,
    region_code: input.regionCode,
    address: input.address,
    found_on: input.foundOn,
    source_petition_id: input.sourcePetitionId,
    source_org_id: input.sourcePetitionId ? actor.orgId : null,
    created_by: actor.userId,
  });
  await disputesRepository.insertParties(
    trx,
    input.parties.map((p, i) => ({
      dispute_id: id,
      position: i,
      kind: p.kind,
      name: p.name,
      phone: p.phone,
      address: p.address,
      claim: p.claim,
      org_id: p.orgId,
    })),
  );
  await disputesRepository.insertEvent(trx, {
    dispute_id: id,
    actor_id: actor.userId,
    actor_org_id: actor.orgId,
    kind: 'registered',
    from_status: null,
    to_status: 'registered',
    payload: { number, source: input.source, petitionId: input.sourcePetitionId },
  });
  await auditService.record(trx, actor, {
    action: 'dispute.registered',
    objectType: 'dispute',
    objectId: id,
    orgId: input.orgId,
    after: { number, kind: input.kind, title: input.title, parties: input.parties.length, petitionId: input.sourcePetitionId },
  });
  return id;
}

/**
 * 交由村（居）调解 (the workflow's requestMediation): opens the dispute at the village in the action's transaction, with
 * the part handed, its parties and the petition it came from. For createWorkflowService({ listeners }).
 */
export const mediationHandover: WorkflowListener = async (e) => {
  if (e.action !== 'requestMediation') return;
  const region = await disputesRepository.petitionPlace(e.trx, e.petitionId);
  await open(e.trx, e.actor, {
    kind: e.payload.kind,
    source: 'petition',
    title: e.payload.title,
    facts: e.payload.facts,
    regionCode: region.code,
    address: region.address,
    foundOn: chinaDate(e.at),
    parties: e.payload.parties,
    orgId: e.payload.orgId,
    sourcePetitionId: e.petitionId,
  });
};

/** What a handed dispute's outcome says on the petition's handling record, by the action that ended it. */
function resultOf(action: DisputeAction, d: DisputeRow, input: Record<string, unknown>) {
  if (action === 'agree') return { agreement: true, note: `${d.org_name}调解达成协议：${String(input.terms)}` };
  if (action === 'withdraw') return { agreement: false, note: `${d.org_name}：当事人撤回调解申请（${String(input.reason)}）` };
  if (action === 'close')
    return {
      agreement: false,
      note: `${d.org_name}调解不成，已告知当事人${d.legal_route ? DISPUTE_LEGAL_ROUTE_ZH[d.legal_route as DisputeLegalRoute] : '依法维权的途径'}`,
    };
  return null;
}

/** 矛盾纠纷: the register, its lifecycle (one action per transaction, as petitions'), the detail. */
export function createDisputesService({
  db,
  clocks,
  petitions,
  workflow,
  escalation,
}: {
  db: Database;
  clocks: ClocksService;
  petitions: PetitionsService;
  /** Records a handed dispute's result on its petition. */
  workflow: Pick<WorkflowService, 'recordMediationResultIn'>;
  escalation: EscalationRule;
}) {
  async function visible(actor: Actor, id: number, executor: Executor = db) {
    const d = await disputesRepository.findVisible(executor, actor, id);
    if (!d) throw new AppError('dispute_not_found');
    return d;
  }

  async function detail(actor: Actor, id: number, executor: Executor = db) {
    const d = await visible(actor, id, executor);
    const now = new Date();
    const [rows, sessions, agreement, followUps] = await Promise.all([
      rulesRows(executor, id, clocks),
      disputesRepository.sessions(executor, id),
      disputesRepository.agreement(executor, id),
      disputesRepository.followUps(executor, id),
    ]);
    const facts = factsOf(d, rows, now);
    const scan = agreement?.scan_id ? await disputesRepository.attachment(executor, agreement.scan_id) : null;
    const actions = disputesPolicy.allowed(actor, d, facts);
    return presentDispute({
      d,
      ...rows,
      sessions,
      agreement,
      scan: scan ?? null,
      followUps,
      actions,
      escalationTargets: actions.includes('escalate')
        ? (await escalationTargets(executor, d.org_id, escalation)).targets.map((o) => ({ id: o.id, name: o.name }))
        : [],
      sourcePetition: d.source_petition_id ? await disputesRepository.petitionRef(executor, d.source_petition_id) : null,
      petition: d.petition_id ? await disputesRepository.petitionRef(executor, d.petition_id) : null,
    });
  }

  /** One action in one transaction: lock, version, rules, handler, status, event, audit, clocks (as petitions'). */
  async function perform<A extends DisputeAction>(actor: Actor, id: number, action: A, input: DisputeActionInput<A>, now = new Date()) {
    return db.transaction().execute(async (trx) => {
      const d = await disputesRepository.lockVisible(trx, actor, id);
      if (!d) throw new AppError('dispute_not_found');
      if (d.version !== input.version) throw new AppError('dispute_version_conflict', { current: d.version });
      const facts = factsOf(d, await rulesRows(trx, id, clocks), now);
      disputesPolicy.assert(actor, d, facts, action);
      const out = await DISPUTE_HANDLERS[action]({ trx, actor, d, facts, clocks, petitions, escalation, now }, input);
      const to = disputeTarget(action, d.status, out.to);
      const closing = (CLOSED_DISPUTE_STATUSES as readonly DisputeStatus[]).includes(to);
      await disputesRepository.update(trx, id, { ...out.patch, status: to, ...(closing && !d.closed_at ? { closed_at: now } : {}) });
      await disputesRepository.insertEvent(trx, {
        dispute_id: id,
        actor_id: actor.userId,
        actor_org_id: actor.orgId,
        kind: action,
        from_status: d.status,
        to_status: to,
        payload: out.payload,
        at: now,
      });
      await auditService.record(trx, actor, {
        action: `dispute.${action}`,
        objectType: 'dispute',
        objectId: id,
        orgId: d.org_id,
        before: { status: d.status, version: d.version },
        after: { status: to, version: d.version + 1, ...out.payload },
      });
      if (out.clockEvents?.length) await clocks.onEvents(trx, { disputeId: id }, out.clockEvents, now, now);
      // A part handed from a petition: its outcome goes back as the petition's handling record, once.
      const result = d.source_petition_id && !d.reported_back_at ? resultOf(action, d, input) : null;
      if (result && (await workflow.recordMediationResultIn(trx, actor, d.source_petition_id!, { ...result, occurredOn: chinaDate(now) })))
        await disputesRepository.update(trx, id, { reported_back_at: now });
      return out.issued ?? null;
    });
  }

  return {
    /** 矛盾纠纷登记 by the actor's body (a village, a township, a grid worker's village). */
    async register(actor: Actor, input: RegisterDisputeInput) {
      if (input.foundOn > chinaDate(new Date())) throw fieldError('foundOn', '发现日期不能晚于今天');
      const id = await db.transaction().execute((trx) => open(trx, actor, { ...input, orgId: actor.orgId, sourcePetitionId: null }));
      return detail(actor, id);
    },

    /** The register: what the actor's body and those below hold or held, newest first. */
    async list(actor: Actor, q: DisputeListQuery) {
      const rows = await disputesRepository.list(db, actor, q);
      const page = rows.slice(0, q.limit);
      const parties = await disputesRepository.partiesOf(
        db,
        page.map((d) => d.id),
      );
      return {
        items: page.map((d) =>
          presentListItem(
            d,
            parties.filter((p) => p.dispute_id === d.id).map((p) => p.name),
          ),
        ),
        nextCursor: rows.length > q.limit ? page.at(-1)!.id : null,
      };
    },

    detail,

    /** A party's full phone for one person, for a stated reason, kept as an event of the dispute and in the audit trail. */
    async revealPhone(actor: Actor, id: number, partyId: number, reason: string) {
      return db.transaction().execute(async (trx) => {
        const d = await visible(actor, id, trx);
        const party = (await disputesRepository.parties(trx, id)).find((p) => p.id === partyId);
        if (!party) throw new AppError('not_found');
        await disputesRepository.insertEvent(trx, {
          dispute_id: id,
          actor_id: actor.userId,
          actor_org_id: actor.orgId,
          kind: 'personal_data_viewed',
          from_status: d.status,
          to_status: d.status,
          payload: { partyId, reason },
        });
        await auditService.record(trx, actor, {
          action: 'dispute.personal_data_viewed',
          objectType: 'dispute',
          objectId: id,
          orgId: d.org_id,
          after: { partyId, reason },
        });
        return { phone: party.phone };
      });
    },

    /** Takes one action on a dispute the actor sees, against the version they saw; the dispute as it now stands. */
    async act<A extends DisputeAction>(actor: Actor, id: number, action: A, input: DisputeActionInput<A>) {
      const issued = await perform(actor, id, action, input);
      return { dispute: await detail(actor, id), issued };
    },
  };
}
export type DisputesService = ReturnType<typeof createDisputesService>;
