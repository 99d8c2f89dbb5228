import {
  DISPUTE_ACTIONS,
  DISPUTE_STATUS_EN,
  DISPUTE_STATUS_ZH,
  type DisputeAction,
  type DisputeStatus,
  type Permission,
} from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { AppError, type Wording } from '../../errors.js';
import { DISPUTE_LIFECYCLE, DISPUTE_RELATIONS, DISPUTE_RELATION_ZH, type DisputeRelation } from './disputes.lifecycle.js';

/** What the rules read of a dispute. */
export interface PolicyDispute {
  status: DisputeStatus;
  org_id: number;
  org_name: string;
  escalated_to: number | null;
  escalated_to_name: string | null;
}

/** Facts the statuses and relations cannot express, read with the dispute (disputes.service.ts, `factsOf`). */
export interface DisputeFacts {
  /** The holding body issued a 处理报告 since it held the dispute: it may escalate. */
  reportedByHolder: boolean;
  /** The holding body is itself a party: it does not mediate its own dispute (it escalates it). */
  holderIsParty: boolean;
  /** The mediation's open clock is past its due time: only the parties' consent (an extension) lets it go on. */
  mediationOverdue: boolean;
  /** A part of a petition handed for mediation: it is a petition already. */
  handedFromPetition: boolean;
}

const relationTests: Record<DisputeRelation, (d: PolicyDispute, actor: Actor) => boolean> = {
  holder: (d, a) => d.org_id === a.orgId,
  escalatedTo: (d, a) => d.escalated_to === a.orgId,
};
const namesOf: Record<DisputeRelation, (d: PolicyDispute) => string | null> = {
  holder: (d) => d.org_name,
  escalatedTo: (d) => d.escalated_to_name,
};

/** A guard per action that needs one: the fact that must hold, and what the refusal says when it does not. */
const GUARDS: Partial<Record<DisputeAction, { holds: (f: DisputeFacts) => boolean; wording: Wording }>> = {
  mediate: {
    holds: (f) => !f.holderIsParty,
    wording: {
      zh: '本单位是该纠纷的一方当事人，不能自行调解，请出具处理报告后上报上级。',
      en: 'Your body is a party to this dispute and cannot mediate it; issue a report and escalate it.',
    },
  },
  recordSession: {
    holds: (f) => !f.mediationOverdue,
    wording: {
      zh: '调解已超过期限，须经当事人同意延长调解期限后才能继续调解。',
      en: 'The mediation is past its time limit; it goes on only once the parties consent to an extension.',
    },
  },
  agree: {
    holds: (f) => !f.mediationOverdue,
    wording: {
      zh: '调解已超过期限，须经当事人同意延长调解期限后才能达成协议。',
      en: 'The mediation is past its time limit; an agreement needs the parties’ consent to an extension first.',
    },
  },
  toPetition: {
    holds: (f) => !f.handedFromPetition,
    wording: {
      zh: '该纠纷是信访事项中交由调解的部分，已在信访事项中办理，不能再转为信访事项。',
      en: 'This dispute is a part of a petition handed for mediation: it is handled within that petition already.',
    },
  },
  escalate: {
    holds: (f) => f.reportedByHolder,
    wording: {
      zh: '上报前请先出具处理报告，写明查明的事实、已做的工作和未能化解的原因。',
      en: 'Issue a processing report (facts, what was tried, why not settled) before escalating.',
    },
  },
};

type Refusal = { reason: 'status' | 'body' | 'state'; wording: Wording };

const quoted = (s: DisputeStatus) => `“${DISPUTE_STATUS_ZH[s]}”`;

function refusal(action: DisputeAction, d: PolicyDispute, f: DisputeFacts, actor: Actor): Refusal | null {
  const who = DISPUTE_LIFECYCLE[action].who;
  const inStatus = who.filter((w) => w.from.includes(d.status));
  if (!inStatus.length) {
    const allowed = [...new Set(who.flatMap((w) => w.from))];
    return {
      reason: 'status',
      wording: {
        zh: `当前状态为${quoted(d.status)}，此操作仅在${allowed.map(quoted).join('、')}时可进行。`,
        en: `The dispute is “${DISPUTE_STATUS_EN[d.status]}”; this action is taken only when it is ${allowed.map((s) => `“${DISPUTE_STATUS_EN[s]}”`).join(', ')}.`,
      },
    };
  }
  if (!inStatus.some((w) => relationTests[w.by](d, actor))) {
    const zh = inStatus.map((w) => `${DISPUTE_RELATION_ZH[w.by]}（${namesOf[w.by](d) ?? ''}）`);
    const en = inStatus.map((w) => `${DISPUTE_RELATIONS[w.by]}: ${namesOf[w.by](d) ?? ''}`);
    return { reason: 'body', wording: { zh: `此操作由${zh.join('或')}进行。`, en: `This action is for ${en.join(' or ')}.` } };
  }
  const guard = GUARDS[action];
  if (guard && !guard.holds(f)) return { reason: 'state', wording: guard.wording };
  return null;
}

const hasAny = (actor: Actor, perms: readonly Permission[]) => perms.some((p) => actor.permissions.includes(p));

export const disputesPolicy = {
  /** The actions this actor may take on the dispute now (the UI's buttons). */
  allowed(actor: Actor, d: PolicyDispute, f: DisputeFacts): DisputeAction[] {
    return DISPUTE_ACTIONS.filter((a) => hasAny(actor, DISPUTE_LIFECYCLE[a].permission) && refusal(a, d, f, actor) === null);
  },

  /** 403 when the role never takes the action; 409 when the status, the body or a fact does not allow it now. */
  assert(actor: Actor, d: PolicyDispute, f: DisputeFacts, action: DisputeAction) {
    if (!hasAny(actor, DISPUTE_LIFECYCLE[action].permission)) throw new AppError('forbidden');
    const r = refusal(action, d, f, actor);
    if (r) throw new AppError('dispute_action_not_allowed', { action, status: d.status, reason: r.reason }, r.wording);
  },
};
