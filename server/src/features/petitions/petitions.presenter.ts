import type { PetitionStatus } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { workflowPolicy } from '../workflow/workflow.policy.js';
import { presentWorkflow } from '../workflow/workflow.presenter.js';
import type { WorkflowRows } from '../workflow/workflow.repository.js';
import type { Selectable } from 'kysely';
import type { AttachmentTable, PetitionerTable } from '../../db/types.js';
import { maskEmail, maskIdNumber, maskName, maskPhone } from '../../shared/identity.js';
import { snippet } from '../../shared/search.js';
import type { ClockDto } from '../deadlines/clocks.service.js';
import { regionsService } from '../regions/regions.service.js';
import { petitionPolicy } from './petitions.policy.js';
import type { petitionsRepository } from './petitions.repository.js';
import type { PetitionDetailDto, PetitionListItemDto } from './petitions.schema.js';

type ListRow = Awaited<ReturnType<typeof petitionsRepository.list>>[number];
type DetailRow = NonNullable<Awaited<ReturnType<typeof petitionsRepository.findVisible>>>;
type Ref = { id: number; number: string; title: string };

const regionName = (code: string | null) => (code ? (regionsService.find(code)?.fullName ?? null) : null);

function flags(
  p: Pick<
    ListRow,
    | 'persons_count'
    | 'repeat_of_id'
    | 'first_time'
    | 'merged_into_id'
    | 'skip_level'
    | 'litigation'
    | 'major_urgent'
    | 'confidential'
    | 'anonymous'
  >,
) {
  return {
    group: p.persons_count >= 5,
    repeat: p.repeat_of_id !== null,
    firstTime: p.first_time,
    merged: p.merged_into_id !== null,
    skipLevel: p.skip_level,
    litigation: p.litigation,
    majorUrgent: p.major_urgent,
    confidential: p.confidential,
    anonymous: p.anonymous,
  };
}

/** A petitioner as everyone sees it: identity numbers and phones masked, names too when confidential. */
export function presentPetitioner(s: Selectable<PetitionerTable>, confidential: boolean) {
  return {
    id: s.id,
    kind: s.kind as 'person' | 'org',
    name: confidential ? maskName(s.name) : s.name,
    idType: s.id_type as never,
    idNumber: maskIdNumber(s.id_number),
    phone: maskPhone(s.phone),
    address: confidential ? null : s.address,
    regionCode: s.region_code,
    regionName: regionName(s.region_code),
    employer: confidential ? null : s.employer,
    isMain: s.is_main,
    isRepresentative: s.is_representative,
    email: maskEmail(s.email),
    notifySms: s.notify_sms,
    notifyEmail: s.notify_email,
    masked: true,
  };
}

/** A row of the work list. */
export function presentListItem(p: ListRow, terms: string[], clocks: ClockDto[] = []): PetitionListItemDto {
  const open = clocks.filter((c) => !c.stoppedAt).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return {
    id: p.id,
    number: p.number,
    title: p.title,
    channel: p.channel as never,
    type: p.type as never,
    status: p.status as never,
    receivedAt: p.received_at,
    registeredAt: p.created_at,
    org: { id: p.org_id, name: p.org_name },
    category: p.category_id ? { id: p.category_id, path: p.category_path! } : null,
    placeRegionName: regionName(p.place_region_code),
    mainPetitioner: p.main_name ? { name: p.confidential ? maskName(p.main_name) : p.main_name, phone: maskPhone(p.main_phone) } : null,
    personsCount: p.persons_count,
    flags: flags(p),
    deadline: open[0] ?? null,
    snippet: terms.length ? (snippet(p.content, terms) ?? snippet(p.title, terms)) : null,
  };
}

/** Everything registered about one petition, as the actor may see it. */
export function presentDetail(
  actor: Actor,
  p: DetailRow,
  extra: {
    petitioners: Selectable<PetitionerTable>[];
    attachments: Selectable<AttachmentTable>[];
    events: {
      id: number;
      at: Date;
      kind: string;
      actor_name: string | null;
      org_name: string | null;
      from_status: PetitionStatus | null;
      to_status: PetitionStatus | null;
      payload: unknown;
    }[];
    clocks: ClockDto[];
    workflow: WorkflowRows;
    repeatOf: Ref | undefined;
    repeats: Ref[];
    mergedInto: Ref | undefined;
    mergedFrom: Ref[];
  },
): PetitionDetailDto {
  const main = extra.petitioners.find((s) => s.is_main);
  return {
    ...presentListItem({ ...p, title_hit: false, main_name: main?.name ?? null, main_phone: main?.phone ?? null }, [], extra.clocks),
    content: p.content,
    placeRegionCode: p.place_region_code,
    placeAddress: p.place_address,
    involvedCount: p.involved_count,
    accusedPerson: p.accused_person,
    accusedOrg: p.accused_org_id ? { id: p.accused_org_id, name: p.accused_org_name! } : null,
    accusedOrgUnknown: p.accused_org_unknown,
    petitioners: extra.petitioners.map((s) => presentPetitioner(s, p.confidential)),
    attachments: extra.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      mime: a.mime,
      size: a.size,
      sha256: a.sha256,
      uploadedAt: a.uploaded_at,
    })),
    repeatOf: extra.repeatOf ?? null,
    repeats: extra.repeats,
    mergedInto: extra.mergedInto ?? null,
    mergedFrom: extra.mergedFrom,
    newConfirmed: p.new_confirmed,
    externalId: p.external_id,
    clocks: extra.clocks,
    events: extra.events.map((e) => ({
      id: e.id,
      at: e.at,
      kind: e.kind,
      actorName: e.actor_name,
      orgName: e.org_name,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      payload: e.payload,
    })),
    abilities: petitionPolicy.abilities(actor, p),
    version: p.version,
    holder: p.holder_org_id ? { id: p.holder_org_id, name: p.holder_name ?? '' } : null,
    workflow: presentWorkflow(p, extra.workflow),
    actions: workflowPolicy.allowed(actor, p, extra.workflow),
  };
}
