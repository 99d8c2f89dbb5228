import type { DisputeAction } from '@xinfang/domain';
import { maskPhone } from '../../shared/identity.js';
import type { ClockDto } from '../deadlines/index.js';
import type { DisputeRow, disputesRepository } from './disputes.repository.js';
import type { DisputeDto } from './disputes.schema.js';

type Rows<K extends keyof typeof disputesRepository> = Awaited<ReturnType<(typeof disputesRepository)[K]>>;

const org = (id: number, name: string) => ({ id, name });

/** A row of the register. */
export function presentListItem(d: DisputeRow, partyNames: string[]) {
  return {
    id: d.id,
    number: d.number,
    title: d.title,
    kind: d.kind,
    status: d.status,
    org: org(d.org_id, d.org_name),
    registeredOrg: org(d.registered_org_id, d.registered_org_name),
    escalatedTo: d.escalated_to ? org(d.escalated_to, d.escalated_to_name!) : null,
    foundOn: d.found_on,
    parties: partyNames,
    createdAt: d.created_at,
  };
}

/** A dispute with everything that happened to it. */
export function presentDispute(p: {
  d: DisputeRow;
  parties: Rows<'parties'>;
  sessions: Rows<'sessions'>;
  agreement: Rows<'agreement'>;
  scan: { id: number; filename: string } | null;
  followUps: Rows<'followUps'>;
  reports: Rows<'reports'>;
  events: Rows<'events'>;
  clocks: ClockDto[];
  actions: DisputeAction[];
  escalationTargets: { id: number; name: string }[];
  sourcePetition: { id: number; number: string } | null;
  petition: { id: number; number: string } | null;
}): DisputeDto {
  const { d, parties, agreement: a } = p;
  const names = (ids: number[]) => ids.map((id) => parties.find((x) => x.id === id)?.name ?? '');
  return {
    ...presentListItem(
      d,
      parties.map((x) => x.name),
    ),
    version: d.version,
    source: d.source,
    facts: d.facts,
    regionCode: d.region_code,
    address: d.address,
    mediators: d.mediators,
    legalRoute: d.legal_route,
    sourcePetition: p.sourcePetition,
    petition: p.petition,
    partyList: parties.map((x) => ({
      id: x.id,
      kind: x.kind,
      name: x.name,
      // Shown masked; the full number only through the audited reveal (disputes.service.ts revealPhone).
      phone: maskPhone(x.phone),
      address: x.address,
      claim: x.claim,
      orgId: x.org_id,
    })),
    sessions: p.sessions.map((s) => ({
      id: s.id,
      heldOn: s.held_on,
      place: s.place,
      mediators: s.mediators,
      present: names(s.party_ids),
      note: s.note,
    })),
    agreement: a
      ? {
          id: a.id,
          concludedOn: a.concluded_on,
          terms: a.terms,
          performance: a.performance,
          signedBy: names(a.party_ids),
          mediators: a.mediators,
          scan: p.scan,
          followUpOn: a.follow_up_on,
          court: a.court,
          confirmedOn: a.confirmed_on,
        }
      : null,
    followUps: p.followUps.map((f) => ({ id: f.id, visitedOn: f.visited_on, result: f.result, note: f.note })),
    reports: p.reports.map((r) => ({
      id: r.id,
      org: org(r.org_id, r.org_name),
      issuedOn: r.issued_on,
      facts: r.facts,
      tried: r.tried,
      reason: r.reason,
      suggestion: r.suggestion,
    })),
    events: p.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      from: e.from_status,
      to: e.to_status,
      actor: e.actor_name,
      actorOrg: e.actor_org_name,
      at: e.at,
      payload: (e.payload ?? {}) as Record<string, unknown>,
    })),
    clocks: p.clocks,
    actions: p.actions,
    escalationTargets: p.escalationTargets,
  };
}
