import {
  addDays,
  chinaDate,
  type DisputeKind,
  type DisputeLegalRoute,
  type DisputePartyKind,
  type DisputeSource,
  type FollowUpResult,
  type Channel,
  type PetitionType,
} from '@xinfang/domain';
import type { Dispute, DisputeActionBodies, RegisterDisputeInput } from './api/disputes';

/** 矛盾纠纷: form values → request bodies (pure, unit-tested in model.test.ts). */

export interface PartyRow {
  kind: DisputePartyKind;
  name?: string;
  phone?: string;
  address?: string;
  claim?: string;
}

export interface RegistrationValues {
  kind?: DisputeKind;
  source: Exclude<DisputeSource, 'petition'>;
  title?: string;
  facts?: string;
  regionCode?: string | null;
  address?: string;
  /** YYYY-MM-DD (a native date field: the phone's own picker). */
  foundOn: string;
  parties: PartyRow[];
}

/** The registration form's fields, for server errors on them. */
export const REGISTRATION_FIELDS = ['kind', 'source', 'title', 'facts', 'regionCode', 'address', 'foundOn', 'parties'] as const;

export const emptyParty = (): PartyRow => ({ kind: 'person' });

/** A fresh form: found today (China time), one party row to start with. */
export function emptyRegistration(now: Date = new Date()): RegistrationValues {
  return { source: 'resident', foundOn: chinaDate(now), parties: [emptyParty(), emptyParty()] };
}

const text = (v: string | null | undefined): string => (v ?? '').trim();
const optional = (v: string | null | undefined): string | null => text(v) || null;

/** The registration as sent: trimmed, empty optional fields as null, rows left wholly empty dropped. */
export function toRegisterInput(v: RegistrationValues): RegisterDisputeInput {
  const parties = v.parties
    .filter((p) => text(p.name) || text(p.claim) || text(p.phone) || text(p.address))
    .map((p) => ({ kind: p.kind, name: text(p.name), phone: optional(p.phone), address: optional(p.address), claim: text(p.claim) }));
  return {
    kind: v.kind as DisputeKind,
    source: v.source,
    title: text(v.title),
    facts: text(v.facts),
    regionCode: v.regionCode ?? '',
    address: text(v.address),
    foundOn: v.foundOn,
    parties,
  };
}

/** A draft read back: whatever shape it had, the form gets the fields it knows (a party row at least). */
export function reviveRegistration(stored: Record<string, unknown>): RegistrationValues {
  const base = emptyRegistration();
  const parties = Array.isArray(stored.parties) ? (stored.parties as PartyRow[]).map((p) => ({ ...emptyParty(), ...p })) : base.parties;
  return { ...base, ...(stored as Partial<RegistrationValues>), parties: parties.length ? parties : base.parties };
}

/** Names typed one per line or separated by 、，, into a list. */
export function splitNames(v: string | null | undefined): string[] {
  return text(v)
    .split(/[\n,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every action form's values (one flat record: each action reads its own fields). */
export interface ActionValues {
  mediators?: string;
  heldOn?: string;
  place?: string;
  partyIds?: number[];
  note?: string;
  days?: number;
  consent?: string;
  concludedOn?: string;
  terms?: string;
  performance?: string;
  followUpOn?: string;
  legalRoute?: DisputeLegalRoute;
  reason?: string;
  facts?: string;
  tried?: string;
  suggestion?: string;
  toOrgId?: number;
  visitedOn?: string;
  result?: FollowUpResult;
  nextFollowUpOn?: string;
  court?: string;
  confirmedOn?: string;
  channel?: Channel;
  type?: PetitionType;
  mainIdNumber?: string;
  /** The signed agreement's scan, uploaded first (POST /api/attachments). */
  scanId?: number | null;
}

/** The first values of an action's form, from the dispute shown. */
export function actionDefaults(action: keyof DisputeActionBodies, d: Dispute, now: Date = new Date()): ActionValues {
  const today = chinaDate(now);
  const mediators = d.mediators.join('、') || undefined;
  const everyone = d.partyList.map((p) => p.id);
  switch (action) {
    case 'mediate':
      return { mediators };
    case 'recordSession':
      return { heldOn: today, mediators, partyIds: everyone };
    case 'extendMediation':
      return { days: 15 };
    case 'agree':
      return { concludedOn: today, mediators, partyIds: everyone, followUpOn: addDays(today, 30) };
    case 'followUp':
      return { visitedOn: today };
    case 'confirmJudicially':
      return { confirmedOn: today };
    case 'escalate':
      return { toOrgId: d.escalationTargets[0]?.id };
    case 'toPetition':
      return { channel: 'visit', type: 'appeal', partyIds: d.partyList.slice(0, 1).map((p) => p.id) };
    case 'disagree':
    case 'withdraw':
    case 'report':
    case 'takeOver':
    case 'close':
      return {};
  }
}

/** An action's body from its form's values, with the version of the dispute the form was opened on. */
export function toActionBody<A extends keyof DisputeActionBodies>(action: A, v: ActionValues, version: number): DisputeActionBodies[A] {
  const ids = v.partyIds ?? [];
  const body = ((): Record<string, unknown> => {
    switch (action) {
      case 'mediate':
        return { mediators: splitNames(v.mediators) };
      case 'recordSession':
        return { heldOn: v.heldOn, place: text(v.place), mediators: splitNames(v.mediators), partyIds: ids, note: text(v.note) };
      case 'extendMediation':
        return { days: Number(v.days), consent: text(v.consent) };
      case 'agree':
        return {
          concludedOn: v.concludedOn,
          terms: text(v.terms),
          performance: text(v.performance),
          partyIds: ids,
          mediators: splitNames(v.mediators),
          scanId: v.scanId ?? null,
          followUpOn: v.followUpOn,
        };
      case 'disagree':
        return { legalRoute: v.legalRoute, reason: text(v.reason) };
      case 'withdraw':
        return { reason: text(v.reason) };
      case 'report':
        return { facts: text(v.facts), tried: text(v.tried), reason: text(v.reason), suggestion: text(v.suggestion) };
      case 'escalate':
        return { toOrgId: v.toOrgId ?? null, reason: text(v.reason) };
      case 'followUp':
        return {
          visitedOn: v.visitedOn,
          result: v.result,
          note: text(v.note),
          nextFollowUpOn: v.result === 'partly' ? optional(v.nextFollowUpOn) : null,
        };
      case 'confirmJudicially':
        return { court: text(v.court), confirmedOn: v.confirmedOn };
      case 'toPetition':
        return { channel: v.channel, type: v.type, petitionerPartyIds: ids, mainIdNumber: optional(v.mainIdNumber) };
      case 'close':
        return { note: optional(v.note) };
      case 'takeOver':
        return {};
    }
  })();
  return { version, ...body } as DisputeActionBodies[A];
}

/** Where a server error's field path lands in an action form (the server's names → the form's). */
export const ACTION_FIELD_OF: Record<string, string> = { petitionerPartyIds: 'partyIds' };
